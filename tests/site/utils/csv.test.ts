import { describe, expect, test } from 'vitest';
import { BOM, csvField, defuseFormula, toCsv } from '../../../src/utils/csv';
import { visitsToCsv } from '../../../src/utils/visits-csv';
import { date, person, place, visit } from './helpers';

describe('[csv] writes CSV for spreadsheets', () => {
  test.each([
    ['昆山市', '昆山市'],
    ['a,b', '"a,b"'],
    ['他说"好"', '"他说""好"""'],
    ['两行\n文字', '"两行\n文字"'],
    [' 前后空格 ', '" 前后空格 "'],
    ['', ''],
  ])('csvField(%j) → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test.each([
    ['--02-27', "'--02-27"],
    ['--03', "'--03"],
    ['=1+1', "'=1+1"],
    ['+86 512', "'+86 512"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['2025-02-27', '2025-02-27'],
    ["it's", "it's"],
    ['a=b', 'a=b'],
    [' =x', ' =x'],
    ['', ''],
  ])('defuseFormula(%j) → %j (OWASP: the cell shows as text)', (value, expected) => {
    expect(defuseFormula(value)).toBe(expected);
  });

  test('a formula-like cell is prefixed, then quoted when it must be', () => {
    expect(toCsv([['=HYPERLINK("http://x","y")', '--02-27', '\rz']])).toBe(
      `${BOM}"'=HYPERLINK(""http://x"",""y"")",'--02-27,"'\rz"\r\n`,
    );
  });

  test('starts with a BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2,3'],
      ]),
    ).toBe(`${BOM}a,b\r\n1,"2,3"\r\n`);
  });

  test('writes one row a visit, lists joined with ；', () => {
    const csv = visitsToCsv([
      visit('wuxi-2020', {
        leaders: [person('黄钦', '无锡市委书记', '无锡市')],
        destinations: [place('南通市'), place('泰州市')],
        date: date('2020-09-25', { end: '2020-09-26', text: '25日……26日', inferred: true }),
        sectors: ['区域合作', '生物医药'],
      }),
    ]);
    const [header, row, rest] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'id,article,alsoReportedIn,delegation,origin,originProvince,originCode,leaders,members,destinations,dateStart,dateEnd,dateText,datePrecision,dateInferred,hosts,sites,sectors,mentionedOnly,url',
    );
    expect(row).toBe(
      'wuxi-2020,a1,,无锡市党政代表团,无锡市,江苏省,,黄钦（无锡市委书记）,,南通市；泰州市,2020-09-25,2020-09-26,25日……26日,day,true,,,区域合作；生物医药,false,/visits/wuxi-2020/',
    );
    expect(rest).toBe('');
  });

  test('a date with an unknown year is written as text, not a number', () => {
    const csv = visitsToCsv([visit('x-2020', { date: date('--02-27', { end: '--02-28' }) })]);
    const row = csv.slice(1).split('\r\n')[1] ?? '';
    expect(row.split(',').slice(10, 12)).toEqual(["'--02-27", "'--02-28"]);
  });
});
