/**
 * The sites a delegation saw, read from a sentence's tokens: the list of names after a visiting
 * verb (考察了A、B和C等地; 深入A，B；C), each name whole as the segmenter cut it, never cut mid-word.
 */
import type { Place } from '../../../src/schemas';
import placeRules from '../../data/place-name-rules.json' with { type: 'json' };
import words from '../../data/site-words.json' with { type: 'json' };
import type { Sentence } from './sentences';
import { homeWordAt } from './token-groups';
import type { Token } from './tokens';
import { isWord, wordsOf } from './vocabulary';

/** A site named in a sentence. */
export interface SiteHit {
  name: string;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  /** The place its name opens with (霍邱|绿色融合发展中心), if any. */
  area: Place | null;
  /** Token index of the verb the list follows, for telling whose visit it is. */
  verbAt: number;
  /** True for a place named again as where something happened (在美的集团，…), not in a list of visits. */
  restated?: boolean;
}

const SUFFIXES = [...words.suffixes].sort((a, b) => b.length - a.length);
/** True when a name ends with a site's ending and has a name of its own before it (not 产业园区 alone). */
function hasSuffix(name: string): boolean {
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  return suffix !== undefined && name.length > suffix.length;
}
const isTopic = (name: string) => words.topicEnds.some((w) => name.endsWith(w));
const QUANTITIES = new Set(words.quantities);
// 多家, 当地, 首个, 一家: an item opened by one names a kind of place, not a place.
const KINDS = new Set([...words.quantities, ...words.indefinites]);
const SUFFIX_WORDS = new Set([...words.suffixes, ...words.genericSites]);
const SKIP = new Set([
  '了',
  '先后',
  '分别',
  '实地',
  '相继',
  '又',
  '还',
  '重点',
  '一同',
  '走进',
  '到',
]);
const JOINS = new Set(['、', '和', '及', '与', '以及']);
// Words that open a clause as its adverb (深入, 详细): 进行深入交流.
const ADVERBS = new Set(words.clauseOpenings);
const SOFT_JOINS = new Set(['，', '；', ',', ';']);
const ENDS = new Set(['。', '！', '？', '：', ':', '“', '”']);
// Verbs after which a list of names is what was seen (not 到 or 赴, which may name places only).
const STRONG = new Set(wordsOf('siteListVerbs'));

/** True when a token ends a list: an end word (等地, 进行), a clause's opening, a sentence mark. */
function endsList(t: Token): boolean {
  if (ENDS.has(t.text)) return true;
  if (t.kind !== 'word') return false;
  // …余村学习考察: a compound study word ends a name as its parts (学习, 考察) do.
  return (
    isWord('siteListEnds', t.text) ||
    words.clauseOpenings.includes(t.text) ||
    (t.text.length >= 4 && isWord('study', t.text))
  );
}

/** The index of the ” that closes a short quotation opened at `j` (at most 8 tokens, no 。), or -1. */
function quoteEnd(tokens: readonly Token[], j: number): number {
  for (let m = j + 1; m < tokens.length && m <= j + 9; m++) {
    const x = tokens[m]?.text ?? '';
    if (x === '”') return m;
    if (x === '“' || x === '。' || x === '！' || x === '？') return -1;
  }
  return -1;
}

/** Tokens of one item from `k`: up to a join, an end, or a soft join. */
function itemAt(tokens: readonly Token[], k: number): number {
  let j = k;
  let depth = 0;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    // “六小龙”之一的云深处科技公司, 走进“中国十大名村”华西村: a short quotation inside an item is part of it.
    const close = t.text === '“' ? quoteEnd(tokens, j) : -1;
    if (close > j) {
      j = close + 1;
      continue;
    }
    if (t.text === '（' || t.text === '(') depth++;
    else if (t.text === '）' || t.text === ')') depth--;
    else if (depth <= 0 && (JOINS.has(t.text) || SOFT_JOINS.has(t.text) || (j > k && endsList(t))))
      break;
    // A verb of the visit ends the name: 乌马河区|参观考察金马人造板厂.
    else if (j > k && t.kind === 'word' && isWord('siteVerbs', t.text) && t.text.length >= 2) break;
    // …宾馆|会见代表团一行: a meeting's verb ends the name of where it was held.
    else if (j > k && t.kind === 'word' && isWord('meets', t.text)) break;
    j++;
  }
  return j;
}

/** An item's name (a home word 我旗 dropped; `skip` characters of its first token left out) if it can be a site's name. */
function nameOf(sentence: Sentence, from: number, to: number, skip = 0) {
  const { tokens } = sentence;
  let k = from;
  while (k < to && (SKIP.has(tokens[k]?.text ?? '') || homeWordAt(tokens, k) > 0))
    k += Math.max(1, homeWordAt(tokens, k));
  // 多家供应链企业, 当地专业市场, 一家企业的智能工厂: a kind of place.
  const kind = tokens.slice(k, to).some((t) => t.kind === 'word' && KINDS.has(t.text));
  // 位于医药城的中慧元通生物, 机器人研发制造商深圳逐际动力科技公司: the name follows its description.
  for (let j = to - 2; j >= k; j--) {
    const w = tokens[j]?.text ?? '';
    // 此行的第一站——贵港: what follows a dash (two tokens —) names what is before it; so does a
    // place's name after a quotation the item opens with (“全国文明村”临江村; “工业上楼”示范园区
    // is one name).
    const after = tokens[j + 1];
    const proper = after?.kind === 'place' || /^n[rstz]/u.test(after?.pos ?? '');
    const quoted = w === '”' && tokens[k]?.text === '“' && proper;
    if (w === '的' || w === '—' || quoted || words.descriptorEnds.includes(w)) {
      k = j + 1;
      break;
    }
  }
  const first = tokens[k];
  const last = tokens[to - 1];
  if (!first || !last || k >= to) return null;
  // 浙江省湖州市安吉县天荒坪镇余村: after a chain of three places or more written in full, the name
  // keeps the innermost (重庆渝中区解放碑 stays as written).
  const chain = (first.place as { qualifiers?: readonly unknown[] } | undefined)?.qualifiers;
  const inner =
    first.kind === 'place' && to - k > 1 && (chain?.length ?? 0) >= 2
      ? first.place?.places.at(-1)?.name
      : undefined;
  const from0 =
    inner && first.text.length > inner.length && first.text.endsWith(inner)
      ? first.end - inner.length
      : first.start + (k === from ? skip : 0);
  const name = sentence.text.slice(from0 - sentence.start, last.end - sentence.start);
  // A registered company's full name (…股份有限公司) is a name whatever words it holds (遵义 read as
  // a verb where the place opens the company's name).
  const company = placeRules.companyEnds.some((e) => name.endsWith(e));
  const verbs =
    !company && tokens.slice(k, to).some((t) => t.kind === 'word' && /^v(?!n)/u.test(t.pos));
  // 文化旅游, 航空物流: only common words, no place and no proper name: a kind or a topic.
  const common = tokens
    .slice(k, to)
    .every((t) => t.kind === 'word' && /^(?:n|vn|a|an|b|j|l|d|m|q)$/u.test(t.pos));
  const onlyPlaces = tokens.slice(k, to).every((t) => t.kind === 'place');
  if (name.length < 2 || name.length > 30 || onlyPlaces) return null;
  // 这家公司, 一批园区: a kind, not a name (那香海旅游度假区 is a name).
  if (words.notNameOpenings.includes(first.text) && name.length - first.text.length <= 3)
    return null;
  if (to - k === 1 && (isWord('study', first.text) || isWord('moves', first.text))) return null;
  if (tokens.slice(k, to).some((t) => t.kind === 'official' || isWord('delegationHeads', t.text)))
    return null;
  // 新能源汽车生产线, 智能化生产车间: a kind of facility in common words, no one's name.
  const generic =
    SUFFIX_WORDS.has(name) ||
    (words.genericSites.some((g) => name.endsWith(g)) &&
      tokens
        .slice(k, to)
        .every(
          (t) =>
            t.kind === 'word' && (/^(?:n|vn|v|a|b|d|m|q|j)$/u.test(t.pos) || /.化$/u.test(t.text)),
        ));
  const area = first.kind === 'place' ? (first.place?.places.at(-1) ?? null) : null;
  return {
    name,
    areaText: first.kind === 'place' && to - k > 1 ? name.slice(0, first.end - from0) : null,
    start: from0,
    end: last.end,
    area,
    suffixed: hasSuffix(name) && !isTopic(name),
    verbs,
    common,
    generic,
    kind,
  };
}

/** The list of sites after token `i`, or [] when what follows is no list of names. */
function listAfter(sentence: Sentence, i: number, strong: boolean): SiteHit[] {
  const { tokens } = sentence;
  const items: NonNullable<ReturnType<typeof nameOf>>[] = [];
  // 深入了解A推进B、发展C的经验: 深入 is an adverb of the clause's verb, and no list of places follows.
  if (words.clauseOpenings.includes(tokens[i + 1]?.text ?? '')) return [];
  let k = i + 1;
  let lastEnd = k;
  let afterSoft = false;
  for (;;) {
    const end = itemAt(tokens, k);
    const parts = splitAtPlace(sentence, k, end).map(([a, b, skip]) =>
      nameOf(sentence, a, b, skip),
    );
    const item = parts[0];
    // After a comma or semicolon the list goes on only with a name that says it is one, and not
    // with a verb of its own (…，考察了裕廊工业区 is the next list).
    // …，就A进行交流: a clause's opening word after the comma starts a clause, not a name.
    const opening = tokens[k]?.text ?? '';
    if (
      afterSoft &&
      (!item?.suffixed || isWord('siteVerbs', opening) || words.clauseOpenings.includes(opening))
    )
      break;
    // 走进两江新区、长安汽车…: a place in the list is where the delegation went; the list goes on.
    const placeOnly = end > k && tokens.slice(k, end).every((t) => t.kind === 'place');
    if (!placeOnly && (!item || parts.some((x) => !x || isTopic(x.name)))) break;
    // 多家在港商会、企业: from a kind on, the list names kinds.
    if (parts.some((x) => x?.kind)) break;
    for (const x of parts) if (x) items.push(x);
    lastEnd = end;
    const sep = tokens[end]?.text ?? '';
    if (!JOINS.has(sep) && !SOFT_JOINS.has(sep)) break;
    afterSoft = SOFT_JOINS.has(sep);
    k = end + 1;
    // …，以及杭州电竞中心: a join word after the comma.
    if (SOFT_JOINS.has(sep) && JOINS.has(tokens[k]?.text ?? '')) k++;
  }
  // 深入多家知名企业、金融机构: a list opened by a quantity names kinds of places.
  if (QUANTITIES.has(tokens[i + 1]?.text ?? '') || QUANTITIES.has(tokens[i + 2]?.text ?? ''))
    return [];
  const next = tokens.slice(lastEnd, lastEnd + 3);
  // 深入示范乡村、产业园区等近30个考察点: kinds of places, not names.
  if (next[0]?.text === '等' && (next[1]?.pos === 'm' || /^[近约\d]/u.test(next[1]?.text ?? '')))
    return [];
  // 小米锅巴、小米醋等产品生产线: what the list names are products, not places.
  if (next[0]?.text === '等') {
    const tail = tokens.slice(lastEnd + 1, lastEnd + 5);
    const stop = tail.findIndex((t) => t.kind === 'punct');
    const kindWords = (stop < 0 ? tail : tail.slice(0, stop)).map((t) => t.text).join('');
    if (words.notSiteKinds.some((w) => kindWords.includes(w))) return [];
  }
  // A single name followed by the visit itself counts too: 来到我旗乌兰牧骑进行参观学习.
  const visited = next.some((t) => isWord('study', t.text));
  // Names without a site's ending count in a list of several names after a visiting verb
  // (考察了A、B和C); a generic facility in the list (柔性生产线和数字化仓储系统) is no name.
  const named = items.filter((x) => !x.generic).length;
  const loose = strong && (named >= 2 || visited);
  // …文化旅游和航空物流等项目: names in common words before 等 and a kind (项目, 产业) are kinds.
  const closing = next.map((t) => t.text).join('');
  const kinds = words.kindsAfterList.some((w) => closing.startsWith(`等${w}`));
  // A name's length without the place it opens with (青羊区|宽窄巷子历史文化片区).
  const own = (x: (typeof items)[number]) => x.name.length - (x.areaText?.length ?? 0);
  const kept = items.filter(
    (x) =>
      !x.generic && (x.suffixed || (loose && !x.verbs && !(x.common && kinds) && own(x) <= 10)),
  );
  const names = completed(kept.map((x) => x.name));
  return kept.map(({ start, end, area }, j) => ({
    name: names[j] ?? '',
    start,
    end,
    area,
    verbAt: i,
  }));
}

/**
 * A name that holds two where the segmenter read 和 as a place's first character (艺术馆|和田|…):
 * split where a place token opens with 和/及/与 right after a complete name. Where that token is
 * no place of the article (旅游区|和县|职业技术教育中心: 和县 lies in another province), the
 * character is the conjunction and the next name starts after it (`skip` 1).
 */
function splitAtPlace(sentence: Sentence, from: number, to: number): [number, number, number][] {
  const parts: [number, number, number][] = [];
  let start = from;
  let skip = 0;
  for (let j = from + 1; j < to; j++) {
    const t = sentence.tokens[j];
    const before = sentence.text.slice(
      (sentence.tokens[start]?.start ?? 0) - sentence.start + skip,
      (t?.start ?? 0) - sentence.start,
    );
    const opens = t !== undefined && /^[和及与]\p{Script=Han}/u.test(t.text) && hasSuffix(before);
    if (opens && (t.kind === 'place' || (t.kind === 'word' && t.pos === 'ns'))) {
      parts.push([start, j, skip]);
      start = j;
      skip = t.kind === 'place' ? 0 : 1;
    }
  }
  parts.push([start, to, skip]);
  return parts;
}

/** 襄阳四中和五中: a short name after a longer one of the same kind shares its head (襄阳五中). */
function completed(names: readonly string[]): string[] {
  return names.map((n, i) => {
    const prev = names[i - 1];
    if (!prev || n.length > 2 || prev.length <= n.length + 1 || !prev.endsWith(n.slice(-1)))
      return n;
    return prev.slice(0, prev.length - n.length) + n;
  });
}

/** True for a heading: a short line of its own with no sentence mark at its end. */
export function isHeading(sentence: Sentence): boolean {
  return (
    sentence.paragraph >= 0 && sentence.text.length <= 40 && !/[。！!，,；;]$/u.test(sentence.text)
  );
}

/**
 * The sites a heading names (看点1：苏锡通科技产业园区; 南通森林野生动物园、濠河生态区): after its
 * label, the whole rest of the line is a list of names with a site's ending.
 */
export function headingSites(sentence: Sentence): SiteHit[] {
  if (!isHeading(sentence)) return [];
  const { tokens } = sentence;
  const colon = tokens.findIndex((t) => t.text === '：' || t.text === ':');
  const labelled = colon >= 0 && colon <= 4 ? colon : -1;
  const hits = listAfter(sentence, labelled, false);
  const last = hits.at(-1);
  return last && last.end === (tokens.at(-1)?.end ?? -1) ? hits : [];
}

/** Sites a sentence names after its visiting verbs (and after 就/对 … 进行参观), or a heading's. */
export function findSites(sentence: Sentence): SiteHit[] {
  const { tokens } = sentence;
  const heading = headingSites(sentence);
  if (heading.length > 0) return heading;
  const hits: SiteHit[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const verb = isWord('siteVerbs', t.text);
    // 分别就A、B等进行参观: the list comes before the verb.
    // …就工业互联网平台如何赋能中小企业进行深入交流 is a talk: the verb after 进行 and its adverbs.
    const ahead =
      ['就', '对'].includes(t.text) &&
      tokens.slice(i + 1).some((x, k, rest) => {
        if (x.text !== '进行') return false;
        const verb = rest[k + 1]?.text ?? '';
        // 深入 after 进行 is its adverb: the verb is the word after it.
        const adverb = ADVERBS.has(verb);
        return (
          isWord('siteVerbs', verb) && (!adverb || isWord('siteVerbs', rest[k + 2]?.text ?? ''))
        );
      });
    if (t.text === '在') {
      // 在中国医药城医药博览馆，代表团详细了解…; 图为代表团在乃东中学考察.
      const end = itemAt(tokens, i + 1);
      const item = nameOf(sentence, i + 1, end);
      const then = tokens.slice(end, end + 2).map((x) => x.text);
      // 在东湖宾馆会见代表团一行, …与代表团座谈: where the meeting was held is a site of the visit too.
      const after = tokens.slice(end, end + 6);
      const stop = after.findIndex((x) => x.kind === 'punct');
      const meets = (stop < 0 ? after : after.slice(0, stop)).some((x) => isWord('meets', x.text));
      const at =
        then[0] === '，' || meets || then.some((w) => isWord('study', w) || isWord('siteVerbs', w));
      // 在四川布局的首个生产基地: 在 opens a clause there, not a place.
      const clause = tokens.slice(i + 1, end).some((x) => x.text === '的');
      // 在省级层面推动下…共建…园区: a clause with verbs of its own is no place either.
      if (
        item?.suffixed &&
        !item.verbs &&
        !item.generic &&
        !item.kind &&
        !clause &&
        at &&
        !hits.some((x) => x.start === item.start)
      )
        hits.push({
          name: item.name,
          start: item.start,
          end: item.end,
          area: item.area,
          verbAt: i,
          restated: true,
        });
      return;
    }
    if (!verb && !ahead) return;
    // 考察期间, 参观时, 考察中: the visit as a time, no list of what was seen.
    const next = tokens[i + 1]?.text ?? '';
    if (verb && (isWord('during', next) || next === '中')) return;
    // 此次考察成果…, 这次考察时间紧: the visit named as a thing (a demonstrative before it), no verb.
    if (verb && isWord('demonstratives', tokens[i - 1]?.text ?? '') && next !== '了') return;
    for (const h of listAfter(sentence, i, ahead || STRONG.has(t.text)))
      if (!hits.some((x) => x.start === h.start)) hits.push(h);
  });
  return hits;
}
