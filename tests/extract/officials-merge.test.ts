import { describe, expect, test } from 'vitest';
import type { ReportedOfficial } from '../../scripts/extract/merge-officials';
import {
  articleOfficials,
  findOfficials,
  findRepeatedNames,
  mergeOfficials,
} from '../../scripts/extract/officials';
import { resolvePlace } from './place-stub';

const report = (
  name: string,
  title: string,
  place: string | null,
  article: string,
  date: string | null,
) => ({ name, title, place, article, date }) satisfies ReportedOfficial;

describe('[officials] mergeOfficials: one person across articles', () => {
  test('same name and place: one official with both reports, oldest first', () => {
    const merged = mergeOfficials([
      report('徐惠民', '南通市委书记', '南通市', '001', '2020-09'),
      report('徐惠民', '南通市委书记', '南通市', '003', '2020-04-12'),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.titles.map((t) => t.article)).toEqual(['003', '001']);
    expect(merged[0]).toMatchObject({ title: '南通市委书记', place: '南通市' });
  });

  test('a new post whose title names the old place is the same person; the latest title wins', () => {
    const merged = mergeOfficials([
      report('许峰', '无锡市副市长', '无锡市', 'a', '2021'),
      report('许峰', '无锡市委常委、江阴市委书记', '江阴市', 'b', '2025'),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ title: '无锡市委常委、江阴市委书记', place: '江阴市' });
  });

  test('same name in unrelated places: two people', () => {
    const merged = mergeOfficials([
      report('王伟', '徐州市委书记', '徐州市', 'a', '2024'),
      report('王伟', '兰考县委书记', '兰考县', 'b', '2024'),
    ]);
    expect(merged.map((m) => m.title)).toEqual(['徐州市委书记', '兰考县委书记']);
  });

  test.each<[string | null, string, number]>([
    [null, '枫源村党总支书记、村委会主任', 1],
    [null, '村委会主任', 2],
  ])('an unresolved place merges only on the same title (%s, %s)', (placeName, title, count) => {
    const merged = mergeOfficials([
      report('骆根土', '枫源村党总支书记、村委会主任', null, 'a', '2023-11'),
      report('骆根土', title, placeName, 'b', null),
    ]);
    expect(merged).toHaveLength(count);
  });

  test('a report that fits two groups joins them', () => {
    const merged = mergeOfficials([
      report('张三', '江阴市市长', '江阴市', 'a', '2020'),
      report('张三', '无锡市副市长', '无锡市', 'b', '2022'),
      report('张三', '无锡市委常委、江阴市委书记', '江阴市', 'c', '2024'),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.titles).toHaveLength(3);
  });

  test('the same report twice is kept once; undated reports sort last', () => {
    const merged = mergeOfficials([
      report('杨中坚', '启东市委书记', '启东市', '004', null),
      report('杨中坚', '启东市委书记', '启东市', '004', null),
      report('杨中坚', '启东市委书记', '启东市', '009', '2023-05'),
    ]);
    expect(merged[0]?.titles.map((t) => t.article)).toEqual(['009', '004']);
    expect(merged[0]?.title).toBe('启东市委书记');
  });
});

describe('[officials] articleOfficials and findRepeatedNames', () => {
  const paragraphs = [
    '昆山市委书记陈丽艳（中）在深圳考察',
    '上周，昆山由市委书记陈丽艳带队赴深圳。',
    '陈丽艳表示，昆山正加快推动科技创新。据报道，陈丽艳一行考察了华润集团。',
    '吴江区委副书记、区长王国荣陪同。王国荣代表吴江区委区政府表示欢迎。王国有说。',
  ];
  const mentions = findOfficials(paragraphs, resolvePlace);

  test('one person an article, in order of first mention', () => {
    expect(articleOfficials(mentions)).toEqual([
      { name: '陈丽艳', title: '昆山市委书记', place: '昆山市' },
      { name: '王国荣', title: '吴江区委副书记、区长', place: '吴江区' },
    ]);
  });

  test('later mentions by name alone carry the title', () => {
    const again = findRepeatedNames(paragraphs, mentions);
    expect(again.map((m) => [m.name, m.paragraph, m.start, m.title])).toEqual([
      ['陈丽艳', 2, 0, '昆山市委书记'],
      ['陈丽艳', 2, 22, '昆山市委书记'],
      ['王国荣', 3, 16, '吴江区委副书记、区长'],
    ]);
  });

  test('a name alone has no title before it: its title starts where the name does', () => {
    const again = findRepeatedNames(paragraphs, mentions);
    expect(again.every((m) => m.titleStart === m.start)).toBe(true);
  });
});
