import type { DateSpan } from '../../../src/schemas/date-span';
import type { Person } from '../../../src/schemas/official';
import type { Place, PlaceEntity } from '../../../src/schemas/place';
import type { Visit } from '../../../src/schemas/visit';

/** Make a Place for tests. */
export function place(name: string, extra: Partial<Place> = {}): Place {
  return {
    name,
    level: 'prefecture',
    parent: '江苏省',
    province: '江苏省',
    code: null,
    lat: null,
    lon: null,
    ...extra,
  };
}

/** Make a PlaceEntity for tests. */
export function placeEntity(
  id: string,
  name: string,
  extra: Partial<PlaceEntity> = {},
): PlaceEntity {
  return {
    ...place(name),
    id,
    visitsOut: [],
    visitsIn: [],
    articles: [],
    officials: [],
    url: `/places/${id}/`,
    ...extra,
  };
}

/** Make a DateSpan for tests. */
export function date(start: string | null, extra: Partial<DateSpan> = {}): DateSpan {
  return { start, end: null, text: '', precision: 'day', inferred: false, ...extra };
}

/** Make a Person for tests. */
export function person(name: string, title = '', where: string | null = null): Person {
  return { name, title, place: where };
}

/** Make a Visit for tests. */
export function visit(id: string, extra: Partial<Visit> = {}): Visit {
  return {
    id,
    article: 'a1',
    alsoReportedIn: [],
    delegation: '无锡市党政代表团',
    origin: place('无锡市'),
    leaders: [],
    members: [],
    destinations: [place('南通市')],
    stops: [],
    date: date('2020-09-25'),
    hosts: [],
    sites: [],
    sectors: [],
    mentionedOnly: false,
    evidence: [],
    url: `/visits/${id}/`,
    ...extra,
  };
}
