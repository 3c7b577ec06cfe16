import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { repairText } from '../../scripts/pipeline/repair';
import { repairGbkShift } from '../../scripts/pipeline/repair-gbk-shift';
import { repairLatin1Mojibake } from '../../scripts/pipeline/repair-latin1-mojibake';
import { repairUtf8AsGbk } from '../../scripts/pipeline/repair-utf8-as-gbk';

/**
 * Damages `chars` + one ASCII character the way an out-of-step GBK reader does: the first and the
 * last byte become ?, the ASCII character is swallowed, the pairs in between are read across the
 * character boundaries and full-width forms come out narrowed (！ → !).
 */
function shiftDamage(chars: string): string {
  const bytes = iconv.encode(chars, 'gbk');
  const middle = iconv.decode(bytes.subarray(1, -1), 'gbk');
  const narrowed = middle.replace(/[\uff01-\uff5e]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  return `?${narrowed}?`;
}

describe('[repair] out-of-step GBK (gbk-shift)', () => {
  test('the helper reproduces the damage seen in the wild: 海“1 → ?!?', () => {
    expect(shiftDamage('海“')).toBe('?!?');
  });

  test('上?!?+8” is restored from an intact 上海“1+8” in the same text', () => {
    const text = '同屬上?!?+8”大都市圈的核心圈。啟東面臨上海“1+8”大都市圈建設。';
    expect(repairGbkShift(text)).toEqual({
      text: '同屬上海“1+8”大都市圈的核心圈。啟東面臨上海“1+8”大都市圈建設。',
      repairs: [{ from: '上?!?+8”', to: '上海“1+8”' }],
    });
  });

  test.each([
    ['苏州（', '2）号', '苏'],
    ['华社“', '5家', '新'],
    ['江口“', '3个', '长'],
    ['京“', '2+26”', '北'],
  ])('the same damage on %s is repaired too', (chars, after, before) => {
    const [ascii, ...rest] = [...after];
    const suffix = rest.join('');
    const damaged = `${before}${shiftDamage(chars)}${suffix}`;
    const intact = `${before}${chars}${ascii}${suffix}`;
    const text = `甲：${damaged}的事。乙：${intact}的事。`;
    expect(repairGbkShift(text).text).toBe(`甲：${intact}的事。乙：${intact}的事。`);
  });

  test('without an intact copy nothing changes', () => {
    expect(repairGbkShift('同屬上?!?+8”大都市圈。')).toEqual({
      text: '同屬上?!?+8”大都市圈。',
      repairs: [],
    });
  });

  test('with two different intact copies nothing changes (which one is unknown)', () => {
    const text = '上?!?+8”圈。上海“1+8”圈。上海“2+8”圈。';
    expect(repairGbkShift(text).text).toBe(text);
  });

  test.each([
    '看什么?学什么?奔着什么目标而去?',
    '啟東要爭第幾?”“對標蘇南,跟誰來比?”',
    '哪个?这个?',
  ])('real question marks stay: %s', (text) => {
    expect(repairGbkShift(text)).toEqual({ text, repairs: [] });
  });
});

describe('[repair] UTF-8 read as Latin-1 (utf8-as-latin1)', () => {
  test.each([
    ['latin1', '昆山市党政代表团'],
    ['windows-1252', '考察“取经”'],
  ])('UTF-8 shown as %s is decoded back', (encoding, original) => {
    // TextDecoder follows browsers: Windows-1252 bytes with no letter (0x8F in 取) stay C1 controls.
    const mojibake = new TextDecoder(encoding).decode(Buffer.from(original, 'utf8'));
    expect(repairLatin1Mojibake(`（${mojibake}）`)).toEqual({
      text: `（${original}）`,
      repairs: [{ from: mojibake, to: original }],
    });
  });

  test.each(['café Müller', 'São Paulo', 'Ã alone', '“昆山”'])(
    'text that only looks like it stays: %s',
    (text) => {
      expect(repairLatin1Mojibake(text)).toEqual({ text, repairs: [] });
    },
  );
});

describe('[repair] a line of UTF-8 read as GBK (utf8-as-gbk)', () => {
  // What a page shows when its UTF-8 title is read as GBK.
  const asGbk = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');

  test.each(['青山县党政代表团赴江城考察', '市委书记王某率团考察产业园区（二）'])(
    'a whole line is read back: %s',
    (original) => {
      const mojibake = asGbk(original);
      const { text, repairs } = repairUtf8AsGbk(`${mojibake}\n正文第一段。`);
      // A byte GBK could not pair is lost: at most a character, marked.
      expect(text.split('\n')[1]).toBe('正文第一段。');
      const back = text.split('\n')[0] ?? '';
      expect([...back].filter((c, i) => c !== [...original][i]).length).toBeLessThanOrEqual(2);
      expect(back.startsWith(original.slice(0, 4))).toBe(true);
      expect(repairs).toHaveLength(1);
    },
  );

  test.each([
    '东城区党政代表团赴十堰开展对口协作考察',
    '镇村两级干部参加座谈会议并作交流发言',
    'ABC 2024',
  ])('ordinary text stays: %s', (text) => {
    expect(repairUtf8AsGbk(text)).toEqual({ text, repairs: [] });
  });
});

describe('[repair] literal table and the whole stage', () => {
  test.each([
    ['&ldquo;昆山&rdquo;', '“昆山”'],
    ['启东&middot;吴江', '启东·吴江'],
    ['A&amp;B', 'A&B'],
    ['&amp;nbsp;', '&nbsp;'],
    ['昆\u200b山', '昆山'],
    ['昆\ufeff山', '昆山'],
  ])('%j → %j', (input, output) => {
    expect(repairText(input).text).toBe(output);
  });

  test('each distinct repair is listed once', () => {
    expect(repairText('&ldquo;甲&rdquo;与&ldquo;乙&rdquo;').repairs).toEqual([
      { from: '&ldquo;', to: '“' },
      { from: '&rdquo;', to: '”' },
    ]);
  });

  test('clean text passes through with no repairs', () => {
    const text = '上周，昆山由市委书记陈丽艳带队，赴广东深圳、东莞开展考察对接。';
    expect(repairText(text)).toEqual({ text, repairs: [] });
  });
});
