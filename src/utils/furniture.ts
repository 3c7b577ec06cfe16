/**
 * Lines of page furniture that the boilerplate stage may leave in a paragraph (a pager, a
 * dateline, a staff line): never quoted as the evidence of a fact.
 */
const FURNITURE: readonly RegExp[] = [
  // 上一页 1 2 下一页, 第2页 共3页, 点击查看全文
  /^\s*(?:上一页|下一页|首页|尾页|第\s*\d+\s*页|共\s*\d+\s*页|点击(?:查看|阅读)|返回(?:顶部|首页))/u,
  // 2020年04月12日16:58, 2025-03-01 09:30 来源：…
  /^\s*\d{4}\s*[年.-]\s*\d{1,2}\s*[月.-]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}/u,
  // 记者 邱海鸿, 责任编辑：…, 来源：…, 通讯员…, 编辑：…
  /^\s*[（(【[]?\s*(?:本报)?(?:记者|通讯员|责任编辑|责编|编辑|审核|审校|校对|终审|来源|作者|撰稿|摄影|图|文)\s*[：:/｜|丨\s]/u,
];

/** True when a sentence is page furniture, not report (上一页, 2020年04月12日16:58, 责编：…). */
export function isFurniture(sentence: string): boolean {
  return FURNITURE.some((p) => p.test(sentence));
}
