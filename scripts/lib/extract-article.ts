/** Runs the entity extractors over one normalized article and finds its visits. */
import type { Issue, Person, Place } from '../../src/schemas';
import { findArticleDates } from '../extract/dates';
import { findVisits, type VisitDraft } from '../extract/frames/find-visits';
import type { Sentence } from '../extract/frames/sentences';
import { toSentences } from '../extract/frames/sentences';
import type { Tagger } from '../extract/frames/tokens';
import { segmenterDictLines } from '../extract/frames/vocabulary';
import { HOME_REPORT, homeOfHeader, homeOfText, isHostReport } from '../extract/home-place';
import {
  articleOfficials,
  findOfficials,
  findRepeatedNames,
  withVisitPlaces,
} from '../extract/officials';
import { findArticlePlaces, placeResolver, placesNamed } from '../extract/places';
import { tagSectors } from '../extract/sectors';
import type { PlaceMention } from '../extract/types';
import { placesInUrl } from '../extract/url-places';
import { tagVisitSectors } from '../extract/visit-sectors';
import { setUserDict, tag } from './jieba';
import { sectorVocabulary } from './knowledge';

/** What extraction found in one article. */
export interface Extracted {
  /** Places named, each once. */
  places: Place[];
  /** Officials named, each once. */
  officials: Person[];
  /** Sector labels of the whole article. */
  sectors: string[];
  /** Visits found. */
  visits: VisitDraft[];
  /** What could not be resolved. */
  unresolved: Issue[];
}

/** Reports what extraction left open: visits without a leader, dates without a year. */
function unresolvedOf(visits: readonly VisitDraft[]): Issue[] {
  return visits.flatMap((v) => {
    const issues: Issue[] = [];
    const at = v.evidence[0]?.paragraph ?? null;
    const what = `${v.delegation}（${v.destinations.map((d) => d.name).join('、')}）`;
    if (!v.mentionedOnly && v.leaders.length === 0) {
      issues.push({
        kind: 'visit-without-leader',
        message: `考察未找到带队领导：${what}`,
        text: v.delegation,
        paragraph: at,
      });
    }
    if (v.date.start === null || v.date.start.startsWith('--')) {
      issues.push({
        kind: 'date-without-year',
        message: `考察日期缺年份：${what} ${v.date.text}`,
        text: v.date.text,
        paragraph: at,
      });
    }
    return issues;
  });
}

const BYLINE_PARENS = /[（(][^（）()]{0,40}?(?:记者|通讯员|见习记者|摄影|摄)[^（）()]{0,40}[）)]/gu;

/** The mentions of a paragraph outside an official's name and outside a byline in parentheses. */
export function outsideNames<T extends { start: number; end: number }>(
  text: string,
  mentions: readonly T[],
  officials: readonly { name: string }[],
  /** The names of officials read in this paragraph, where they stand (黄平 of 州委秘书长黄平通报). */
  named: readonly { start: number; end: number }[] = [],
): T[] {
  // 本报讯（记者 黄丽 通讯员 杭宣）: the reporters' names, not places.
  const spans: [number, number][] = [...text.matchAll(BYLINE_PARENS)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  for (const o of named) spans.push([o.start, o.end]);
  for (const name of new Set(officials.map((o) => o.name).filter((n) => n.length >= 3)))
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      spans.push([i, i + name.length]);
  return mentions.filter((m) => !spans.some(([s, e]) => s <= m.start && m.end <= e));
}

/** What is known of an article besides its text: headline, outlet, byline, address. */
export interface ArticleHeader {
  outlet: string | null;
  byline: string | null;
  title?: string | null;
  url?: string | null;
}

/** The report's own place: its outlet or byline, else its address where the text agrees, else the text. */
function homeOf(
  header: ArticleHeader,
  paragraphs: readonly string[],
  found: PlaceMention[][],
  named: readonly Place[],
): Place | null {
  const fromHeader = homeOfHeader(
    [header.outlet, header.byline].filter((s): s is string => s !== null),
    findArticlePlaces,
  );
  if (fromHeader) return fromHeader;
  // weihai.tv, …/taixing/…: the address's place, where the text names it or says only 我市.
  const inUrl = placesInUrl(header.url ?? null);
  const says = paragraphs.some((p) => HOME_REPORT.test(p));
  const agreed = inUrl.filter((p) => named.some((n) => n.name === p.name));
  if (agreed.length === 1) return agreed[0] ?? null;
  const text = homeOfText(paragraphs, found, header.title ?? undefined);
  if (text) return text;
  return says && inUrl.length === 1 ? (inUrl[0] ?? null) : null;
}

let dictionaryReady = false;
/** nodejieba with the trigger words as user words (loaded once). */
function tagger(): Tagger {
  if (!dictionaryReady) {
    setUserDict(segmenterDictLines());
    dictionaryReady = true;
  }
  return tag;
}

/** Extracts places, officials, dates, sectors and visits from one article. */
export function extractArticle(
  id: string,
  paragraphs: readonly string[],
  published: string | null,
  header: ArticleHeader,
): Extracted {
  const found = findArticlePlaces(paragraphs);
  const named = placesNamed(found.flat());
  const homePlace = homeOf(header, paragraphs, found, named);
  const headline = header.title ? [header.title] : [];
  const titlePlaces = headline.length
    ? (findArticlePlaces(headline, { seen: named })[0] ?? [])
    : [];
  // A host's own report (来我市考察, in the text or only in its title): its bare titles are the host's.
  const hostReport = isHostReport(
    [...headline, ...paragraphs],
    headline.length ? [titlePlaces, ...found] : found,
    homePlace,
  );
  const headerHome = hostReport ? null : homePlace;
  const officials = findOfficials(paragraphs, placeResolver({ seen: named }), {
    places: found,
    // The outlet's own city (九江日报): its paper writes bare titles for its own officials, even
    // after naming the city visited in an earlier sentence (…赴温州市考察。市委副书记、市长陈立新参加考察).
    homePlace: hostReport ? homePlace : null,
    ownPlace: headerHome,
    // The delegation's own paper (宜宾日报): a bare title no place of the paragraph claims is its city's.
    defaultPlace: headerHome,
  });
  // 海东 of 许海东, 韩国 of 韩国平, 乌兰 of 乌兰图雅: a place inside an official's name is none.
  const repeated = findRepeatedNames(paragraphs, officials);
  const nameSpans = [...officials, ...repeated];
  const places = found.map((mentions, i) =>
    outsideNames(
      paragraphs[i] ?? '',
      mentions,
      officials,
      nameSpans.filter((o) => o.paragraph === i),
    ),
  );
  const dates = findArticleDates(paragraphs, published);
  const texts = paragraphs.map((text, i) => ({
    text,
    places: places[i] ?? [],
    officials: [...officials, ...repeated].filter((o) => o.paragraph === i),
    dates: dates[i] ?? [],
  }));
  const title = headline[0]
    ? { text: headline[0], places: titlePlaces, officials: [], dates: [] }
    : null;
  const sentences = toSentences(title, texts, tagger());
  const { visits, unrecognised } = findVisits(
    { id, published, sentences, homePlace, hostReport, paragraphs },
    { tagSectors: (t, party) => tagVisitSectors(t, sectorVocabulary, { party }) },
  );
  return {
    places: placesNamed(places.flat().filter((m) => m.via !== 'abbreviation')),
    officials: withVisitPlaces(
      articleOfficials(officials),
      visits.flatMap((v) => [...v.leaders, ...v.members, ...v.hosts]),
    ),
    sectors: tagSectors(paragraphs, sectorVocabulary),
    visits,
    unresolved: [...unresolvedOf(visits), ...unrecognisedOf(visits, unrecognised)],
  };
}

/** An article that speaks of a trip but gives no visit: each such sentence, for the report. */
function unrecognisedOf(visits: readonly VisitDraft[], sentences: readonly Sentence[]): Issue[] {
  if (visits.length > 0) return [];
  return sentences
    .filter((s) => s.paragraph >= 0)
    .map((s) => ({
      kind: 'visit-unrecognised',
      message: `有考察报道的句子，但未能识别出考察（出发地、目的地不明）：${s.text}`,
      text: s.text,
      paragraph: s.paragraph,
    }));
}
