import { describe, expect, test } from 'vitest';
import { findOfficials, mentionRole, type Role } from '../../scripts/extract/officials';
import { resolvePlace } from './place-stub';

const roles = (paragraph: string): [string, Role][] => {
  const mentions = findOfficials([paragraph], resolvePlace);
  return mentions.map((m) => [m.name, mentionRole(paragraph, m, mentions)]);
};

describe('[officials] mentionRole: what an official does in the sentence', () => {
  test.each<[string, [string, Role][]]>([
    ['上周，昆山由市委书记陈丽艳带队，赴广东深圳、东莞开展考察对接。', [['陈丽艳', 'leader']]],
    [
      '无锡市委常委、江阴市委书记许峰，市长王琪率党政企代表团赴上海学习考察。',
      [
        ['许峰', 'leader'],
        ['王琪', 'leader'],
      ],
    ],
    [
      '由南通市委书记徐惠民、市长王晖带队，几乎所有市领导参加的南通党政代表团跨过长江。',
      [
        ['徐惠民', 'leader'],
        ['王晖', 'leader'],
      ],
    ],
    ['由市委书记曹慧泉率领的株洲市党政代表团赴浙江。', [['曹慧泉', 'leader']]],
    ['由无锡市委书记黄钦带队的无锡市党政代表团前往南通。', [['黄钦', 'leader']]],
    ['在市委书记张三的带领下，沛县代表团参观了园区。', [['张三', 'leader']]],
    [
      '吴江区委副书记、区长王国荣，区人大常委会主任钱斌，区政协主席曹雪娟等陪同考察。',
      [
        ['王国荣', 'host'],
        ['钱斌', 'host'],
        ['曹雪娟', 'host'],
      ],
    ],
    [
      '据“昆山发布”，市委书记陈丽艳在与浙江金华市委常委、义乌市委书记叶帮锐会见时说。',
      [
        ['陈丽艳', 'host'],
        ['叶帮锐', 'guest'],
      ],
    ],
    [
      '江阴市委书记许峰会见了仙桃市委书记李四一行。',
      [
        ['许峰', 'host'],
        ['李四', 'leader'],
      ],
    ],
    [
      '受市委书记王伟委托，徐州市委常委、秘书长李明带队赴开封市考察。',
      [
        ['王伟', 'delegate'],
        ['李明', 'leader'],
      ],
    ],
    [
      '启东市领导顾云峰、邵茂华以及相关部门主要负责同志参加考察活动。',
      [
        ['顾云峰', 'member'],
        ['邵茂华', 'member'],
      ],
    ],
    ['徐州市委常委、宣传部部长王五随团考察。', [['王五', 'member']]],
    ['南通市委书记徐惠民这样形容南通与无锡的关系。', [['徐惠民', 'other']]],
    ['泰州市委书记史立军表示，希望两地加强合作。', [['史立军', 'other']]],
  ])('%s', (paragraph, expected) => {
    expect(roles(paragraph)).toEqual(expected);
  });

  test('without the other mentions, a chained official reads only its own sentence', () => {
    const paragraph = '吴江区委副书记、区长王国荣，区人大常委会主任钱斌等陪同考察。';
    const [first, second] = findOfficials([paragraph], resolvePlace);
    expect(first && mentionRole(paragraph, first)).toBe('other');
    expect(second && mentionRole(paragraph, second)).toBe('host');
  });
});
