/** HTML validity: html-validate with the project's .htmlvalidate.json over every page of both builds. */
import { describe, expect, inject, test } from 'vitest';
import { validationErrors } from './static-checks';

describe('html-validate (html-validate:recommended) over dist/', () => {
  test.each([
    ['at the root', inject('siteRoot')],
    ['under /kaochalu/', inject('siteSub')],
  ])(
    '%s: 0 errors',
    async (_, dir) => {
      expect(await validationErrors(dir)).toEqual([]);
    },
    120_000,
  );
});
