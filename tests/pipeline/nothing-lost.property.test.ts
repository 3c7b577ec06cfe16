/**
 * Property-based tests (fast-check) over the normalization stages: whatever the input, the output
 * holds no control or invisible character, and every visible character of the input is accounted
 * for: kept (perhaps made half-width), or listed as removed; nothing is lost silently.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { UnreadableError } from '../../scripts/pipeline/decode';
import { foldWidth } from '../../scripts/pipeline/fold-width';
import { normalize } from '../../scripts/pipeline/normalize';
import { INVISIBLE, stripInvisible } from '../../scripts/pipeline/strip-invisible';
import { hanOf } from '../robustness/nothing-lost';

/** Pieces of hostile text: Han (both scripts, one outside the BMP), Latin, full-width, marks, invisibles, controls. */
const PIECES = [
  ...'昆山市党政代表团赴深圳学习考察書記團長參觀𠀀',
  ...'abcXYZ0123456789',
  ...'０１２３ＧＤＰａｚ．－：／％',
  ...'，。：；？！（）“”、?!,:;()·…—',
  ...'\u200b\u200c\u200d\u2060\ufeff\u202a\u202e\u2066\u2069\u200e\u061c\u00ad\u3164\ufe0f',
  ...'\u0000\u0001\u0007\u001b\u007f\u0085\u0090\u2028\u2029\f\v',
  ' ',
  '\u3000',
  '\u00a0',
  '\t',
  '\n',
  '\r\n',
  '(tuán)',
  '来源：',
  '记者 ',
  '责任编辑：',
  '&nbsp;',
  '&amp;',
  '😀',
];

/** Text made of hostile pieces, or any string of UTF-16 code units (lone surrogates included). */
const hostileText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
);

/** Visible characters of a text, in order: no whitespace, nothing invisible. */
const visible = (s: string): string[] =>
  [...s].filter((c) => !/\s/u.test(c) && !new RegExp(INVISIBLE.source, 'u').test(c));

/** A character as folding reads it: full-width digits, letters and number marks half-width. */
const canon = (c: string): string =>
  /[０-９Ａ-Ｚａ-ｚ．－：／％]/u.test(c)
    ? String.fromCharCode((c.codePointAt(0) ?? 0) - 0xfee0)
    : c;

const PROPERTY_RUNS = { numRuns: 300 };

/** Han characters of a text, counted by code point (a conversion may give one outside the BMP). */
const hanCount = (s: string): number => s.match(/\p{Script=Han}/gu)?.length ?? 0;

describe('[nothing lost] the cleaning stages, any input', () => {
  test('stripInvisible: no invisible character left; the visible ones all kept, in order; the rest counted', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        const { text, removed } = stripInvisible(input);
        expect(text.match(INVISIBLE)).toBeNull();
        expect(visible(text)).toEqual(visible(input));
        const invisible = [...input].filter((c) => new RegExp(INVISIBLE.source, 'u').test(c));
        expect(removed.reduce((n, r) => n + r.count, 0)).toBe(invisible.length);
      }),
      PROPERTY_RUNS,
    );
  });

  test('foldWidth: every character kept, only made half-width', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        const clean = stripInvisible(input).text;
        expect(visible(foldWidth(clean).text).map(canon)).toEqual(visible(clean).map(canon));
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('[nothing lost] the whole normalization, any input', () => {
  test('no invisible character in any field; every Han character of the input is in the output', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        let n: ReturnType<typeof normalize>;
        try {
          n = normalize({ id: 'x', bytes: Buffer.from(input) });
        } catch (error) {
          // Refused, with its reason (empty, whitespace only, binary): reported, not lost.
          expect(error).toBeInstanceOf(UnreadableError);
          return;
        }
        const fields = [
          n.original,
          n.title ?? '',
          n.originalTitle ?? '',
          n.outlet ?? '',
          n.byline ?? '',
          ...n.editors,
          ...n.paragraphs,
          ...n.boilerplate,
        ];
        for (const field of fields) expect(field.match(INVISIBLE)).toBeNull();
        // The text as it came (NFC), less its invisible characters: the 原文 view keeps every Han one.
        const decoded = Buffer.from(input).toString('utf8').normalize('NFC');
        expect(hanOf(n.original)).toBe(hanOf(decoded));
        // The headline is a line of the text taken out of the body; header lines stay in boilerplate.
        const out = [n.title ?? '', ...n.paragraphs, ...n.boilerplate].join('');
        const repaired = n.repairs.reduce(
          (sum, r) =>
            sum + (n.original.split(r.from).length - 1) * (hanCount(r.to) - hanCount(r.from)),
          0,
        );
        expect(hanCount(out)).toBe(hanCount(n.original) + repaired);
      }),
      { numRuns: Number(process.env.KCL_PROPERTY_RUNS ?? 200) },
    );
  }, 120_000);
});
