/**
 * Finds the sites a delegation saw (companies, parks, institutions named after a visiting verb)
 * and the stop of the route each belongs to.
 */

const VERB = /考察|参观|走进|来到|走访|拜访|调研|观摩|实地察看|察看|看望|前往/gu;
// Suffixes of organisation and site names in Chinese reports (企业、园区、机构、场馆).
const SUFFIX =
  '有限公司|股份公司|公司|集团|产业园区|科技产业园区|产业园|科技园|生态园|工业园区|工业园|科创园|园区|科创中心|研发中心|创新中心|服务中心|指挥中心|展示中心|会展中心|博览中心|电竞中心|数据中心|运营中心|孵化中心|检测中心|服务站|展示馆|陈列馆|博览馆|博物馆|展览馆|纪念馆|规划馆|体验馆|文化馆|科技馆|大厦|科技城|科学城|生物城|大学城|影视城|汽车城|生态区|研究院|研究所|实验室|基地|工厂|学院|大学|动物园|示范区|合作区|开发区|商务区|高新区|创新区|工业区|经济区|中心区|集聚区|起步区|新区|新城|小镇|港区|港(?!口)|码头|医院|校区|村|(?:园|馆|城)(?=$|[^\\p{Script=Han}]|[和及与等并])';
// A name followed by one of these is a topic, not a site: 学习科技新城规划建设的经验.
const TOPIC_AFTER = '规划|建设|发展|经验|方面|模式|理念|做法|工作|治理|管理|改革';
const NAME = new RegExp(
  `[\\p{Script=Han}A-Za-z0-9（）()·“”「」]{2,20}?(?:${SUFFIX})(?!区)(?![\\p{Script=Han}]{0,1}(?:公司|集团|园区))(?!${TOPIC_AFTER})`,
  'gu',
);
const STOP_START =
  /^(?:的|了|以及|和|与|及|在|到|对|是|等|先后|分别|实地|深入|重点|考察|参观|走进|来到|走访|调研|一行|代表团)+/u;
// Not a name: a demonstrative or a quantity (这家公司, 一批园区), or a way of governing (民主治村).
const NOT_A_NAME = /^(?:这|那|该|此|各|多个|一批|当地|全市|全区)|(?:治|兴|强|富|美|管)村$/u;

const CLAUSE_VERB =
  /^(?:并|还|又|详细|深入|全面|认真|重点)*(?:了解|学习|听取|观看|感受|交流|询问|座谈|探讨|研究|就|围绕|聚焦|推动|对接|出席|参加|举行|举办|召开|签署|签订|见证)/u;
// Verbs of an event are never inside a site's name: 出席钦州（宁波）临港产业招商推介会.
const EVENT_VERB = /出席|参加|举行|举办|召开|签署|签订|见证/u;
const LIST_MARK = /[、，,：:；]|以及/u;
const CONJUNCTION = /和|及|与/gu;
const ENDS_NAME = new RegExp(`(?:${SUFFIX}|项目|工程)$`, 'u');

/**
 * Splits a stretch at 和, 及, 与 where they join two names: after a complete one (A示范区和B产业园,
 * A项目和B集聚区) or after a phrase of four characters or more (仙桃国际大数据谷和…); a shorter
 * stretch before them is part of a name (乌兰布和沙漠).
 */
function splitConjunctions(piece: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of piece.matchAll(CONJUNCTION)) {
    const left = piece.slice(from, m.index);
    if (ENDS_NAME.test(left) || left.replace(STOP_START, '').length >= 4) {
      parts.push(left);
      from = m.index + m[0].length;
    }
  }
  return [...parts, piece.slice(from)];
}

/** Site names in a stretch of text that follows a visiting verb. */
function namesIn(rest: string): string[] {
  const found: string[] = [];
  for (const part of rest.split(LIST_MARK).flatMap(splitConjunctions)) {
    // The list of what was seen ends where another verb opens a clause (，详细了解产业园区建设).
    if (CLAUSE_VERB.test(part)) break;
    // A suffix inside a longer name (苏州工业园|区规划展示馆, 前海深港|现代服务业合作区): matches that
    // touch are one name.
    const joined: string[] = [];
    let end = -1;
    for (const m of part.matchAll(NAME)) {
      const last = joined.length - 1;
      if (m.index === end && last >= 0) joined[last] = `${joined[last]}${m[0]}`;
      else joined.push(m[0]);
      end = m.index + m[0].length;
    }
    for (const whole of joined) {
      // A description may run into the name (之一的云深处科技公司): the name starts after the last
      // 了/的/是/在.
      // So may a description ending in a kind of firm (机器人研发制造商深圳逐际动力科技公司).
      const tail =
        whole
          .split(/[了的是在]|制造商|服务商|供应商|运营商|开发商|龙头企业|领军企业|独角兽企业/u)
          .filter((t) => t.length >= 3)
          .at(-1) ?? whole;
      const name = tail.replace(STOP_START, '');
      // A quote opened in a name is closed in it (金杨新村街道“家门口”服务站, not 泰州“打造…名城).
      const quotes = (name.match(/[“「]/gu) ?? []).length === (name.match(/[”」]/gu) ?? []).length;
      if (name.length >= 3 && quotes && !NOT_A_NAME.test(name) && !EVENT_VERB.test(name))
        found.push(name);
    }
  }
  return found;
}

/**
 * Site names in one sentence: each visiting verb opens a stretch up to the next one; a stretch
 * whose subject (the words before its verb) is another delegation's is not ours, nor is a sentence
 * that opens with the verb and names another delegation (考察思榕公司时，陈丽艳表示…).
 */
export function findSitesInSentence(sentence: string, others: readonly string[] = []): string[] {
  const verbs = [...sentence.matchAll(VERB)];
  return verbs.flatMap((verb, k) => {
    const from = verb.index + verb[0].length;
    const to = verbs[k + 1]?.index ?? sentence.length;
    const subject =
      sentence
        .slice(Math.max(0, verb.index - 12), verb.index)
        .split(/[，；]/u)
        .at(-1) ?? '';
    if (others.some((o) => subject.includes(o))) return [];
    // 考察X时，陈丽艳表示: the main clause's subject is the visitor.
    const main = subject.trim() === '' ? /时[，,](.{0,12})/u.exec(sentence.slice(from)) : null;
    if (main && others.some((o) => (main[1] ?? '').includes(o))) return [];
    return namesIn(sentence.slice(from, to));
  });
}

/** Site names in paragraphs, in order of first appearance, without repeats. */
export function findSites(paragraphs: readonly string[], others: readonly string[] = []): string[] {
  const all = paragraphs.flatMap((p) =>
    p.split(/[。！？]/u).flatMap((s) => findSitesInSentence(s, others)),
  );
  return [...new Set(all)];
}

/** A stop as the site finder sees it: the names of its place and the paragraphs about it. */
export interface StopText {
  /** Names of its place, full and short (苏州市, 苏州). */
  names: readonly string[];
  /** Indexes of its paragraphs. */
  paragraphs: readonly number[];
}

/** Index of the stop whose name occurs in `text` first, or -1. */
function firstNamed(text: string, stops: readonly StopText[]): number {
  let best = -1;
  let at = Number.POSITIVE_INFINITY;
  stops.forEach((s, k) => {
    for (const name of s.names) {
      const i = text.indexOf(name);
      if (i >= 0 && i < at) [best, at] = [k, i];
    }
  });
  return best;
}

/**
 * The stop (index into `stops`) a site named in `sentence` belongs to, or -1 when the sentence
 * does not say: the place in its name (乐聚（苏州）机器人公司); 分别 with one group of sites a
 * stop, in route order (分别考察了A、B，C和D，以及E); or a place the sentence puts it in
 * (在苏州参观了…).
 */
export function stopOfSite(site: string, sentence: string, stops: readonly StopText[]): number {
  // The place opening the name or in its brackets (苏州工业园区, 乐聚（苏州）): inside the name
  // (吉利汽车杭州湾基地) it may be a bay or a brand, and only counts when the sentence says nothing.
  const own = firstNamed(site, stops);
  const heading = stops[own]?.names.some(
    (n) => site.startsWith(n) || site.includes(`（${n}`) || site.includes(`(${n}`),
  );
  if (own >= 0 && heading) return own;
  const placed = placedBySentence(site, sentence, stops);
  return placed >= 0 ? placed : own;
}

// The stop the sentence puts a site in: 分别 with one group a stop, or the last 在X before it.
function placedBySentence(site: string, sentence: string, stops: readonly StopText[]): number {
  const at = sentence.indexOf(site);
  if (at < 0) return -1;
  const spread = /分别/u.exec(sentence);
  if (spread && spread.index < at) {
    const groups = sentence
      .slice(spread.index)
      .split(/[，；]\s*(?:以及|还有)?|以及/u)
      .filter((g) => findSitesInSentence(`考察${g}`).length > 0);
    const k = groups.findIndex((g) => g.includes(site));
    if (groups.length === stops.length && k >= 0) return k;
  }
  // The last 在X / 到X before the site, with no other stop named between them.
  const before = sentence.slice(0, at);
  let found = -1;
  let from = -1;
  stops.forEach((s, k) => {
    for (const name of s.names) {
      for (const m of before.matchAll(new RegExp(`(?:在|到|来到|抵达|走进|于)${name}(?!、)`, 'gu')))
        if (m.index > from) [found, from] = [k, m.index];
    }
  });
  if (found < 0) return -1;
  const between = before.slice(from + 1);
  return stops.every((s, k) => k === found || s.names.every((n) => !between.includes(n)))
    ? found
    : -1;
}

/**
 * Sites a stop, and the sites no stop can claim. A paragraph about one stop gives it its sites; a
 * paragraph shared by several stops gives each only the sites placed there (stopOfSite).
 */
export function sitesByStop(
  texts: ReadonlyMap<number, string>,
  stops: readonly StopText[],
  others: readonly string[] = [],
): { perStop: string[][]; unplaced: string[] } {
  const perStop: string[][] = stops.map(() => []);
  const unplaced: string[] = [];
  const owners = new Map<number, number[]>();
  stops.forEach((s, k) => {
    for (const i of s.paragraphs) owners.set(i, [...(owners.get(i) ?? []), k]);
  });
  for (const [i, ks] of [...owners].sort((a, b) => a[0] - b[0])) {
    for (const sentence of (texts.get(i) ?? '').split(/[。！？]/u)) {
      for (const site of findSitesInSentence(sentence, others)) {
        const k = ks.length === 1 ? ks[0] : stopOfSite(site, sentence, stops);
        if (k !== undefined && ks.includes(k)) perStop[k]?.push(site);
        else unplaced.push(site);
      }
    }
  }
  const placed = new Set(perStop.flat());
  return {
    perStop: perStop.map((list) => [...new Set(list)]),
    unplaced: [...new Set(unplaced)].filter((s) => !placed.has(s)),
  };
}
