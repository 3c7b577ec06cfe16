import type { Article } from '../schemas/article';
import type { Visit } from '../schemas/visit';
import { safeExternalUrl } from './external-url';
import { visitTitle } from './visit-title';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/**
 * Serialize JSON-LD for a `<script type="application/ld+json">`: `<`, `>`, `&` and the line
 * separators are escaped, so text from an article can never close the script element.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Drop keys whose value is null or undefined. */
const compact = (o: JsonLd): JsonLd =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

/** Describe an article as a schema.org NewsArticle. */
export function articleJsonLd(article: Article, canonical: string): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    alternativeHeadline: article.originalTitle,
    datePublished: article.published,
    author: article.byline ? { '@type': 'Person', name: article.byline } : null,
    publisher: article.outlet ? { '@type': 'Organization', name: article.outlet } : null,
    inLanguage: 'zh-CN',
    url: canonical,
    isBasedOn: safeExternalUrl(article.sourceUrl),
    contentLocation: article.places.map((p) => ({ '@type': 'Place', name: p.name })),
  });
}

/** Describe a visit as a schema.org Event; dates only when their year is known. */
export function visitJsonLd(visit: Visit, canonical: string): JsonLd {
  const known = (iso: string | null) => (iso && !iso.startsWith('--') ? iso : null);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: visitTitle(visit),
    startDate: known(visit.date.start),
    endDate: known(visit.date.end),
    location: visit.destinations.map((p) => ({ '@type': 'Place', name: p.name })),
    organizer: { '@type': 'GovernmentOrganization', name: visit.delegation },
    attendee: visit.leaders.map((p) => ({ '@type': 'Person', name: p.name, jobTitle: p.title })),
    inLanguage: 'zh-CN',
    url: canonical,
  });
}
