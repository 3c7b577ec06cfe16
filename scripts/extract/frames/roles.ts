/**
 * What each official of a trip's sentences does, from the words around their group and the side
 * their place is on: leads (率, 带队, 团长), goes along (随团, 参加考察), receives (陪同, 会见, 迎接;
 * the destination's officials 参加活动), or only sent the delegation (受…委托).
 */
import type { Place } from '../../../src/schemas';
import type { OfficialMention } from '../types';
import type { Frame } from './frames';
import { isWithin } from './place-relations';
import type { Sentence } from './sentences';
import { type OfficialGroup, officialGroups, skipGroupTail } from './token-groups';
import type { Token } from './tokens';
import { isWord, wordsOf } from './vocabulary';

/** The part an official plays in a trip. */
export type Role = 'leader' | 'member' | 'host' | 'sender' | 'other';

/** What the roles are judged against: the trip's places and its frames. */
export interface RoleContext {
  origin: Place;
  destinations: readonly Place[];
  frames: readonly Frame[];
  /** True for a host's own report, where an official with no place of their own is the host's. */
  hostReport: boolean;
  /** True for a trip only mentioned: who speaks of it now did not receive it then. */
  mentioned?: boolean;
}

// Words after a group that say they received the delegation: 陪同, 迎接, 会见, 主持座谈会.
const RECEIVES = new Set(wordsOf('receives'));
const CLAUSE_END = new Set(['，', '。', '；', '！', '？', ',', ';']);
// 由X所设, 由X主持: the one who holds the event.
const GIVES = new Set(wordsOf('gives'));
// Words after a group that say they took part: as members or, for the destination's, as hosts.
const TAKES_PART = new Set(wordsOf('member'));

/** Which side of the trip a place is on: the delegation's, the destination's, or neither. */
export function sideOf(place: Place | null, ctx: RoleContext): 'origin' | 'destination' | null {
  if (place === null) return null;
  const ofOrigin = isWithin(place, ctx.origin) || isWithin(ctx.origin, place);
  const ofDestination = ctx.destinations.some((d) => isWithin(place, d) || isWithin(d, place));
  if (ofOrigin && !ofDestination) return 'origin';
  if (ofDestination && !ofOrigin) return 'destination';
  return isWithin(place, ctx.origin) ? 'origin' : null;
}

/** The words after a group to the end of its clause (its tail skipped), and whether they name a study. */
function wordsAfter(tokens: readonly Token[], g: OfficialGroup) {
  const k = skipGroupTail(tokens, g.last + 1);
  const clauseEnd = (from: number) => {
    const at = tokens.findIndex(
      (t, j) => j >= from && (t.kind === 'official' || CLAUSE_END.has(t.text)),
    );
    return at < 0 ? tokens.length : at;
  };
  let stop = clauseEnd(k);
  let next = tokens.slice(k, stop).map((t) => t.text);
  // 县领导A、B，县直有关部门负责人参加考察: the group's clause goes on in a list of others with no
  // official of its own; their verb is the group's.
  while (next.length === 0 && tokens[stop]?.text === '，') {
    const end = clauseEnd(stop + 1);
    const opening = tokens[stop + 1];
    // Only a list of others (县直有关部门负责人…), not a clause of its own (并出席…, 随后…).
    const nominal = opening?.kind === 'word' && !/^[vcdpr]/u.test(opening.pos);
    if (tokens[end]?.kind === 'official' || end === stop + 1 || !nominal) break;
    next = tokens.slice(stop + 1, end).map((t) => t.text);
    stop = end;
    if (next.some((w) => RECEIVES.has(w) || TAKES_PART.has(w))) break;
    next = [];
  }
  // 参加座谈的有…: a list of those who took part, after the verb.
  const listed = tokens
    .slice(0, g.first)
    .some((t, i, all) => TAKES_PART.has(t.text) && all.slice(i).some((x) => x.text === '有'));
  const verb = next.find((w) => RECEIVES.has(w) || TAKES_PART.has(w)) ?? (listed ? '参加' : null);
  const studies = next.some((w) => isWord('study', w) || w === '考察活动');
  // 由深圳市委书记孟凡利所设的餐叙: who gives the event receives.
  const gives = tokens[g.first - 1]?.text === '由' && next.some((w) => GIVES.has(w));
  return { verb: gives ? '主持' : verb, studies };
}

/** True when the group stands in 在…的陪同下 (they accompanied the delegation). */
function accompaniedBy(tokens: readonly Token[], g: OfficialGroup): boolean {
  const after = tokens
    .slice(g.last + 1, g.last + 4)
    .map((t) => t.text)
    .join('');
  return /^(?:等|同志)*(?:的)?陪同(?:下)?/u.test(after) && tokens[g.first - 1]?.text === '在';
}

/** True when `受…委托` wraps the group. */
function entrusted(tokens: readonly Token[], g: OfficialGroup): boolean {
  const before = tokens[g.first - 1]?.text ?? '';
  return (
    isWord('entrustBefore', before) &&
    tokens.slice(g.last + 1, g.last + 4).some((t) => isWord('entrust', t.text))
  );
}

/** The role of every official named in one sentence of a trip. */
export function rolesIn(sentence: Sentence, ctx: RoleContext): Map<OfficialMention, Role> {
  const roles = new Map<OfficialMention, Role>();
  const leaders = new Set(ctx.frames.flatMap((f) => f.subject?.leaders ?? []).map((o) => o.name));
  const meetHosts = new Set(
    ctx.frames.filter((f) => f.sentence === sentence).flatMap((f) => f.hosts),
  );
  const { tokens } = sentence;
  for (const g of officialGroups(tokens)) {
    const { verb, studies } = wordsAfter(tokens, g);
    for (const o of g.officials) {
      const side = sideOf(o.place, ctx);
      const homeSide = side === 'destination' || (ctx.hostReport && side !== 'origin');
      let role: Role = 'other';
      if (entrusted(tokens, g)) role = 'sender';
      else if (leaders.has(o.name)) role = 'leader';
      else if (meetHosts.has(o) || accompaniedBy(tokens, g))
        role = side === 'origin' ? 'member' : 'host';
      else if (verb !== null && RECEIVES.has(verb))
        role = side === 'origin' ? 'member' : homeSide ? 'host' : 'other';
      else if (verb !== null && TAKES_PART.has(verb))
        // 参加考察 goes with the delegation; 参加活动 is the destination's when it is theirs.
        role = studies || side === 'origin' ? 'member' : homeSide ? 'host' : 'other';
      // 南通市委书记徐惠民这样形容…: the destination's officials who speak during the visit received it.
      if (role === 'other' && side === 'destination' && !ctx.mentioned) role = 'host';
      roles.set(o, role);
    }
  }
  return roles;
}
