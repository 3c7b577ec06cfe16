/** Runs the entity extractors over one normalized article and finds its visits. */
import type { Issue, Person, Place } from '../../src/schemas';
import { findArticleDates } from '../extract/dates';
import { HOME_REPORT, homeOfHeader, homeOfText } from '../extract/home-place';
import { articleOfficials, findOfficials, withVisitPlaces } from '../extract/officials';
import { findArticlePlaces, placeResolver, placesNamed } from '../extract/places';
import { tagSectors } from '../extract/sectors';
import { tagVisitSectors } from '../extract/visit-sectors';
import type { ArticleContext } from '../extract/visits/context';
import { findVisits, type VisitDraft } from '../extract/visits/find-visits';
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
): T[] {
  // 本报讯（记者 黄丽 通讯员 杭宣）: the reporters' names, not places.
  const spans: [number, number][] = [...text.matchAll(BYLINE_PARENS)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  for (const name of new Set(officials.map((o) => o.name).filter((n) => n.length >= 3)))
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
      spans.push([i, i + name.length]);
  return mentions.filter((m) => !spans.some(([s, e]) => s <= m.start && m.end <= e));
}

/** Extracts places, officials, dates, sectors and visits from one article. */
export function extractArticle(
  id: string,
  paragraphs: readonly string[],
  published: string | null,
  header: { outlet: string | null; byline: string | null; title?: string | null },
): Extracted {
  const found = findArticlePlaces(paragraphs);
  const named = placesNamed(found.flat());
  const headerHome = homeOfHeader(
    [header.outlet, header.byline].filter((s): s is string => s !== null),
    findArticlePlaces,
  );
  // A host city's own report (来我市考察, in the text or only in its title): its bare titles are the host city's.
  const headline = header.title ? [header.title] : [];
  const hostReport = [...headline, ...paragraphs].some((p) => HOME_REPORT.test(p));
  const homePlace = headerHome ?? homeOfText(paragraphs, found, headline[0]);
  const officials = findOfficials(paragraphs, placeResolver({ seen: named }), {
    places: found,
    // The outlet's own city (九江日报): its paper writes bare titles for its own officials, even
    // after naming the city visited in an earlier sentence (…赴温州市考察。市委副书记、市长陈立新参加考察).
    homePlace: hostReport ? homePlace : null,
    ownPlace: hostReport ? null : headerHome,
    // The delegation's own paper (宜宾日报): a bare title no place of the paragraph claims is its city's.
    defaultPlace: hostReport ? null : homePlace,
  });
  // 海东 of 许海东, 韩国 of 韩国平, 乌兰 of 乌兰图雅: a place inside an official's name is none.
  const places = found.map((mentions, i) => outsideNames(paragraphs[i] ?? '', mentions, officials));
  const ctx: ArticleContext = {
    id,
    paragraphs: [...paragraphs],
    published,
    places,
    officials,
    dates: findArticleDates(paragraphs, published),
    homePlace,
    homeReport: hostReport,
  };
  const visits = findVisits(ctx, {
    tagSectors: (texts, party) => tagVisitSectors(texts, sectorVocabulary, { party }),
  });
  return {
    places: placesNamed(places.flat()),
    officials: withVisitPlaces(
      articleOfficials(officials),
      visits.flatMap((v) => [...v.leaders, ...v.members]),
    ),
    sectors: tagSectors(paragraphs, sectorVocabulary),
    visits,
    unresolved: unresolvedOf(visits),
  };
}
