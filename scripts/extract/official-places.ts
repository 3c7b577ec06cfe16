/** Places named in a paragraph, for giving a bare title (市委书记, 区长) the place it belongs to. */
import type { Place } from '../../src/schemas';
import type { PlaceMention, PlaceResolver } from './types';

/** A place named at some offset, resolved or (for a village or town the gazetteer lacks) only named. */
export interface ContextPlace {
  /** Offset of the first character. */
  start: number;
  /** Offset after it. */
  end: number;
  /** Name for a title: the resolved place's full name, the written form before an office (恩施州), or the text's (枫源村). */
  name: string;
  /** The place, or null when it could not be resolved. */
  place: Place | null;
}

const han = /^\p{Script=Han}+$/u;
// Towns, villages and 街道 after a larger place or a verb of arriving (绍兴市枫桥镇枫源村, 走进XX村).
const smallPlace =
  /(?<=[省市区县旗镇乡]|走进|来到|到|在|赴)([^\P{Script=Han}的在与和及由了是]{2,3}?)(街道|社区|镇|乡|村)(?![民里])/gu;
// A place after the title counts only as the delegation's own: 由市委书记曹慧泉率领的|株洲市|党政代表团.
const ownsDelegation = /^(?:党政企?|经贸|考察)?(?:代表团|考察团)/u;

function withSmallPlaces(paragraph: string, found: ContextPlace[]): ContextPlace[] {
  const overlaps = (s: number, e: number) => found.some((p) => s < p.end && p.start < e);
  const small = [...paragraph.matchAll(smallPlace)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0], place: null }))
    .filter((p) => !overlaps(p.start, p.end));
  return [...found, ...small].sort((a, b) => a.start - b.start);
}

/** Finds places in a paragraph by trying the resolver on the longest runs first, plus towns and villages. */
export function scanPlaces(paragraph: string, resolve: PlaceResolver): ContextPlace[] {
  const found: ContextPlace[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    for (let w = Math.min(7, paragraph.length - i); w >= 2; w--) {
      const surface = paragraph.slice(i, i + w);
      const place = han.test(surface) ? resolve(surface) : null;
      if (place) {
        found.push({ start: i, end: i + w, name: place.name, place });
        i += w - 1;
        break;
      }
    }
  }
  return withSmallPlaces(paragraph, found);
}

/** Turns the place finder's mentions (one place each) into context places, plus towns and villages. */
export function fromMentions(paragraph: string, mentions: readonly PlaceMention[]): ContextPlace[] {
  const found = mentions.flatMap((m) => {
    const [place, ...more] = m.places;
    return place && more.length === 0
      ? [{ start: m.start, end: m.end, name: place.name, place }]
      : [];
  });
  return withSmallPlaces(paragraph, found);
}

// The words between a bare title and a delegation's place when the titled person leads it, and
// words that say the person receives it instead.
const LEADS_TO = /^[^。；！？]*(?:率|带领|带队)[^，。；！？]{0,3}$/u;
const RECEIVES = /会见|会谈|接待|陪同|欢迎|看望|座谈|迎接/u;

/** Picks the place of a level for a title at `at`: the nearest before it, else the delegation's named after it. */
export function nearestPlace(
  places: readonly ContextPlace[],
  level: string,
  at: number,
  paragraph: string,
): ContextPlace | null {
  const fits = places.filter((p) => p.name.endsWith(level));
  const before = fits.filter((p) => p.end <= at).at(-1);
  // In the same clause, or 市委书记李某，市委副书记、市长王某率遵义市党政代表团: the leaders listed before 率 lead it.
  const leads = (p: ContextPlace) => {
    const between = paragraph.slice(at, p.start);
    return (!/[，。；！？]/u.test(between) || LEADS_TO.test(between)) && !RECEIVES.test(between);
  };
  const after = fits.find(
    (p) => p.start >= at && leads(p) && ownsDelegation.test(paragraph.slice(p.end)),
  );
  return before ?? after ?? null;
}
