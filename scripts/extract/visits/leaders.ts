/** Who led a trip, who received it and who went along, from where the officials stand in the text. */
import type { Place } from '../../../src/schemas';
import type { OfficialMention } from '../types';
import { type ArticleContext, type Clause, isWithin, splitSentences } from './context';

const LEAD_AFTER = /^[^，。；]{0,2}?(?:率领|带领|率队|带队|领队|率团|率)/u;
const LEAD_BETWEEN = /率领|带领|带队|率队|领队|率团|率/u;
const HOST_WORDS = /陪同|会见|接待|座谈|欢迎|会谈|交流中|介绍|致辞|见面|迎接/u;
const ACCOMPANIES = /陪同|会见|接待|迎接/u;
// 江苏省领导王建军、周红波参加有关活动: the host province's leaders at the events it holds.
const HOST_ATTENDS = /参加(?:有关|相关|上述)?活动/u;
const MEMBER_WORDS = /参加|一同|随同|随团|共同考察|参加考察|一起/u;

/** Officials named before the movement verb of a clause in a `…率` / `由…带队` construction. */
export function leadersOfClause(
  ctx: ArticleContext,
  clause: Clause,
  verbAt: number,
): OfficialMention[] {
  const text = ctx.paragraphs[clause.paragraph] ?? '';
  const inClause = ctx.officials.filter(
    (m) => m.paragraph === clause.paragraph && m.start >= clause.start && m.end <= clause.end,
  );
  const leads = inClause.map((m) => leadsIn(ctx, text, clause, verbAt, m));
  // 市委书记A、市长B分别带队: officials listed with 、 before one who leads lead too.
  for (let k = inClause.length - 2; k >= 0; k--) {
    const [m, next] = [inClause[k], inClause[k + 1]];
    if (m && next && leads[k + 1] && /^、[^，。；、]{0,12}$/u.test(text.slice(m.end, next.start)))
      leads[k] = !entrusting(ctx, m);
  }
  return inClause.filter((_, k) => leads[k]);
}

/** True when an official of a clause leads the trip its verb at `verbAt` reports. */
function leadsIn(
  ctx: ArticleContext,
  text: string,
  clause: Clause,
  verbAt: number,
  m: OfficialMention,
): boolean {
  const before = text.slice(clause.start, m.start);
  if (entrusting(ctx, m)) return false; // 受…委托: sent someone, did not lead
  if (m.start < verbAt) {
    const between = text.slice(m.end, verbAt);
    return LEAD_BETWEEN.test(between) || (before.includes('由') && /带队|率领|带领/u.test(between));
  }
  return m.start < clause.end && LEAD_AFTER.test(text.slice(m.end));
}

/** The sentence of a paragraph that holds an official's mention. */
function sentenceOf(ctx: ArticleContext, m: OfficialMention): string {
  const sentences = splitSentences(ctx.paragraphs[m.paragraph] ?? '', m.paragraph);
  return sentences.find((s) => s.start <= m.start && s.end >= m.end)?.text ?? '';
}

const ZONE_TITLE = /(?:开发区|高新区|新区|园区|试验区|示范区|合作区)(?:党工委|管委会)/u;

/** True when the text opens with the place's full or short name. */
function opensWith(text: string, place: Place): boolean {
  const short = place.name.replace(
    /(?:特别行政区|自治州|自治县|自治区|地区|新区|省|市|区|县|旗|盟)$/u,
    '',
  );
  return text.startsWith(place.name) || (short.length >= 2 && text.startsWith(short));
}

/** True when the text names the place by its full or short name. */
function names(text: string, place: Place): boolean {
  const short = place.name.replace(
    /(?:特别行政区|自治州|自治县|自治区|地区|新区|省|市|区|县|旗|盟)$/u,
    '',
  );
  return text.includes(place.name) || (short.length >= 2 && text.includes(short));
}

/** Officials of the destinations who received the delegation, in the visit's paragraphs. */
export function findHosts(
  ctx: ArticleContext,
  paragraphs: ReadonlySet<number>,
  origin: Place,
  destinations: readonly Place[],
): OfficialMention[] {
  const visitText = [...paragraphs].map((i) => ctx.paragraphs[i] ?? '').join('\n');
  return ctx.officials.filter((m) => {
    if (!paragraphs.has(m.paragraph) || entrusting(ctx, m)) return false;
    const sentence = sentenceOf(ctx, m);
    if (m.place === null)
      return ACCOMPANIES.test(sentence) && villageOf(m.title, destinations, visitText);
    const place = m.place;
    // A district of a destination receives for it; a county-level city is an actor of its own;
    // a province's leaders receive when the sentence says they met the delegation.
    const receives = (d: Place): boolean =>
      place.name === d.name ||
      (place.level === 'district' && isWithin(place, d)) ||
      // …左旗旗委书记苏和、…旗委书记王振东分别陪同考察: a county of the destination that accompanies.
      (place.level === 'county' && isWithin(place, d) && ACCOMPANIES.test(sentence)) ||
      // 湖州市委副书记、市长X陪同考察 on a stop in 安吉县: the city receives in its county.
      (place.level === 'prefecture' && d.parent === place.name && ACCOMPANIES.test(sentence)) ||
      (place.level === 'province' &&
        d.province === place.name &&
        (HOST_WORDS.test(sentence) || HOST_ATTENDS.test(sentence)));
    if (!destinations.some(receives)) return false;
    return (
      HOST_WORDS.test(sentence) ||
      HOST_ATTENDS.test(sentence) ||
      names(sentence, origin) ||
      /代表团|考察团|一行/u.test(sentence)
    );
  });
}

const SMALL_PLACE = /^\p{Script=Han}{2,6}?(?:村|社区|街道|镇|乡)/u;

/**
 * True when a title opens with a village, 社区 or town the visit's text writes right after a
 * destination (赴安吉县鲁家村 … 鲁家村党委书记X陪同考察): the village receives for it.
 */
function villageOf(title: string, destinations: readonly Place[], text: string): boolean {
  const small = SMALL_PLACE.exec(title)?.[0];
  if (!small) return false;
  return destinations.some((d) => {
    const short = d.name.replace(/(?:自治县|新区|市|区|县|旗)$/u, '');
    return text.includes(d.name + small) || (short.length >= 2 && text.includes(short + small));
  });
}

/** True for `受X委托`: X sent someone and did not take part. */
function entrusting(ctx: ArticleContext, m: OfficialMention): boolean {
  const text = ctx.paragraphs[m.paragraph] ?? '';
  return (
    /受[^，。]*$/u.test(text.slice(0, m.start)) && /^[^，。]{0,3}委托/u.test(text.slice(m.end))
  );
}

/** Officials of the origin named as taking part (`…参加考察活动`), other than the leaders. */
export function findMembers(
  ctx: ArticleContext,
  paragraphs: ReadonlySet<number>,
  origin: Place,
): OfficialMention[] {
  return ctx.officials.flatMap((m) => {
    if (!paragraphs.has(m.paragraph)) return [];
    const sentence = sentenceOf(ctx, m);
    if (!MEMBER_WORDS.test(sentence) || /陪同/u.test(sentence)) return [];
    // 天水经济技术开发区管委会主任: a zone named after the origin is the origin's.
    if (m.place === null) return ZONE_TITLE.test(m.title) && opensWith(m.title, origin) ? [m] : [];
    if (isWithin(m.place, origin)) return [m];
    // `市委常委、秘书长刘晓东，副市长陈丽参加考察` in the delegation's report: a bare title that
    // took the nearest place named (the host city) is the delegation's own.
    const own = ofOrigin(ctx, m, origin);
    return own ? [own] : [];
  });
}

/**
 * An official who travels with the delegation, with the origin as place: as found when the place
 * is the origin's, moved to the origin when the title names no place of its own (its place was the
 * nearest one named, a destination), else null.
 */
export function ofOrigin(
  ctx: ArticleContext,
  m: OfficialMention,
  origin: Place,
): OfficialMention | null {
  if (m.place === null || isWithin(m.place, origin)) return m;
  if (!bareTitle(ctx, m)) return null;
  // The outlet's own place (来我市考察, 浙江日报): its bare titles are its own officials (市长王强参加会见).
  if (m.place.name === ctx.homePlace?.name) return null;
  const own = m.place.name;
  return { ...m, place: origin, title: m.title.replace(own, origin.name) };
}

/** True when the text before an official's name names no place (市委常委、秘书长刘晓东). */
function bareTitle(ctx: ArticleContext, m: OfficialMention): boolean {
  const text = ctx.paragraphs[m.paragraph] ?? '';
  const from =
    Math.max(...['。', '，', '；', '！', '？'].map((c) => text.lastIndexOf(c, m.start - 1))) + 1;
  const titled = (ctx.places[m.paragraph] ?? []).some((p) => p.start >= from && p.end <= m.start);
  return !titled;
}

/**
 * Leaders of a trip whose clause names none: the officials of the origin in the first sentence of
 * the visit's paragraphs that names any (`会见了X市委书记A、市长B一行`).
 */
export function originLeaders(
  ctx: ArticleContext,
  paragraphs: ReadonlySet<number>,
  origin: Place,
): OfficialMention[] {
  const ofOrigin = ctx.officials.filter(
    (m) =>
      paragraphs.has(m.paragraph) &&
      m.place !== null &&
      isWithin(m.place, origin) &&
      !entrusting(ctx, m),
  );
  const first = ofOrigin[0];
  if (!first) return [];
  const sentence = sentenceOf(ctx, first);
  return ofOrigin.filter((m) => m.paragraph === first.paragraph && sentenceOf(ctx, m) === sentence);
}
