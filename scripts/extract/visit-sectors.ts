/**
 * Sectors of one visit, weighed by where their keywords stand in the visit's passages (every
 * keyword anywhere would tag a long report with a passing 纺织 or 乡村 in a list of the host's
 * achievements). What the delegation went to see or learn is told in a few places: a heading, the
 * lead sentence that sends it (赴某市考察，深化两地交流合作), the list of fields a trip sentence names
 * (学习两地在科技创新、文旅融合等方面的经验；了解数字经济发展情况；尤其关注人工智能),
 * the sentence that tells a visit (代表团来到某公司), the one right after it that describes what was
 * seen (这家公司生产……), and the main subject of a numbered section (看点1：……, 3. ……), one section
 * per stop or lesson. The rest of a paragraph that tells a visit counts a little; commentary in
 * paragraphs that tell no visit counts for nothing. A sector is kept when its evidence, summed
 * over the distinct sentences that name it, reaches a threshold; when none does, the
 * best-supported one (or two, tied) is kept.
 */
import { findSectorHits, type SectorVocabulary } from './sectors';

/** How a stretch of a visit's passages speaks of the trip, strongest first. */
export type Role = 'heading' | 'focus' | 'visit' | 'seen' | 'context' | 'section' | 'aside';

/** Weights of the roles, and of being the topic of a numbered section (`topic`). */
export type Weights = Readonly<Record<Role | 'topic', number>>;

/** One sentence of the passages with its role and the span of its list of fields, if any. */
export interface RoledSentence {
  /** Index of its passage. */
  passage: number;
  /** The sentence. */
  text: string;
  /** How it speaks of the trip. */
  role: Role;
  /** Index of the numbered section (看点1：……) it belongs to, or null. */
  section: number | null;
  /** The lists of fields of a trip sentence ([start, end) in `text`): keywords there are `focus`. */
  focus: readonly (readonly [number, number])[];
}

/** Evidence of one sector. */
export interface SectorEvidence {
  /** Sum over the distinct sentences that name it of their strongest role's weight. */
  score: number;
  /** How many sentences name it. */
  sentences: number;
}

/** Options of tagVisitSectors. */
export interface VisitSectorOptions {
  /** Weight of each role (default ROLE_WEIGHT). */
  weights?: Weights;
  /** Evidence a sector needs to be kept (default 3: a heading or a list of fields, or a visit and more). */
  threshold?: number;
  /** How many of the best sectors are kept when none reaches the threshold (default 2). */
  fallback?: number;
  /** Names of the delegation besides 代表团 and the like: its place's short name, its leaders. */
  party?: readonly string[];
}

/** Weight of a keyword by the role of where it stands; `topic` is added once per section. */
export const ROLE_WEIGHT: Weights = {
  heading: 3,
  focus: 3,
  topic: 3,
  visit: 2,
  seen: 3,
  context: 1,
  section: 0,
  aside: 0,
};

// Verbs of seeing and learning on a trip (交流 is left out: 交流合作 names a topic, not a visit).
const VISIT =
  /考察|参观|走进|走入|走访|来到|调研|观摩|察看|了解|询问|学习|借鉴|取经|座谈|感受|听取|签署|签订/gu;
// Words that name the delegation as the subject.
const PARTY = /代表团|考察团|一行|此行|此次|这次|率队|带队|率领|陪同|记者|大家/u;
// How far into a clause a verb without a subject of its own may stand (考察该公司时, 书记在走入车间).
const LEAD_IN = 5;
// A list of fields closes with what was learned of them: 在A、B等方面, 了解A和B发展情况, 考察A工作.
const LIST_END =
  /(?:等(?:诸多|多个|重点|\d+个)?)?(?:方面|领域|情况|工作|经验|做法)|等(?:产业|行业)/gu;
// ... and opens after a verb of learning, 在, or (with 等) the clause's start; or after 聚焦、关注 to the clause's end.
const LIST_CUE = /聚焦|关注|涉及|涵盖|围绕/gu;
// A trip's lead sentence: the delegation goes (赴、前往) to see or learn; all of it says what for.
const SENDS = /(?:赴|前往)[^，。；]{0,30}?(?:考察|学习|调研|取经)/u;
// A numbered heading opens the account of one stop or lesson (看点1：, 第二站, 3. , 三、, （二）).
const NUMBERED =
  /^(?:看点|亮点|第[一二三四五六七八九十\d]+[站点个]|[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])/u;

// A label inside a section: 【记笔记】, 【链接】.
const LABEL = /^【[^】]{1,8}】$/u;

/**
 * True for a heading: a short line that ends without a stop, colon or question mark (看点2：某某
 * 创新区), or any short numbered line (3. 如何推动传统产业转型？). 一个内陆县城，为何能……？ is a sentence.
 */
export function isHeadingLine(text: string): boolean {
  if (text.length > 32 || /[。；]./u.test(text)) return false;
  return NUMBERED.test(text) || !/[。；，：？！?!:]$/u.test(text);
}

/**
 * True when a sentence tells the delegation seeing or learning: a visiting verb in a sentence that
 * names the delegation, or at the head of its clause (走进某村，……), its subject left out.
 */
export function tellsVisit(sentence: string, names: readonly string[] = []): boolean {
  const party = PARTY.test(sentence) || names.some((n) => n.length >= 2 && sentence.includes(n));
  for (const m of sentence.matchAll(VISIT)) {
    const before = sentence.slice(0, m.index);
    const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf('：')) + 1;
    if (party || m.index - clauseStart <= LEAD_IN) return true;
  }
  return false;
}

/** The spans of the lists of fields a trip sentence names. */
export function fieldLists(sentence: string): [number, number][] {
  let previous = 0; // a list does not reach back over the end of another (等方面的经验)
  const ends = [...sentence.matchAll(LIST_END)].flatMap((m): [number, number][] => {
    const before = sentence.slice(0, m.index);
    const clause = Math.max(before.lastIndexOf('，') + 1, before.lastIndexOf('：') + 1, previous);
    previous = m.index + m[0].length;
    const verbs = [...before.slice(clause).matchAll(VISIT)].map(
      (v) => clause + v.index + v[0].length,
    );
    const opener = Math.max(before.lastIndexOf('在') + 1, ...verbs);
    if (opener > clause) return [[opener, m.index]];
    return m[0].startsWith('等') ? [[clause, m.index]] : [];
  });
  const cues = [...sentence.matchAll(LIST_CUE)].map((m): [number, number] => {
    const from = m.index + m[0].length;
    const stop = sentence.slice(from).search(/[，。；！？]/u);
    return [from, stop < 0 ? sentence.length : from + stop];
  });
  return [...ends, ...cues];
}

/** Splits the passages into sentences and gives each its role. */
export function sentenceRoles(
  passages: readonly string[],
  party: readonly string[] = [],
): RoledSentence[] {
  let section: number | null = null;
  return passages.flatMap((text, passage) => {
    const sentences = text.match(/[^。！？!?]+[。！？!?]*/gu) ?? [];
    if (isHeadingLine(text)) {
      // A numbered heading opens a section, another heading ends it; a label (【记笔记】) does neither.
      if (!LABEL.test(text)) section = NUMBERED.test(text) ? passage : null;
      return sentences.map(
        (s): RoledSentence => ({ passage, text: s, role: 'heading', section, focus: [] }),
      );
    }
    const visits = sentences.map((s) => tellsVisit(s, party));
    const floor: Role = visits.some(Boolean) ? 'context' : section === null ? 'aside' : 'section';
    return sentences.map((s, k): RoledSentence => {
      if (visits[k]) {
        // The sentence that sends the delegation (赴……考察) says what the whole trip is for.
        const focus: [number, number][] = SENDS.test(s) ? [[0, s.length]] : fieldLists(s);
        return { passage, text: s, role: 'visit', section, focus };
      }
      const role = k > 0 && visits[k - 1] ? 'seen' : floor;
      return { passage, text: s, role, section, focus: [] };
    });
  });
}

/** Evidence of each sector named in the passages. */
export function sectorEvidence(
  passages: readonly string[],
  vocabulary: SectorVocabulary,
  weights: Weights = ROLE_WEIGHT,
  party: readonly string[] = [],
): Map<string, SectorEvidence> {
  const evidence = new Map<string, SectorEvidence>();
  const add = (label: string, weight: number, sentences: number) => {
    const known = evidence.get(label) ?? { score: 0, sentences: 0 };
    evidence.set(label, { score: known.score + weight, sentences: known.sentences + sentences });
  };
  // Sentences naming each sector in each numbered section.
  const sections = new Map<number, Map<string, number>>();
  for (const sentence of sentenceRoles(passages, party)) {
    const best = new Map<string, number>();
    for (const hit of findSectorHits(sentence.text, vocabulary)) {
      const listed = sentence.focus.some(([from, to]) => hit.start >= from && hit.end <= to);
      const role = listed ? 'focus' : sentence.role;
      best.set(hit.label, Math.max(best.get(hit.label) ?? 0, weights[role]));
    }
    for (const [label, weight] of best) add(label, weight, 1);
    if (sentence.section === null) continue;
    const counts = sections.get(sentence.section) ?? new Map<string, number>();
    for (const label of best.keys()) counts.set(label, (counts.get(label) ?? 0) + 1);
    sections.set(sentence.section, counts);
  }
  // A section's topics: the sectors named in more than half as many of its sentences as the most named.
  for (const counts of sections.values()) {
    const most = Math.max(...counts.values());
    for (const [label, n] of counts) if (n >= 2 && n * 2 > most) add(label, weights.topic, 0);
  }
  return evidence;
}

/** The sectors of a visit, in vocabulary order, from the passages that report it. */
export function tagVisitSectors(
  passages: readonly string[],
  vocabulary: SectorVocabulary,
  options: VisitSectorOptions = {},
): string[] {
  const evidence = [...sectorEvidence(passages, vocabulary, options.weights, options.party)];
  const threshold = options.threshold ?? 3;
  let kept = evidence.filter(([, e]) => e.score >= threshold);
  if (kept.length === 0) {
    // Nothing stands out: the best-supported one or two (tied), by evidence then by mentions.
    const order = (a: SectorEvidence, b: SectorEvidence) =>
      b.score - a.score || b.sentences - a.sentences;
    const ranked = evidence.sort(([, a], [, b]) => order(a, b));
    const top = ranked[0]?.[1];
    kept = ranked.slice(0, options.fallback ?? 2).filter(([, e]) => top && order(e, top) === 0);
  }
  const labels = new Set(kept.map(([label]) => label));
  return vocabulary.sectors.map((s) => s.label).filter((label) => labels.has(label));
}
