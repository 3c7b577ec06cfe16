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

  test('a place of the same sentence claims the bare title (广东省委书记…主持座谈会并讲话，省委副书记、省长…)', () => {
    expect(
      officialsOf(
        [
          '在粤期间，广东省委书记林建华主持座谈会并讲话，省委副书记、省长王振宇介绍广东经济社会发展情况。',
        ],
        '贵州日报',
      ),
    ).toEqual(['林建华:广东省委书记', '王振宇:广东省委副书记、省长']);
  });

  test('a provincial paper’s bare 省委 titles are its province’s (浙江日报)', () => {
    expect(
      officialsOf(
        [
          '5月20日，省委书记易炼红在杭州会见了贵州省委书记徐麟率领的贵州省党政代表团一行。省委副书记、省长王浩参加会见。',
        ],
        '浙江日报',
      ),
    ).toEqual(['易炼红:浙江省委书记', '徐麟:贵州省委书记', '王浩:浙江省委副书记、省长']);
  });
});
