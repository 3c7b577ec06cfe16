/**
 * Which sentences report each trip: those holding its frames, and the sentences after them that go
 * on about the delegation in focus (考察团一行参观了…, 随后参观考察…, 市政协副主席X陪同考察) until
 * another trip's frame takes the focus. A trip mentioned in passing keeps only its own sentences.
 */
import type { Place } from '../../../src/schemas';
import { leadNames, type Trip } from './assemble';
import { isWithin } from './place-relations';
import type { Sentence } from './sentences';
import { findSites, headingSites } from './sites';
import { officialGroups } from './token-groups';
import { isWord } from './vocabulary';

/** True when a sentence goes on about a delegation: its words, its leaders, what it saw, who met it. */
function continues(s: Sentence, leaders: ReadonlySet<string>, trip: Trip): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  if (words.some((w) => isWord('delegationHeads', w) || isWord('party', w) || /团$/u.test(w)))
    return true;
  if ([...leaders].some((n) => s.text.includes(n))) return true;
  if (words.some((w) => isWord('siteVerbs', w) && w.length >= 2)) return true;
  // A heading of sites; 在天府国际生物城，大家听取了…: the delegation at a site, named as where it is.
  if (findSites(s).some((h) => h.restated) || headingSites(s).length > 0) return true;
  // 南通市委书记徐惠民这样形容…: the destination's officials speaking while the trip is told; not a
  // dated event of their own (9月22日，南通市召开…大会).
  const hosting = s.officials.some(
    (o) => o.place !== null && trip.destinations.some((d) => isWithin(o.place as Place, d)),
  );
  const ownEvent = s.dates.length > 0 && words.some((w) => isWord('otherEvents', w));
  // …形容南通与无锡的关系: speaking of the delegation's place, to it.
  const toVisitors = s.places.some((m) => m.places.some((p) => isWithin(p, trip.origin)));
  if (hosting && toVisitors && !ownEvent) return true;
  // 市政协副主席宋学思陪同考察: officials receiving or joining, with no trip of their own.
  return (
    officialGroups(s.tokens).length > 0 &&
    words.some((w) => isWord('host', w) || isWord('member', w))
  );
}

/** True when the trip's own place stands as the actor of a visiting verb in the sentence (江阴分别考察了). */
function actsIn(s: Sentence, trip: Trip): boolean {
  return s.tokens.some((t, i) => {
    if (t.kind !== 'place' || t.place?.places.at(-1)?.name !== trip.origin.name) return false;
    const next = s.tokens.slice(i + 1, i + 3).filter((x) => x.kind === 'word');
    return next.some((x) => isWord('siteListVerbs', x.text));
  });
}

/** The sentences of each trip, in text order (the title's are left out). */
export function tripSentences(
  sentences: readonly Sentence[],
  trips: readonly Trip[],
  isMain: (t: Trip) => boolean,
): Map<Trip, Sentence[]> {
  const owners = new Map<number, Trip[]>();
  for (const t of trips)
    for (const f of t.frames) {
      const list = owners.get(f.sentence.index) ?? [];
      if (!list.includes(t)) list.push(t);
      owners.set(f.sentence.index, list);
    }
  const out = new Map<Trip, Sentence[]>(trips.map((t) => [t, []]));
  const mains = trips.filter(isMain);
  const leadersOf = new Map(mains.map((t) => [t, leadNames(t)]));
  let focus: Trip | null = null;
  for (const s of sentences) {
    if (s.paragraph < 0) continue;
    const own = owners.get(s.index) ?? [];
    for (const t of own) out.get(t)?.push(s);
    const main = own.filter(isMain).at(-1);
    if (main) focus = main;
    // A sentence naming a trip's leader (陈丽艳一行考察了…) is that trip's, whatever is in focus.
    // …，江阴分别考察了…: a delegation's place doing what delegations do names its trip too.
    const named = mains.filter(
      (t) => [...(leadersOf.get(t) ?? [])].some((n) => s.text.includes(n)) || actsIn(s, t),
    );
    for (const t of named) if (!own.includes(t)) out.get(t)?.push(s);
    if (own.length > 0) continue;
    if (named.length === 0 && focus && continues(s, leadersOf.get(focus) ?? new Set(), focus)) {
      // 市领导A、B分别参加考察: after two groups of one delegation, the sentence is each group's.
      const each = s.tokens.some((t) => t.text === '分别') && officialGroups(s.tokens).length > 0;
      const origin = focus.origin.name;
      for (const t of each ? mains.filter((m) => m.origin.name === origin) : [focus])
        out.get(t)?.push(s);
    }
  }
  return out;
}
