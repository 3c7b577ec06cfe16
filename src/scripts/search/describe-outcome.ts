/** The sentence that says what a search found: shown above the results and read out (aria-live). */
import type { SearchOutcome } from './run-search';

const quote = (s: string): string => `“${s}”`;

/** Name the terms: “无锡”和“跨江融合发展”. */
function termList(outcome: SearchOutcome): string {
  const names = outcome.terms.map((t) => quote(t.text));
  return names.length <= 2 ? names.join('和') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
}

/** Say what a search found, in one or two sentences; '' for an empty request. */
export function describeOutcome(outcome: SearchOutcome, filtered: boolean): string {
  const n = outcome.hits.length;
  const converted = outcome.converted ? `已按简体${quote(outcome.searched)}搜索。` : '';
  if (outcome.terms.length === 0) {
    if (!filtered) return '';
    return n === 0 ? '没有符合筛选条件的页面。' : `符合筛选条件的页面共 ${n} 个。`;
  }
  if (n === 0) {
    const where = filtered ? '（在所选筛选条件下）' : '';
    return `${converted}没有找到包含${termList(outcome)}的结果${where}。`;
  }
  if (outcome.quoted) {
    return `${converted}找到 ${n} 条包含${termList(outcome)}原样的结果。`;
  }
  // Nothing shown holds the query in full: said first, before the partial matches are listed.
  if (outcome.exactCount === 0 && outcome.checked === n) {
    return `${converted}没有结果包含完整的${termList(outcome)}；找到 ${n} 条只包含其中部分字词的结果。`;
  }
  if (outcome.exactCount === 0 && outcome.checked > 0) {
    return `${converted}前 ${outcome.checked} 条结果都不包含完整的${termList(outcome)}，只包含其中部分字词；共找到 ${n} 条结果。`;
  }
  const checked = outcome.checked < n ? `前 ${outcome.checked} 条中，` : '其中 ';
  const exact =
    outcome.exactCount === n && outcome.checked === n
      ? '，都包含完整的查询词'
      : `，${checked}${outcome.exactCount} 条包含完整的${termList(outcome)}，排在前面`;
  return `${converted}找到 ${n} 条结果${exact}。`;
}
