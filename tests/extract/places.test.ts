import { describe, expect, test } from 'vitest';
import { findArticlePlaces, findPlaces, type PlaceMatch } from '../../scripts/extract/places';

/** Render matches as `surface=qualifier>place` (parent of the place in brackets). */
const render = (ms: PlaceMatch[]): string[] =>
  ms.map(
    (m) =>
      `${m.surface}=${[...m.qualifiers.map((q) => q.name), ...m.places.map((p) => `${p.name}(${p.parent ?? ''})`)].join('>')}`,
  );
const find = (text: string): string[] => render(findPlaces(text));

describe('[places] full and short names', () => {
  test.each([
    ['昆山市委书记陈丽艳带队', ['昆山市=昆山市(苏州市)']],
    ['江阴市党政企代表团', ['江阴市=江阴市(无锡市)']],
    ['无锡市委常委、江阴市委书记许峰', ['无锡市=无锡市(江苏省)', '江阴市=江阴市(无锡市)']],
    ['连续20年霸榜的昆山已接待', ['昆山=昆山市(苏州市)']],
    ['江阴是苏南模式发源地之一', ['江阴=江阴市(无锡市)']],
    ['义乌小商品出口种类多', ['义乌=义乌市(金华市)']],
    ['合肥第一次向京东方伸出橄榄枝', ['合肥=合肥市(安徽省)']],
    ['以上海为龙头的长三角城市群', ['上海=上海市()']],
    ['赴深圳、东莞考察对接', ['深圳=深圳市(广东省)', '东莞=东莞市(广东省)']],
    ['恩施州和延边州', ['恩施州=恩施土家族苗族自治州(湖北省)', '延边州=延边朝鲜族自治州(吉林省)']],
    // An autonomous county written with 县 (石柱 alone is also an ordinary word).
    ['石柱县委书记', ['石柱县=石柱土家族自治县(重庆市)']],
    ['赴大通县考察', ['大通县=大通回族土族自治县(西宁市)']],
    [
      '西藏林芝、新疆喀什地区',
      [
        '西藏林芝=西藏自治区>林芝市(西藏自治区)',
        '新疆喀什地区=新疆维吾尔自治区>喀什地区(新疆维吾尔自治区)',
      ],
    ],
    ['赴贵州遵义、毕节考察', ['贵州遵义=贵州省>遵义市(贵州省)', '毕节=毕节市(贵州省)']],
    [
      '宁夏银川和青海西宁',
      ['宁夏银川=宁夏回族自治区>银川市(宁夏回族自治区)', '青海西宁=青海省>西宁市(青海省)'],
    ],
    ['内蒙古鄂尔多斯市', ['内蒙古鄂尔多斯市=内蒙古自治区>鄂尔多斯市(内蒙古自治区)']],
    ['在义乌市场采购', ['义乌=义乌市(金华市)']],
    ['南京市长江大桥', ['南京市=南京市(江苏省)']],
    ['启东滨江临海、靠近上海', ['启东=启东市(南通市)', '上海=上海市()']],
  ])('%s → %j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('[places] chains: a name inside the one before', () => {
  test.each([
    ['赴广东深圳、东莞开展考察对接', ['广东深圳=广东省>深圳市(广东省)', '东莞=东莞市(广东省)']],
    ['湖北仙桃市党政代表团', ['湖北仙桃市=湖北省>仙桃市(湖北省)']],
    ['浙江金华市委常委', ['浙江金华市=浙江省>金华市(浙江省)']],
    ['长沙望城区党政代表团', ['长沙望城区=长沙市>望城区(长沙市)']],
    ['苏州昆山、无锡江阴', ['苏州昆山=苏州市>昆山市(苏州市)', '无锡江阴=无锡市>江阴市(无锡市)']],
    ['四川成都武侯区的小区', ['四川成都武侯区=四川省>成都市>武侯区(成都市)']],
    ['福建明溪县“侨乡枫桥”', ['福建明溪县=福建省>明溪县(三明市)']],
    ['辽宁沈阳牡丹社区', ['辽宁沈阳=辽宁省>沈阳市(辽宁省)']],
    ['重庆市渝北区', ['重庆市渝北区=重庆市>渝北区(重庆市)']],
    ['北京朝阳', ['北京朝阳=北京市>朝阳区(北京市)']],
    ['吉林长春朝阳区', ['吉林长春朝阳区=吉林省>长春市>朝阳区(长春市)']],
    ['上海浦东', ['上海浦东=上海市>浦东新区(上海市)']],
    ['天津滨海新区', ['天津滨海新区=天津市>滨海新区(天津市)']],
    ['武汉青山区', ['武汉青山区=武汉市>青山区(武汉市)']],
    ['吉林省吉林市', ['吉林省吉林市=吉林省>吉林市(吉林省)']],
    [
      '北京通州区和南通通州区',
      ['北京通州区=北京市>通州区(北京市)', '南通通州区=南通市>通州区(南通市)'],
    ],
    ['甘肃天水市秦州区', ['甘肃天水市秦州区=甘肃省>天水市>秦州区(天水市)']],
  ])('%s → %j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('[places] towns after a county', () => {
  test.each([
    ['华东总部在昆山陆家镇投产', ['昆山陆家镇=昆山市>陆家镇(昆山市)']],
    ['走进绍兴市枫桥镇枫源村', ['绍兴市枫桥镇=绍兴市>枫桥镇(绍兴市)']],
    ['江阴全市各镇', ['江阴=江阴市(无锡市)']],
    ['太仓镇洋', ['太仓=太仓市(苏州市)']],
    ['桐庐县莪山畲族乡党政代表团', ['桐庐县莪山畲族乡=桐庐县>莪山畲族乡(桐庐县)']],
    ['桐乡市乌镇', ['桐乡市乌镇=桐乡市>乌镇(桐乡市)']],
    ['海宁市许村镇', ['海宁市许村镇=海宁市>许村镇(海宁市)']],
    ['永嘉县城镇化', ['永嘉县=永嘉县(温州市)']],
    ['安吉县村镇建设', ['安吉县=安吉县(湖州市)']],
    ['德清县乡村振兴', ['德清县=德清县(湖州市)']],
    ['江阴是依托乡村振兴', ['江阴=江阴市(无锡市)']],
    ['安吉县城乡融合', ['安吉县=安吉县(湖州市)']],
    ['赴昆山市周庄镇、锦溪镇考察', ['昆山市周庄镇=昆山市>周庄镇(昆山市)', '锦溪镇=锦溪镇(昆山市)']],
    ['赴昆山市周庄镇和锦溪镇考察', ['昆山市周庄镇=昆山市>周庄镇(昆山市)', '锦溪镇=锦溪镇(昆山市)']],
  ])('%s → %j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  test('a town the article names with its county is a place where written alone', () => {
    const [, second] = findArticlePlaces(['赴昆山市周庄镇考察。', '在周庄镇，代表团参观了古镇。']);
    expect(second?.map((m) => `${m.surface}=${m.places[0]?.name}(${m.places[0]?.parent})`)).toEqual(
      ['周庄镇=周庄镇(昆山市)'],
    );
  });

  test('a town has level town and no code', () => {
    const [m] = findPlaces('昆山陆家镇');
    expect(m?.places[0]).toMatchObject({
      name: '陆家镇',
      level: 'town',
      parent: '昆山市',
      province: '江苏省',
      code: null,
    });
  });
});

describe('[places] what is not a place', () => {
  test.each([
    ['他经常州际旅行'],
    ['代表团从南通过江'],
    ['“北京西路瞭望”注意到'],
    ['沿中山路步行'],
    ['“太湖明珠”与“江海明珠”的再相聚'],
    ['书写跨江融合发展的“双城记”'],
    ['绿水青山就是金山银山'],
    ['比如说，中方表示'],
    ['推动乡村振兴和新兴产业合作'],
    ['主城区面积扩大，郊区、矿区和新区同步建设'],
    ['全球“灯塔工厂”亨通集团'],
    ['社会长治久安'],
    ['宁德时代的电池'],
    ['创新和产业创新'],
    ['资源汇聚'],
    ['长江口产业创新协同区'],
    ['创新乡村治理'],
    ['新建一批项目，平安建设'],
    ['代表团来到乌兰布和沙漠生态治理示范区'],
    // A word that straddles a short name's edge, a town's or village's name, a river.
    ['推进黄海北岸海洋经济发展'],
    ['走进凤山镇、大滩镇的产业园'],
    ['考察新安江流域生态补偿'],
    // 城乡 is a word, no township after a place.
    ['介绍了推进城乡融合发展的做法'],
  ])('%s → nothing', (text) => {
    expect(find(text)).toEqual([]);
  });

  test.each([
    ['考察了宁波舟山港穿山港区', ['宁波=宁波市(浙江省)']],
    ['走进宁波杭州湾新区', ['宁波=宁波市(浙江省)']],
    ['考察了舟山港', ['舟山=舟山市(浙江省)']],
    ['考察了深圳湾实验室', ['深圳=深圳市(广东省)']],
    // A short name between a county and a site's word is part of the site's name.
    ['走进黟县宏村、歙县徽州古城', ['黟县=黟县(黄山市)', '歙县=歙县(黄山市)']],
  ])('a short name inside the joint name of two places: %s', (text, places) => {
    expect(find(text)).toEqual(places);
  });

  test('offsets point at the surface', () => {
    const text = '上周，昆山由市委书记陈丽艳带队，赴广东深圳、东莞开展考察对接；';
    for (const m of findPlaces(text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('[places] a place that opens a registered company’s name', () => {
  test.each([
    ['东莞市宏景新材料有限公司董事长发言', []],
    ['与深圳迈睿储能科技股份有限公司签约', []],
    ['东莞市企业家代表发言', ['东莞市=东莞市(广东省)']],
  ])('%s → %j', (text, places) => {
    expect(find(text)).toEqual(places);
  });
});

describe('[places] a county’s short name before 镇 that opens another place stays', () => {
  test('南京镇江扬州 are three cities', () => {
    expect(find('代表团赴南京镇江扬州考察').length).toBe(3);
  });
});

describe('[places] a short name that is also a word, where the article names the place in full', () => {
  const names = (paragraphs: string[]) =>
    findArticlePlaces(paragraphs).map((ms) => ms.flatMap((m) => m.places.map((p) => p.name)));

  test('赴朝阳学习考察 … 朝阳市委书记: 朝阳 is 朝阳市, wherever it stands as a place', () => {
    expect(
      names([
        '临江市党政代表团赴朝阳学习考察。',
        '5日，代表团来到此行的第一站——朝阳。',
        '朝阳市委书记李明对代表团表示欢迎。',
      ]),
    ).toEqual([['临江市', '朝阳市'], ['朝阳市'], ['朝阳市']]);
  });

  test('without the full name, 朝阳 and 安康 stay words', () => {
    expect(names(['临江市党政代表团赴朝阳学习考察。', '祝愿大家平安、安康。'])).toEqual([
      ['临江市'],
      [],
    ]);
  });

  test('inside a word (朝阳产业, 安康码) it stays a word even where the place is named', () => {
    expect(names(['朝阳市委书记李明说，要发展朝阳产业。', '安康市推广安康码。'])).toEqual([
      ['朝阳市'],
      ['安康市'],
    ]);
  });
});

describe('[places] a short name that is also a word, as an item of a list of places', () => {
  const names = (paragraph: string) =>
    findArticlePlaces([paragraph]).flatMap((ms) => ms.flatMap((m) => m.places.map((p) => p.name)));

  test.each([
    ['临江市党政代表团赴晋中、和顺考察。', ['临江市', '晋中市', '和顺县']],
    ['代表团先后来到铁岭、杏花岭区和民权。', ['铁岭市', '杏花岭区', '民权县']],
    ['代表团赴太和、肥西学习考察。', ['太和县', '肥西县']],
  ])('%s', (text, places) => {
    expect(names(text)).toEqual(places);
  });

  test.each([
    // Not items of the list: a word after a conjunction, inside a longer word.
    ['代表团考察了南通和平安银行。', ['南通市']],
    ['临江与东台和平共处，携手发展。', ['临江市', '东台市']],
  ])('%s', (text, places) => {
    expect(names(text)).toEqual(places);
  });
});
