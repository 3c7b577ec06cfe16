/**
 * The search cases, run against the index in Node (index.test.ts) and through the page in
 * Chromium (search-page.test.ts): each query with the pages (paths under the base) it must
 * return among its first five results. Pages are the seeds' (seeds/*.txt).
 */
import type { SearchRequest } from '../../src/scripts/search/run-search';

/** One search and what it must find. */
export interface SearchCase {
  /** What the case is about. */
  kind: string;
  q: string;
  filters?: SearchRequest['filters'];
  /** Pages that must be among the first five results. */
  top5: string[];
  /** Pages that must not be among the results at all. */
  absent?: string[];
  /** A query whose results these must equal, in the same order (traditional, mixed). */
  same?: string;
}

const KUNSHAN_VISIT = 'visits/kunshan-2025-shenzhen-dongguan/';
const WUXI_VISIT = 'visits/wuxi-2020-nantong-taizhou-jiangsu/';
const WUXI_ARTICLE = 'articles/001_2a6d1cd1923ea9e9/';
const QIDONG_VISIT = 'visits/qidong-nantong-undated-wujiang-suzhou/';

/** The cases: names, places full and short, sectors, two words, traditional and mixed, filters. */
export const SEARCH_CASES: SearchCase[] = [
  { kind: 'person', q: '陈丽艳', top5: ['officials/chenliyan/', KUNSHAN_VISIT] },
  {
    kind: 'person',
    q: '徐惠民',
    top5: ['officials/xuhuimin/', 'visits/nantong-2020-suzhou-jiangsu-wuxi-changzhou/'],
  },
  {
    kind: 'person',
    q: '许峰',
    top5: ['officials/xufeng/', 'visits/jiangyin-2025-shanghai-suzhou-jiangsu-hangzhou/'],
  },
  {
    kind: 'person',
    q: '曹慧泉',
    top5: ['officials/caohuiquan/', 'visits/zhuzhou-2023-yiwu-jinhua-shaoxing-kunshan/'],
  },
  { kind: 'place, full name', q: '昆山市', top5: ['places/kunshan/', KUNSHAN_VISIT] },
  { kind: 'place, short name', q: '昆山', top5: ['places/kunshan/', KUNSHAN_VISIT] },
  { kind: 'place, full name', q: '吴江区', top5: ['places/wujiang-suzhou/', QIDONG_VISIT] },
  { kind: 'place, short name', q: '吴江', top5: ['places/wujiang-suzhou/', QIDONG_VISIT] },
  {
    kind: 'place, short name (traditional seed)',
    q: '启东',
    top5: ['places/qidong-nantong/', QIDONG_VISIT],
  },
  { kind: 'place, short name', q: '无锡', top5: ['places/wuxi/', WUXI_VISIT] },
  {
    kind: 'sector',
    q: '低空经济',
    top5: [KUNSHAN_VISIT, 'visits/jiangyin-2025-shanghai-suzhou-jiangsu-hangzhou/'],
  },
  { kind: 'sector', q: '生物医药', top5: [WUXI_VISIT] },
  { kind: 'sector', q: '集成电路', top5: [WUXI_VISIT, WUXI_ARTICLE] },
  { kind: 'sector', q: '民营经济', top5: ['visits/xiantao-2025-jiangyin/'] },
  // A phrase of the report's text finds the report: the visit page indexes its facts, not the
  // passages it quotes (those are the article's text, indexed on the article page).
  { kind: 'two words', q: '无锡 跨江融合发展', top5: [WUXI_ARTICLE] },
  {
    kind: 'two words',
    q: '株洲 长三角',
    top5: ['visits/zhuzhou-2023-yiwu-jinhua-shaoxing-kunshan/', 'articles/002_cb28012656704f36/'],
  },
  { kind: 'traditional', q: '蘇州', top5: ['places/suzhou-jiangsu/'], same: '苏州' },
  {
    kind: 'traditional, two words',
    q: '無錫 跨江融合發展',
    top5: [WUXI_ARTICLE],
    same: '无锡 跨江融合发展',
  },
  {
    kind: 'traditional person',
    q: '陳麗艷',
    top5: ['officials/chenliyan/', KUNSHAN_VISIT],
    same: '陈丽艳',
  },
  {
    kind: 'mixed',
    q: '无锡 跨江融合發展',
    top5: [WUXI_ARTICLE],
    same: '无锡 跨江融合发展',
  },
  {
    kind: 'traditional variant (崑)',
    q: '崑山',
    top5: ['places/kunshan/', KUNSHAN_VISIT],
    same: '昆山',
  },
  {
    kind: 'filter: destination',
    q: '昆山',
    filters: { to: ['昆山市'] },
    top5: ['visits/huaian-2025-kunshan/', 'visits/yiwu-jinhua-2025-kunshan/'],
    absent: [KUNSHAN_VISIT, 'places/kunshan/'],
  },
  {
    kind: 'filter: type',
    q: '陈丽艳',
    filters: { type: ['人物'] },
    top5: ['officials/chenliyan/'],
    absent: [KUNSHAN_VISIT],
  },
  {
    kind: 'filters only',
    q: '',
    filters: { type: ['考察'], sector: ['低空经济'] },
    top5: [KUNSHAN_VISIT, 'visits/jiangyin-2025-shanghai-suzhou-jiangsu-hangzhou/'],
  },
  {
    kind: 'quoted',
    q: '"最强县级市"',
    top5: ['articles/000_a21bf360e6243a78/'],
    absent: [WUXI_VISIT],
  },
];

/** A query with no results at all. */
export const NO_RESULTS = '企鹅';
