import { describe, expect, test } from 'vitest';
import { serializeJsonLd, visitJsonLd } from '../../../src/utils/json-ld';
import { date, person, place, visit } from './helpers';

describe('[json-ld] describes pages for search engines', () => {
  test('escapes what could close the script element', () => {
    expect(serializeJsonLd({ name: '</script><b>&' })).toBe(
      '{"name":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}',
    );
    expect(JSON.parse(serializeJsonLd({ name: '</script>' }))).toEqual({ name: '</script>' });
  });

  test('a visit is an Event, with dates only when the year is known', () => {
    const ld = visitJsonLd(
      visit('v', {
        destinations: [place('吴江区')],
        date: date('--02-27'),
        leaders: [person('杨中坚', '启东市委书记')],
      }),
      'https://example.org/visits/v/',
    );
    expect(ld).toMatchObject({ '@type': 'Event', name: '无锡市党政代表团赴吴江区' });
    expect(ld).not.toHaveProperty('startDate');
    expect(visitJsonLd(visit('v'), 'x')).toMatchObject({ startDate: '2020-09-25' });
  });
});
