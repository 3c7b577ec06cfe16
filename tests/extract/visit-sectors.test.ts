import { describe, expect, test } from 'vitest';
import vocabulary from '../../scripts/data/sectors.json';
import {
  fieldLists,
  isHeadingLine,
  sectorEvidence,
  sentenceRoles,
  tagVisitSectors,
  tellsVisit,
} from '../../scripts/extract/visit-sectors';

const tags = (passages: string[], party: string[] = []) =>
  tagVisitSectors(passages, vocabulary, { party });

describe('[visit-sectors] isHeadingLine', () => {
  test.each<[string, boolean]>([
    ['看点2：某某创新区', true],
    ['3. 如何推动传统产业转型？', true],
    ['【记笔记】', true],
    ['甲市党政代表团赴乙市学习考察', true],
    ['一个内陆县城，为何能成为开放高地？', false],
    ['考察过程中听到一个小故事：', false],
    ['代表团来到某公司。', false],
    ['代表团来到某公司，详细了解企业研发、生产和市场开拓情况，并与企业负责人深入交流', false],
  ])('%s → %s', (line, heading) => {
    expect(isHeadingLine(line)).toBe(heading);
  });
});

describe('[visit-sectors] tellsVisit: a visiting verb whose subject is the delegation', () => {
  test.each<[string, boolean]>([
    ['代表团一行先后来到某产业园和某公司。', true],
    ['走进某村，远远就能看到村规民约。', true],
    ['考察该公司时，书记表示欢迎企业扩大投资。', true],
    ['该市理论中心组专题学习元宇宙技术。', false],
    ['某市是依托乡镇企业发展起来的县级市。', false],
    ['希望两地加强交流合作。', false],
  ])('%s → %s', (sentence, visit) => {
    expect(tellsVisit(sentence)).toBe(visit);
  });

  test('the delegation named by its place or leader', () => {
    const sentence = '会上，甲市与乙市分别签署了战略合作协议。';
    expect(tellsVisit(sentence)).toBe(false);
    expect(tellsVisit(sentence, ['甲市'])).toBe(true);
  });
});

describe('[visit-sectors] fieldLists: the fields a trip sentence lists', () => {
  const listed = (s: string) => fieldLists(s).map(([from, to]) => s.slice(from, to));
  test.each<[string, string[]]>([
    ['学习两地在城市更新、文旅融合等方面的经验', ['城市更新、文旅融合']],
    ['实地了解临空产业布局、数字经济发展等情况', ['临空产业布局、数字经济发展']],
    ['详细询问企业研发和生产情况', ['企业研发和生产']],
    ['排出四个方面近40项工作', []],
    ['此次考察尤其关注人工智能、低空经济关联产业，收获很大', ['人工智能、低空经济关联产业']],
    ['代表团来到某公司', []],
  ])('%s', (sentence, lists) => {
    expect(listed(sentence)).toEqual(lists);
  });
});

describe('[visit-sectors] sentenceRoles', () => {
  test('a visit, what was seen, the rest of its paragraph; a paragraph without a visit', () => {
    const roles = sentenceRoles([
      '代表团来到某公司。这家公司生产汽车零部件。公司负责人介绍了情况。',
      '该市纺织、化工产业发达。',
    ]).map((s) => s.role);
    expect(roles).toEqual(['visit', 'seen', 'context', 'aside']);
  });

  test('a numbered heading opens a section, a label does not end it, another heading does', () => {
    const roles = sentenceRoles([
      '1. 某县如何降成本？',
      '该县外贸企业多。',
      '【记笔记】',
      '改革者进。',
      '两地携手共进',
      '该县外贸企业多。',
    ]).map((s) => `${s.role}:${s.section ?? '-'}`);
    expect(roles).toEqual([
      'heading:0',
      'section:0',
      'heading:0',
      'section:0',
      'heading:-',
      'aside:-',
    ]);
  });
});

describe('[visit-sectors] tagVisitSectors', () => {
  test('the fields of the lead sentence count; a list of the host’s achievements does not', () => {
    expect(
      tags([
        '5月10日，甲市党政代表团赴乙市学习考察，学习乙市在人工智能、城市更新等方面的经验。',
        '乙市是传统工业强市，纺织、化工、食品产业规模均居全省前列，民营经济活跃。',
        '代表团来到某智能公司。这家公司生产的工业机器人已在多家工厂投用。',
      ]),
    ).toEqual(['人工智能', '机器人', '城市规划与更新']);
  });

  test('a passing mention in a visit’s paragraph is not enough when more is said', () => {
    expect(
      tags([
        '甲市党政代表团赴乙市考察，重点了解新能源、储能等产业发展情况。',
        '代表团还参观了某规划馆，听取了城市发展介绍，该市旅游资源丰富。',
      ]),
    ).toEqual(['新能源']);
  });

  test('a sector named twice in visit sentences is kept', () => {
    expect(
      tags(['代表团参观了某生物医药产业园。', '随后，代表团一行走进某医药企业，察看生产线。']),
    ).toContain('生物医药');
  });

  test('the main subject of a numbered section is kept, a stray word in it is not', () => {
    const passages = [
      '甲市党政代表团赴乙市考察。',
      '1. 一座县城如何卖全球？',
      '该县小商品出口种类多，外贸企业通常拼箱出运。',
      '新模式让出口通关更快，物流更顺。',
      '海关在该县率先试点改革。',
      '2. 基金如何集聚？',
      '该区有股权投资基金百余支。',
      '高新区为企业引入产业基金。',
    ];
    expect(tags(passages)).toEqual(['外贸与商贸', '产业投资与金融']);
  });

  test('the sentence that sends the delegation says what the trip is for', () => {
    expect(
      tags(['甲市党政代表团赴乙市考察，深化两地交流合作。', '代表团参观了某文旅小镇。']),
    ).toEqual(['区域合作']);
  });

  test('what a visit sentence says was learned (了解……情况) counts', () => {
    expect(tags(['代表团一行来到某园区，了解数字经济和科技创新发展情况。'])).toEqual([
      '数字经济',
      '科技创新',
    ]);
  });

  test('a heading counts', () => {
    expect(tags(['看点3：某市域治理现代化指挥中心', '代表团在此了解中心运行模式。'])).toEqual([
      '基层治理',
    ]);
  });

  test('when nothing reaches the threshold, the best-supported sector is kept', () => {
    expect(tags(['某县已接待了多个考察团。', '两地希望加强区域合作，深化优势互补。'])).toEqual([
      '区域合作',
    ]);
    expect(tags(['某县已接待了多个考察团。'])).toEqual([]);
  });

  test('evidence is summed over distinct sentences, once a sentence', () => {
    const evidence = sectorEvidence(
      ['代表团来到某公司。这家公司生产纺织面料、服装和家纺产品。'],
      vocabulary,
    );
    expect(evidence.get('纺织服装')).toEqual({ score: 3, sentences: 1 });
  });

  test('labels come in vocabulary order', () => {
    const labels = tags(['代表团考察学习两地在生态保护、乡村振兴、人工智能等方面的做法。']);
    expect(labels).toEqual(['人工智能', '乡村振兴', '生态环保']);
  });
});
