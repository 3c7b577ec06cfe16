/**
 * The project's scorer on small invented exports, field by field, and (where ../shared is beside the
 * project) in agreement with the reference scorer on the seeds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildContent } from '../../scripts/build-content';
import { diffArticles } from '../../scripts/eval/diff';
import { type Gold, readGoldDir } from '../../scripts/eval/gold';
import { placeKey, sitesMatch } from '../../scripts/eval/keys';
import { type ScoredVisit, scoreExports } from '../../scripts/eval/score';

describe('[keys] a place is its own short name', () => {
  test.each([
    ['长沙市望城区', '望城'],
    ['望城区', '望城'],
    ['延边朝鲜族自治州', '延边'],
    ['香港特别行政区', '香港'],
    ['乌审旗', '乌审'],
    ['闻堰街道', '闻堰'],
  ])('%s → %s', (name, key) => expect(placeKey(name)).toBe(key));
});

describe('[keys] a site matches when one holds the other and is at least 60% of it', () => {
  test.each([
    ['苏州工业园区', '中新苏州工业园区', true],
    ['村容村', '村容村貌', true],
    ['村容', '村容村貌', false],
    ['华润集团', '顺丰集团', false],
  ])('%s ~ %s: %s', (a, b, ok) => expect(sitesMatch(a, b)).toBe(ok));
});

const place = (name: string) => ({ name });
const visit = (over: Partial<ScoredVisit>): ScoredVisit => ({
  article: 'a',
  origin: place('甲市'),
  destinations: [place('乙市')],
  leaders: [],
  hosts: [],
  sites: [],
  sectors: [],
  mentionedOnly: false,
  date: { start: null },
  ...over,
});
const gold: Gold = {
  article: 'a',
  visits: [
    {
      origin: '甲市',
      destinations: ['乙市', '丙县'],
      leaders: [{ name: '张三' }, { name: '李四' }],
      hosts: [{ name: '王五' }],
      sites: ['乙市高新区', '某某科技公司'],
      date: { start: '2024-05-06' },
    },
    { origin: '丁市', destinations: ['甲市'], leaders: [], hosts: [], mentioned_only: true },
  ],
  officials: [
    { name: '张三', place: '甲市' },
    { name: '王五', place: '乙市' },
  ],
  places: ['甲市', '乙市', '丙县', '某省'],
};

describe('[score] invented exports against invented gold', () => {
  const predicted = [
    visit({
      destinations: [place('乙市')],
      leaders: [{ name: '张三' }],
      hosts: [{ name: '王五' }, { name: '赵六' }],
      sites: ['乙市高新', '某某科技公司'],
      date: { start: '2024-05-06' },
    }),
    visit({ origin: place('戊市'), destinations: [place('乙市')] }),
  ];
  const articles = [
    {
      id: 'a',
      places: [place('甲市'), place('乙市'), { name: '某省', level: 'province' }],
      officials: [
        { name: '张三', place: '甲市' },
        { name: '王五', place: '甲市' },
      ],
    },
  ];
  const score = scoreExports(predicted, articles, [gold]);

  test('visits: one of two found, one invented', () => {
    expect(score.rows.visits).toMatchObject({ tp: 1, pred: 2, gold: 2 });
  });
  test('fields of the matched visit', () => {
    expect(score.rows.destinations).toMatchObject({ tp: 1, pred: 1, gold: 2 });
    expect(score.rows.leaders).toMatchObject({ tp: 1, pred: 1, gold: 2 });
    expect(score.rows.hosts).toMatchObject({ tp: 1, pred: 2, gold: 1 });
    // 乙市高新 is 4/5 of 乙市高新区: a match.
    expect(score.rows.sites).toMatchObject({ tp: 2, pred: 2, gold: 2 });
    expect(score.dates).toBe(1);
  });
  test('places leave provinces out; an official in the wrong place counts against', () => {
    expect(score.rows.places).toMatchObject({ tp: 2, pred: 2, gold: 3 });
    expect(score.officialPlaces).toBe(0.5);
  });
  test('the diff names what a reader would correct', () => {
    const [d] = diffArticles(score.articles);
    expect(d?.lines).toEqual([
      '  考察 甲市 → 乙市、丙县',
      '  目的地：缺 丙县',
      '  带队：缺 李四',
      '  接待：多 赵六',
      '  漏掉考察 丁市 → 甲市',
      '  多出考察 戊市 → 乙市',
    ]);
  });
});

const reference = join(import.meta.dirname, '../../../shared/eval/score.mjs');

const NO_REFERENCE = `no reference scorer at ${reference}: the agreement with it is not checked`;

// The reference scorer lives outside the repository; without it this comparison cannot be made.
describe('[score] agrees with ../shared/eval/score.mjs', () => {
  test('on the seeds: every row, the shares and overall', (context) => {
    if (!existsSync(reference)) console.warn(`SKIPPED: ${NO_REFERENCE}`);
    context.skip(!existsSync(reference), NO_REFERENCE);
    const dir = mkdtempSync(join(tmpdir(), 'kaochalu-score-'));
    try {
      const content = buildContent({ seedsDir: 'seeds', contentDir: dir });
      const gold = 'tests/gold/seeds';
      const run = spawnSync(process.execPath, [reference, join(dir, 'data'), gold, '--json'], {
        encoding: 'utf8',
      });
      const theirs = JSON.parse(run.stdout);
      const golds = readGoldDir(gold);
      expect(golds.length).toBe(5);
      const ours = scoreExports(content.visits, content.articles, golds);
      expect(ours.rows).toEqual(theirs.rows);
      expect(ours.overall).toBeCloseTo(theirs.overall, 10);
      expect(ours.officialPlaces).toBeCloseTo(theirs.officialPlaces, 10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
