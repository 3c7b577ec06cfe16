/** [search-facets] the filters and meta each page gives Pagefind, and the search page's options. */
import { describe, expect, test } from 'vitest';
import {
  articleFacets,
  filterOptions,
  officialFacets,
  placeFacets,
  searchExamples,
  sectorFacets,
  visitFacets,
} from '../../src/components/search/search-facets';
import type { ArticleRecord } from '../../src/schemas/article';
import type { OfficialEntity } from '../../src/schemas/official';
import type { PlaceEntity } from '../../src/schemas/place';
import type { Visit } from '../../src/schemas/visit';

const place = (name: string) => ({
  name,
  level: 'prefecture' as const,
  parent: null,
  province: '江苏省',
  code: null,
  lat: null,
  lon: null,
});
const person = (name: string) => ({ name, title: '', place: null });
const visit = {
  origin: place('无锡市'),
  destinations: [place('南通市'), place('泰州市')],
  leaders: [person('黄钦')],
  members: [],
  hosts: [person('徐惠民'), person('黄钦')],
  sectors: ['集成电路', '生物医药'],
  date: {
    start: '2020-09-25',
    end: '2020-09-26',
    text: '25日……26日',
    precision: 'day',
    inferred: true,
  },
} as unknown as Visit;

describe('[search-facets]', () => {
  test('a visit: type, origin, destinations, people once each, sectors, year; date and route', () => {
    expect(visitFacets(visit)).toEqual({
      filters: {
        type: ['考察'],
        from: ['无锡市'],
        to: ['南通市', '泰州市'],
        official: ['黄钦', '徐惠民'],
        sector: ['集成电路', '生物医药'],
        year: ['2020'],
      },
      meta: {
        date: '2020年9月25日至26日（推断）',
        route: '无锡市 → 南通市、泰州市',
        people: '黄钦、徐惠民',
        sectors: '集成电路、生物医药',
      },
    });
  });

  test('a sector page: its label as the sector filter, its first keywords as summary', () => {
    expect(sectorFacets({ label: '低空经济', keywords: ['低空经济', '无人机', 'eVTOL'] })).toEqual({
      filters: { type: ['领域'], from: [], to: [], official: [], sector: ['低空经济'], year: [] },
      meta: { summary: '关键词：低空经济、无人机、eVTOL' },
    });
  });

  test('a visit without a known year has no year', () => {
    const undated = { ...visit, date: { ...visit.date, start: '--02-27', end: null } } as Visit;
    expect(visitFacets(undated).filters.year).toEqual([]);
  });

  test('an article: the places of its visits, its officials and sectors, its own year', () => {
    const article = {
      published: '2020-09',
      outlet: null,
      officials: [person('黄钦')],
      sectors: ['集成电路'],
    } as unknown as ArticleRecord;
    const facets = articleFacets(article, [visit, visit, visit]);
    expect(facets.filters).toMatchObject({
      type: ['报道'],
      from: ['无锡市'],
      to: ['南通市', '泰州市'],
      year: ['2020'],
    });
    expect(facets.meta).toEqual({
      date: '2020年9月',
      route: '无锡市 → 南通市、泰州市；无锡市 → 南通市、泰州市；另有 1 次考察',
    });
  });

  test('a place and an official', () => {
    const kunshan = { ...place('昆山市'), level: 'county', parent: '苏州市' } as PlaceEntity;
    expect(placeFacets(kunshan)).toEqual({
      filters: { type: ['地点'], from: [], to: [], official: [], sector: [], year: [] },
      meta: { summary: expect.stringMatching(/ · 江苏省 · 苏州市$/) },
    });
    const official = { name: '陈丽艳', title: '昆山市委书记' } as OfficialEntity;
    expect(officialFacets(official).filters).toMatchObject({
      type: ['人物'],
      official: ['陈丽艳'],
    });
  });

  test('options: every value once, types in order, years newest first, names by pinyin', () => {
    const options = filterOptions([
      visitFacets(visit),
      visitFacets({
        ...visit,
        origin: place('昆山市'),
        date: { ...visit.date, start: '2025' },
      } as Visit),
      officialFacets({ name: '陈丽艳', title: '' } as OfficialEntity),
    ]);
    expect(options.type).toEqual(['考察', '人物']);
    expect(options.year).toEqual(['2025', '2020']);
    expect(options.from).toEqual(['昆山市', '无锡市']);
    expect(options.official).toEqual(['陈丽艳', '黄钦', '徐惠民']);
  });

  test('options with a limit: the values on the most pages, still by pinyin', () => {
    const official = (name: string) => officialFacets({ name, title: '' } as OfficialEntity);
    const options = filterOptions(
      [visitFacets(visit), visitFacets(visit), official('陈丽艳'), official('曹慧泉')],
      2,
    );
    // 黄钦 and 徐惠民 are on three pages each, 陈丽艳 and 曹慧泉 on one; short lists stay whole.
    expect(options.official).toEqual(['黄钦', '徐惠民']);
    expect(options.to).toEqual(['南通市', '泰州市']);
    expect(options.type).toEqual(['考察', '人物']);
  });
});

describe('[search-facets] example queries come from the corpus', () => {
  const facets = (to: string[], from: string[], official: string[], sector: string[]) => ({
    filters: { type: ['考察'], to, from, official, sector, year: [] },
    meta: {},
  });
  const traditional = (s: string) => s.replace('苏', '蘇').replace('无', '無').replace('锡', '錫');

  test('the busiest destination as typed, the commonest official and sectors, a traditional origin', () => {
    const pages = [
      facets(['昆山市'], ['苏州市'], ['陈丽艳'], ['低空经济', '人工智能']),
      facets(['昆山市', '深圳市'], ['无锡市'], ['陈丽艳', '许峰'], ['低空经济']),
      facets(['深圳市'], ['无锡市'], ['许峰'], ['人工智能', '低空经济']),
      facets(['昆山市'], ['无锡市'], ['陈丽艳'], []),
    ];
    expect(searchExamples(pages, traditional)).toEqual([
      '昆山',
      '陈丽艳',
      '低空经济',
      '無錫',
      '"人工智能"',
    ]);
  });

  test('a corpus with other places gives other examples, and an empty one none', () => {
    const pages = [facets(['遵义市'], ['贵阳市'], ['张三'], ['大数据'])];
    expect(searchExamples(pages, (s) => s)).toEqual(['遵义', '张三', '大数据']);
    expect(searchExamples([], traditional)).toEqual([]);
  });
});
