import { describe, expect, test } from 'vitest';
import { findOfficials } from '../../scripts/extract/officials';
import { placeResolver } from '../../scripts/extract/places';
import { place, resolvePlace } from './place-stub';

type Row = [name: string, title: string, place: string | null];
const found = (paragraphs: string[], options = {}): Row[] =>
  findOfficials(paragraphs, resolvePlace, options).map((m) => [
    m.name,
    m.title,
    m.place?.name ?? null,
  ]);

describe('[officials] a title with its place, then a name', () => {
  test.each<[string, Row[]]>([
    ['江阴市委书记许峰会见客人。', [['许峰', '江阴市委书记', '江阴市']]],
    [
      '昆山市委书记陈丽艳（中）在深圳、东莞开展考察对接活动',
      [['陈丽艳', '昆山市委书记', '昆山市']],
    ],
    [
      '南通市委书记吴新明在参加南通市十六届人大四次会议时说',
      [['吴新明', '南通市委书记', '南通市']],
    ],
    ['泰州市委书记史立军开门见山地指出', [['史立军', '泰州市委书记', '泰州市']]],
    ['安徽省委常委、合肥市委书记虞爱华认为', [['虞爱华', '安徽省委常委、合肥市委书记', '合肥市']]],
    [
      '河南省委常委、郑州市委书记安伟率郑州市党政代表团来访。',
      [['安伟', '河南省委常委、郑州市委书记', '郑州市']],
    ],
    ['江苏省委书记信长星在会上讲话', [['信长星', '江苏省委书记', '江苏省']]],
    ['浙江省省长王浩出席', [['王浩', '浙江省省长', '浙江省']]],
    ['徐州市委副书记、代市长王剑锋主持会议。', [['王剑锋', '徐州市委副书记、代市长', '徐州市']]],
    ['江阴市副市长于伟国出席。', [['于伟国', '江阴市副市长', '江阴市']]],
    ['苏州市委书记欧阳坚出席活动', [['欧阳坚', '苏州市委书记', '苏州市']]],
    ['江阴市市长 王琪致辞', [['王琪', '江阴市市长', '江阴市']]],
    ['沛县县委书记孙明说', [['孙明', '沛县委书记', '沛县']]],
    ['江阴市华士镇党委书记李伟陪同考察。', [['李伟', '华士镇党委书记', null]]],
    ['华西村所在的华士镇党委书记李伟介绍。', [['李伟', '华士镇党委书记', null]]],
    ['锦溪镇镇长王立平陪同考察。', [['王立平', '锦溪镇镇长', null]]],
    ['在苏州工业园区党工委书记沈觅陪同下参观。', [['沈觅', '苏州工业园区党工委书记', null]]],
    ['江阴市委常委、常务副市长周军等陪同。', [['周军', '江阴市委常委、常务副市长', '江阴市']]],
    ['恩施州委书记张三出席。', [['张三', '恩施州委书记', '恩施土家族苗族自治州']]],
    ['内蒙古自治区主席王莉霞出席。', [['王莉霞', '内蒙古自治区主席', '内蒙古自治区']]],
    [
      '新疆维吾尔自治区党委常委、乌鲁木齐市委书记杨发森出席。',
      [['杨发森', '新疆维吾尔自治区党委常委、乌鲁木齐市委书记', '乌鲁木齐市']],
    ],
    ['浙江金华市委常委、义乌市委书记叶帮锐', [['叶帮锐', '金华市委常委、义乌市委书记', '义乌市']]],
    ['湖南省长沙市委书记吴桂英会见代表团。', [['吴桂英', '长沙市委书记', '长沙市']]],
    ['吉林省长春市委书记王子联出席。', [['王子联', '长春市委书记', '长春市']]],
    ['南京市长韩立明出席。', [['韩立明', '南京市市长', '南京市']]],
    [
      '区长江涛，副区长李明陪同。',
      [
        ['江涛', '区长', null],
        ['李明', '副区长', null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found([text])).toEqual(expected);
  });
});

describe('[officials] a bare title takes the place the text gives it', () => {
  test.each<[string, Row[]]>([
    [
      '上周，昆山由市委书记陈丽艳带队，赴广东深圳、东莞开展考察对接；无锡市委常委、江阴市委书记许峰，市长王琪率党政企代表团赴上海、苏州、杭州学习考察。',
      [
        ['陈丽艳', '昆山市委书记', '昆山市'],
        ['许峰', '无锡市委常委、江阴市委书记', '江阴市'],
        ['王琪', '江阴市市长', '江阴市'],
      ],
    ],
    [
      '2月27日，启东市委书记杨中坚，启东市委副书记、市长蔡毅率启东市党政代表团赴苏州吴江区考察。吴江区委副书记、区长王国荣，区人大常委会主任钱斌，区政协主席曹雪娟等陪同考察。',
      [
        ['杨中坚', '启东市委书记', '启东市'],
        ['蔡毅', '启东市委副书记、市长', '启东市'],
        ['王国荣', '吴江区委副书记、区长', '吴江区'],
        ['钱斌', '吴江区人大常委会主任', '吴江区'],
        ['曹雪娟', '吴江区政协主席', '吴江区'],
      ],
    ],
    [
      '4月7日至10日，由南通市委书记徐惠民、市长王晖带队，几乎所有市领导参加。',
      [
        ['徐惠民', '南通市委书记', '南通市'],
        ['王晖', '南通市市长', '南通市'],
      ],
    ],
    [
      '11月13日至16日，由市委书记曹慧泉率领的株洲市党政代表团赴浙江。',
      [['曹慧泉', '株洲市委书记', '株洲市']],
    ],
    ['代表团来到昆山。该市市长周旭东介绍情况。', [['周旭东', '昆山市市长', '昆山市']]],
    ['走进诸暨市枫桥镇枫源村，村支书骆根土介绍经验。', [['骆根土', '枫源村支书', null]]],
  ])('%s', (text, expected) => {
    expect(found([text])).toEqual(expected);
  });

  test('the place of a village comes from an earlier paragraph', () => {
    const paragraphs = [
      '走进绍兴市枫桥镇枫源村，远远就能看到大字。',
      '“矛盾自然能够在源头得到化解。”村党总支书记、村委会主任骆根土说。',
    ];
    expect(found(paragraphs)).toEqual([['骆根土', '枫源村党总支书记、村委会主任', null]]);
  });

  test('a destination after the title is not its place; the default place is', () => {
    const text = '县委书记张三率县党政代表团赴兰考县学习考察。';
    expect(found([text])).toEqual([['张三', '县委书记', null]]);
    expect(found([text], { defaultPlace: place('沛县') })).toEqual([
      ['张三', '沛县委书记', '沛县'],
    ]);
  });

  test('leaders listed before 率 take the place of the delegation they lead', () => {
    expect(
      found(['6月11日，市委书记李四，市委副书记、市长王五率遵义市党政代表团赴成都考察。']),
    ).toEqual([
      ['李四', '遵义市委书记', '遵义市'],
      ['王五', '遵义市委副书记、市长', '遵义市'],
    ]);
  });

  test('who receives a delegation does not take its place', () => {
    expect(found(['市委书记张三会见了由李四率领的遵义市党政代表团。'])).toEqual([
      ['张三', '市委书记', null],
    ]);
  });

  test('a place named before, in the paragraph, beats the default place', () => {
    expect(
      found(['据《昆山日报》，市委书记陈丽艳率队赴深圳。'], { defaultPlace: place('江阴市') }),
    ).toEqual([['陈丽艳', '昆山市委书记', '昆山市']]);
  });

  test('zone offices of no level continue the zone of the official before them', () => {
    const real = (text: string): Row[] =>
      findOfficials([text], placeResolver({})).map((m) => [m.name, m.title, m.place?.name ?? null]);
    expect(
      real('雄安新区管委会主任张三会见代表团一行，党工委委员、管委会副主任李四陪同考察。'),
    ).toEqual([
      ['张三', '雄安新区管委会主任', '雄安新区'],
      ['李四', '雄安新区党工委委员、管委会副主任', '雄安新区'],
    ]);
    expect(real('杭州市长张三会见代表团，管委会副主任李四陪同考察。')).toEqual([
      ['张三', '杭州市市长', '杭州市'],
      ['李四', '管委会副主任', null],
    ]);
  });

  test('a town the article names elsewhere is the place of its titles (镇党委书记, 镇镇长)', () => {
    const town = {
      name: '周庄镇',
      level: 'town' as const,
      parent: '昆山市',
      province: '江苏省',
      code: null,
      lat: null,
      lon: null,
    };
    const rows = findOfficials(
      ['周庄镇党委书记张三陪同考察，周庄镇镇长李四介绍情况。'],
      placeResolver({ seen: [town] }),
    ).map((m) => [m.name, m.title, m.place?.name ?? null]);
    expect(rows).toEqual([
      ['张三', '周庄镇党委书记', '周庄镇'],
      ['李四', '周庄镇镇长', '周庄镇'],
    ]);
  });

  test.each([
    ['杭州市发改委副主任王某某陪同。', '杭州市发改委副主任'],
    ['大连市外办主任孙明随团访问。', '大连市外办主任'],
    ['宁波市外侨办主任李四陪同。', '宁波市外侨办主任'],
  ])('a department’s office after its place: %s', (text, title) => {
    const found = findOfficials([text], placeResolver({}));
    expect(found.map((m) => m.title)).toEqual([title]);
  });

  test('offices of the special administrative regions', () => {
    const real = (text: string): Row[] =>
      findOfficials([text], placeResolver({})).map((m) => [m.name, m.title, m.place?.name ?? null]);
    expect(real('代表团拜会了香港特区政府政务司司长张三。')).toEqual([
      ['张三', '香港特区政府政务司司长', '香港特别行政区'],
    ]);
    expect(real('澳门特区行政长官李四会见代表团一行。')).toEqual([
      ['李四', '澳门特区行政长官', '澳门特别行政区'],
    ]);
    expect(real('香港特别行政区行政长官王五出席。')).toEqual([
      ['王五', '香港特别行政区行政长官', '香港特别行政区'],
    ]);
    // A policy bureau's head: the bureau's name holds 及.
    expect(real('香港特区政府运输及物流局局长赵六会见代表团。')).toEqual([
      ['赵六', '香港特区政府运输及物流局局长', '香港特别行政区'],
    ]);
  });

  test('an autonomous prefecture from the context is written as titles write it (恩施州)', () => {
    expect(
      found(['市委书记张三会见了恩施土家族苗族自治州委书记李四，州委副书记、州长王五一行。']),
    ).toEqual([
      ['张三', '市委书记', null],
      ['李四', '恩施土家族苗族自治州委书记', '恩施土家族苗族自治州'], // as written
      ['王五', '恩施州委副书记、州长', '恩施土家族苗族自治州'],
    ]);
  });

  test('a bare title takes the last place of its level named in an earlier paragraph', () => {
    expect(found(['无锡市党政代表团出发。', '市委书记黄钦说，要加强合作。'])).toEqual([
      ['黄钦', '无锡市委书记', '无锡市'],
    ]);
  });

  test('受…委托: both the sender and the leader are officials', () => {
    const text =
      '徐州市党政代表团近日出发。受市委书记王伟委托，市委常委、秘书长李明带队赴开封市考察。';
    expect(found([text])).toEqual([
      ['王伟', '徐州市委书记', '徐州市'],
      ['李明', '徐州市委常委、秘书长', '徐州市'],
    ]);
  });
});

describe('[officials] member lists', () => {
  test('启东市领导 + seven names', () => {
    const text =
      '启东市领导顾云峰、邵茂华、龚心明、高广军、王裕兵、黄晨、秦广荣以及相关区镇和部门主要负责同志参加考察活动。';
    const names = ['顾云峰', '邵茂华', '龚心明', '高广军', '王裕兵', '黄晨', '秦广荣'];
    expect(found([text])).toEqual(names.map((n) => [n, '启东市领导', '启东市']));
  });

  test('副市长 + two names', () => {
    expect(found(['江阴市副市长张强、李明参加。'])).toEqual([
      ['张强', '江阴市副市长', '江阴市'],
      ['李明', '江阴市副市长', '江阴市'],
    ]);
  });
});

describe('[officials] names: two or three characters', () => {
  test.each<[string, string]>([
    ['无锡市委书记黄钦带队', '黄钦'],
    ['江阴市市长王琪率党政企代表团', '王琪'],
    ['南通市委书记徐惠民这样形容', '徐惠民'],
    ['南通市委书记徐惠民建议', '徐惠民'],
    ['义乌市委书记叶帮锐会见时说', '叶帮锐'],
    ['吴江区人大常委会主任钱斌，区政协主席', '钱斌'],
  ])('%s → %s', (text, name) => {
    expect(findOfficials([text], resolvePlace).map((m) => m.name)).toEqual([name]);
  });

  test('a guessed three-character name shortens to a name the article confirms', () => {
    const mentions = findOfficials(
      ['无锡市委书记黄钦表示欢迎。', '无锡市委书记黄钦欣然题词。'],
      resolvePlace,
    );
    expect(mentions.map((m) => [m.name, m.paragraph, m.start, m.end])).toEqual([
      ['黄钦', 0, 6, 8],
      ['黄钦', 1, 6, 8],
    ]);
  });
});

describe('[officials] not officials', () => {
  test.each([
    '本文来源：澎湃新闻记者 邱海鸿',
    '株洲日报全媒体记者/周莹',
    '撰稿 新华日报记者 方思伟',
    '（责编：朱殿平、张鑫）',
    '中国工程院院士吴志强这样评价。',
    '亨通集团党委书记、董事长崔根良介绍企业情况。',
    '公司董事长张三陪同参观。',
    '这座城市长期以来重视制造业。',
    '沿江地区长江大保护成效明显。',
    '市委书记强调，要抓好落实。',
    '几乎所有市领导参加。',
    '拨打市长热线反映问题。',
    '南京市长江大桥通车。',
    '广州长隆度假区接待游客。',
    '泰州市委、市政府召开产业强市推进大会。',
    '王国荣代表吴江区委区政府表示欢迎。',
  ])('%s', (text) => {
    expect(found([text])).toEqual([]);
  });
});

test('offsets and paragraph index point at the name', () => {
  const [m] = findOfficials(['开头。', '江阴市委书记许峰会见客人。'], resolvePlace);
  expect(m).toMatchObject({ paragraph: 1, start: 6, end: 8, name: '许峰' });
});

test('the place finder’s mentions can stand in for the resolver scan', () => {
  const paragraph = '据《昆山日报》，市委书记陈丽艳率队。';
  const kunshan = {
    start: 2,
    end: 4,
    surface: '昆山',
    places: [place('昆山市')],
    via: 'short' as const,
  };
  const mentions = findOfficials([paragraph], () => null, { places: [[kunshan]] });
  expect(mentions.map((m) => [m.name, m.title, m.place?.name])).toEqual([
    ['陈丽艳', '昆山市委书记', '昆山市'],
  ]);
});

describe('[officials] a 地区 (prefecture-level region): 地委 and 行政公署 offices', () => {
  const real = (paragraphs: string[]): Row[] =>
    findOfficials(paragraphs, placeResolver({})).map((m) => [
      m.name,
      m.title,
      m.place?.name ?? null,
    ]);

  test('地委书记, 地委副书记、行署专员 before 率…地区党政代表团; 地区领导 + names with a middle dot', () => {
    expect(
      real([
        '地委书记王建明，地委副书记、行署专员艾尔肯·吐尼亚孜率和田地区党政代表团赴北京市考察。',
        '地区领导阿不都热合曼·买买提、刘志刚参加考察。',
      ]),
    ).toEqual([
      ['王建明', '和田地委书记', '和田地区'],
      ['艾尔肯·吐尼亚孜', '和田地委副书记、行署专员', '和田地区'],
      ['阿不都热合曼·买买提', '和田地区领导', '和田地区'],
      ['刘志刚', '和田地区领导', '和田地区'],
    ]);
  });

  test('a 地委 office with its place written before it', () => {
    expect(real(['阿克苏地委书记张三会见了代表团。'])).toEqual([
      ['张三', '阿克苏地委书记', '阿克苏地区'],
    ]);
  });
});
