import { describe, expect, test } from 'vitest';
import { findOpeningOffice, officeAt, placeTitle } from '../../scripts/extract/official-titles';
import { findOfficials } from '../../scripts/extract/officials';
import { preferKnown, readName } from '../../scripts/extract/person-names';
import { placeResolver } from '../../scripts/extract/places';

const resolvePlace = placeResolver({});

describe('[officials] readName: surname + one or two characters', () => {
  test.each<[string, string | null, boolean]>([
    ['许峰，市长', '许峰', true],
    ['王琪率党政企代表团', '王琪', true],
    ['黄钦带队', '黄钦', true],
    ['陈丽艳（中）', '陈丽艳', true],
    ['曹雪娟等陪同', '曹雪娟', true],
    ['徐惠民这样形容', '徐惠民', true],
    ['史立军开门见山', '史立军', false],
    ['欧阳坚出席', '欧阳坚', true],
    ['于伟国出席', '于伟国', true],
    ['黄晨、秦广荣', '黄晨', true],
    ['强调，要抓好', null, false],
    ['表示欢迎', null, false],
    ['参加考察', null, false],
    ['和市长', null, false],
    ['王，', null, false],
    ['VR技术', null, false],
    ['艾尔肯·吐尼亚孜率', '艾尔肯·吐尼亚孜', true],
    ['阿不都热合曼·买买提、刘志刚', '阿不都热合曼·买买提', true],
    // A verb of reporting after a two-character name ends it.
    ['黄平通报了工作情况', '黄平', true],
    ['张红梅宣读考察方案', '张红梅', true],
  ])('%s → %s', (text, name, strong) => {
    const m = readName(text, 0);
    expect(m && [m.name, m.strong]).toEqual(name === null ? null : [name, strong]);
  });

  test('preferKnown shortens a guessed name to a confirmed one', () => {
    const guessed = readName('黄钦欣然题词', 0);
    expect(guessed?.name).toBe('黄钦欣');
    expect(guessed && preferKnown(guessed, new Set(['黄钦'])).name).toBe('黄钦');
    expect(guessed && preferKnown(guessed, new Set(['黄晨'])).name).toBe('黄钦欣');
  });
});

describe('[officials] offices and titles', () => {
  test.each<[string, string | null]>([
    ['市委书记许峰', '市委书记'],
    ['区人大常委会主任钱斌', '区人大常委会主任'],
    ['村党总支书记、村委会主任', '村党总支书记'],
    ['常务副市长周军', '常务副市长'],
    ['秘书长李明', '秘书长'],
    ['记者周莹', null],
    ['董事长崔根良', null],
  ])('officeAt %s → %s', (text, office) => {
    expect(officeAt(text, 0)?.text ?? null).toBe(office);
  });

  test('a continuation (秘书长) never opens a title', () => {
    expect(findOpeningOffice('秘书长李明', 0)).toBeNull();
  });

  test.each<[string, string, string]>([
    ['江阴市', '市委书记', '江阴市委书记'],
    ['江阴市', '市长', '江阴市市长'],
    ['江阴市', '副市长', '江阴市副市长'],
    ['吴江区', '区人大常委会主任', '吴江区人大常委会主任'],
    ['启东市', '市领导', '启东市领导'],
    ['枫源村', '村党总支书记', '枫源村党总支书记'],
    ['沛县', '县委书记', '沛县委书记'],
    ['内蒙古自治区', '自治区主席', '内蒙古自治区主席'],
  ])('placeTitle %s + %s → %s', (place, officeText, title) => {
    const office = officeAt(officeText, 0);
    expect(office && placeTitle(place, office)).toBe(title);
  });
});

describe('[officials] readName: names without a Han surname, given names opening with a stop', () => {
  test.each<[string, string | null]>([
    ['乌兰图雅，盟委副书记', '乌兰图雅'],
    ['额尔敦陪同考察', '额尔敦'],
    ['苏和、旗委书记王某', '苏和'],
    ['阿不都热合曼表示', '阿不都热合曼'],
    ['李向东、王某参加考察', '李向东'],
    ['张和平，市长王某', '张和平'],
    ['王向大家介绍', null],
    ['热线电话，', null],
  ])('%s → %s', (text, name) => {
    const m = readName(text, 0);
    expect(m?.strong ? m.name : null).toBe(name);
  });
});

describe('[officials] a mayor’s name that opens with a place’s first character', () => {
  test.each([
    ['市委副书记、市长沙建平主持。', '沙建平'],
    ['市委副书记、市长白建平率团考察。', '白建平'],
    ['湖北省长阳土家族自治县县委书记覃建华率团。', '覃建华'],
  ])('%s → %s', (text, name) => {
    expect(findOfficials([text], resolvePlace).map((o) => o.name)).toEqual([name]);
  });

  test('湖南省长沙市: 省长 is no office before a place written in full', () => {
    expect(findOfficials(['赴湖南省长沙市考察。'], resolvePlace)).toEqual([]);
  });
});

describe('[officials] rarer surnames of the 百家姓 and of regions', () => {
  test.each([
    ['区委书记禤国安陪同考察。', '禤国安'],
    ['副市长笪明远参加座谈。', '笪明远'],
    ['市长眭新宇主持会议。', '眭新宇'],
    ['常务副州长刀玉平陪同。', '刀玉平'],
    ['县委副书记、县长哈文静带队。', '哈文静'],
  ])('%s → %s', (text, name) => {
    expect(findOfficials([text], resolvePlace).map((o) => o.name)).toEqual([name]);
  });
});

describe('[officials] a name read by its place after the title', () => {
  test.each([
    // Tibetan, Yi and Mongolian names: four to six characters that end plainly.
    ['县委书记扎桑尼达，县长王某带队。', ['扎桑尼达', '王某']],
    ['州委常委、临潭县委书记更秋加措，副州长李某陪同。', ['更秋加措', '李某']],
    ['县委书记罗布阿呷，县委副书记、县长张某率团。', ['罗布阿呷', '张某']],
    ['常务副旗长巴图孟和，副旗长钱某参加。', ['巴图孟和', '钱某']],
    // A foreign name with a middle dot, whatever its characters.
    ['抵达当天，市长伊万·彼得罗夫会见了代表团。', ['伊万·彼得罗夫']],
    // A name of two or three characters keeps its length; an adverb or a verb after it is no part of it.
    ['县委副书记、县长林雪明全程陪同。', ['林雪明']],
    ['立法会主席梁某彦担任副团长。', ['梁某彦']],
    // Ordinary words after a title are no name.
    ['学习市委书记重要讲话，', []],
    ['随后来到某区长荡湖防洪圈，察看闸站。', []],
  ])('%s → %j', (text, names) => {
    expect(findOfficials([text], resolvePlace).map((o) => o.name)).toEqual(names);
  });
});

describe('[officials] what stands between a title and its name, and what a title holds', () => {
  test.each<[string, string[], string[]]>([
    // A note in brackets on the post.
    ['县委常委、副县长（挂职）王小川，副县长李某参加。', ['王小川', '李某'], []],
    // A department's office after its level alone, inside a chain or opening it.
    [
      '市政府副秘书长、市合作交流办主任车明，闵行区委书记赵某陪同。',
      ['车明', '赵某'],
      ['市政府副秘书长、市合作交流办主任'],
    ],
    ['市委常务副书记邵明表示。', ['邵明'], ['市委常务副书记']],
    // The full name of an autonomous prefecture before its 州委书记.
    ['黔西南布依族苗族自治州州委书记韦小岚率团。', ['韦小岚'], ['黔西南布依族苗族自治州委书记']],
  ])('%s', (text, names, titles) => {
    const found = findOfficials([text], resolvePlace);
    expect(found.map((o) => o.name)).toEqual(names);
    for (const t of titles) expect(found.map((o) => o.title)).toContain(t);
  });
});
