import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../scripts/lib/extract-article';

const officialsOf = (paragraphs: string[], outlet: string | null) =>
  extractArticle('test', paragraphs, '2024-03-08', { outlet, byline: null }).officials.map(
    (o) => `${o.name}:${o.title}`,
  );

describe('[officials] the delegation’s own paper writes bare titles for its own city', () => {
  const text = [
    '3月5日至7日，市委书记张三率九江市党政代表团赴浙江省温州市学习考察。市委副书记、市长李四，市委常委、秘书长王五参加考察。',
    '在座谈会上，温州市委书记赵六介绍了温州经济社会发展情况。',
  ];

  test('a bare title after the host city is named is still the outlet’s city', () => {
    expect(officialsOf(text, '九江日报')).toEqual([
      '张三:九江市委书记',
      '李四:九江市委副书记、市长',
      '王五:九江市委常委、秘书长',
      '赵六:温州市委书记',
    ]);
  });

  test('a bare title right after a host official’s name continues that official’s city', () => {
    expect(
      officialsOf(
        [
          '3月6日，市委书记张三率九江市党政代表团赴温州市考察。温州市委书记赵六，市长钱七陪同考察。',
        ],
        '九江日报',
      ),
    ).toEqual(['张三:九江市委书记', '赵六:温州市委书记', '钱七:温州市市长']);
  });
});
