import { describe, expect, test } from 'vitest';
import vocabulary from '../../scripts/data/sectors.json';
import spec from '../../scripts/data/sectors-spec.json';
import { findSectorHits, type SectorVocabulary, tagSectors } from '../../scripts/extract/sectors';

const labels = (text: string) => findSectorHits(text, vocabulary).map((h) => h.label);

describe('[sectors] scripts/data/sectors.json extends the spec’s vocabulary', () => {
  test('same labels in the same order', () => {
    expect(vocabulary.sectors.map((s) => s.label)).toEqual(spec.sectors.map((s) => s.label));
  });

  test('every keyword of the spec is kept', () => {
    for (const s of spec.sectors) {
      const ours = vocabulary.sectors.find((v) => v.label === s.label);
      expect(ours?.keywords).toEqual(expect.arrayContaining(s.keywords));
    }
  });

  test('no keyword names two sectors', () => {
    const all = vocabulary.sectors.flatMap((s) => s.keywords);
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });
});

describe('[sectors] findSectorHits', () => {
  test.each<[string, string[]]>([
    ['尤其关注人工智能、低空经济关联产业', ['人工智能', '低空经济']],
    ['量子信息技术是合肥的“标签”产业', ['量子信息']],
    [
      '义乌小商品出口种类多，由于拼箱货物是将多份报关单货物装在一个集装箱里',
      ['外贸与商贸', '外贸与商贸', '外贸与商贸', '外贸与商贸', '物流与港口'],
    ],
    ['从上游的聚酯纤维、化纤原料生产，到中游的织造、染整', ['纺织服装', '纺织服装', '纺织服装']],
    ['集运行分析于一体的吴江区工业企业大数据云平台', ['数字经济', '数字经济']],
    ['数据显示，目前仅柯桥区就拥有纺织企业8000余家', ['纺织服装']],
    ['来看一组数据。中心打破数据孤岛', ['数字经济']],
    ['持续优化创新生态和优化产业生态', []],
    ['吴江全域纳入长三角生态绿色一体化发展示范区', ['区域合作']],
    ['生态环境治理保护', ['生态环保']],
    ['通过股改政策、上市培育政策支持企业上市', ['产业投资与金融', '产业投资与金融']],
    ['一个app管应用', []],
    ['仓库按系统指令控制货物流向', []],
    ['固定资产投资增长12%', []],
    ['发展AI产业，推动AIGC应用', ['人工智能', '人工智能']],
    ['MAIL服务', []],
  ])('%s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  test('a hit gives its keyword and offsets', () => {
    expect(findSectorHits('考察通富微电子车间', vocabulary)).toEqual([
      { label: '集成电路', keyword: '微电子', start: 4, end: 7 },
    ]);
  });
});

describe('[sectors] tagSectors', () => {
  const small: SectorVocabulary = {
    sectors: [
      { label: 'B', keywords: ['乙'] },
      { label: 'A', keywords: ['甲'], exclude: ['甲等'] },
    ],
  };

  test.each<[string[], number | undefined, string[]]>([
    [['甲乙'], undefined, ['B', 'A']],
    [['甲', '甲等'], undefined, ['A']],
    [['甲等'], undefined, []],
    [['甲乙', '甲'], 2, ['A']],
    [[], undefined, []],
  ])('%j (minHits %s) → %j', (paragraphs, minHits, expected) => {
    expect(tagSectors(paragraphs, small, minHits === undefined ? {} : { minHits })).toEqual(
      expected,
    );
  });
});
