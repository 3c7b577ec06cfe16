import { describe, expect, test } from 'vitest';
import {
  articleOfficials,
  findOfficials,
  mentionRole,
  type Role,
} from '../../scripts/extract/officials';
import { readGold, SEED_IDS } from './gold';
import { resolvePlace } from './place-stub';
import { seedParagraphs } from './seed-text';

describe('[officials] on the seed articles, against the gold', () => {
  test.each(SEED_IDS)('%s: every gold official with the gold title, nothing else', (id) => {
    const gold = readGold(id);
    const found = articleOfficials(findOfficials(seedParagraphs(id), resolvePlace));
    const key = (p: { name: string; title: string }) => `${p.name} ${p.title}`;
    expect(found.map(key).sort()).toEqual(gold.officials.map(key).sort());
  });

  // What a reader of each sentence says the official does in it: 率/带队 leads, 陪同 hosts, 与X会见
  // makes X the guest, and a remark (表示, 说, 形容, 指出) is neither. One row a sentence, so a
  // person who leads in one sentence and speaks in another is checked in each.
  test.each<[string, string, string, Role]>([
    ['000_a21bf360e6243a78', '昆山由市委书记陈丽艳带队', '陈丽艳', 'leader'],
    ['000_a21bf360e6243a78', '江阴市委书记许峰，市长王琪率', '许峰', 'leader'],
    ['000_a21bf360e6243a78', '市长王琪率党政企代表团', '王琪', 'leader'],
    ['000_a21bf360e6243a78', '陈丽艳率队赴深圳', '陈丽艳', 'leader'],
    ['000_a21bf360e6243a78', '义乌市委书记叶帮锐会见时说', '叶帮锐', 'guest'],
    // 义乌's secretary came to 昆山 (the gold's 义乌 → 昆山 visit): she received him.
    ['000_a21bf360e6243a78', '市委书记陈丽艳在与浙江金华市委常委', '陈丽艳', 'host'],
    ['001_2a6d1cd1923ea9e9', '由无锡市委书记黄钦带队', '黄钦', 'leader'],
    ['001_2a6d1cd1923ea9e9', '南通市委书记徐惠民这样形容', '徐惠民', 'other'],
    ['001_2a6d1cd1923ea9e9', '泰州市委书记史立军表示', '史立军', 'other'],
    ['002_cb28012656704f36', '由市委书记曹慧泉率领', '曹慧泉', 'leader'],
    ['002_cb28012656704f36', '村委会主任骆根土说', '骆根土', 'other'],
    ['002_cb28012656704f36', '合肥市委书记虞爱华认为', '虞爱华', 'other'],
    ['003_5da4af16118beb8c', '由南通市委书记徐惠民、市长王晖带队', '徐惠民', 'leader'],
    ['003_5da4af16118beb8c', '由南通市委书记徐惠民、市长王晖带队', '王晖', 'leader'],
    ['003_5da4af16118beb8c', '泰州市委书记史立军开门见山地指出', '史立军', 'other'],
    ['004_87b5ec8879539d45', '启东市委书记杨中坚，启东市委副书记、市长蔡毅率', '杨中坚', 'leader'],
    ['004_87b5ec8879539d45', '市长蔡毅率启东市', '蔡毅', 'leader'],
    [
      '004_87b5ec8879539d45',
      '区长王国荣，区人大常委会主任钱斌，区政协主席曹雪娟等陪同考察',
      '王国荣',
      'host',
    ],
    ['004_87b5ec8879539d45', '区人大常委会主任钱斌，区政协主席曹雪娟等陪同考察', '钱斌', 'host'],
    ['004_87b5ec8879539d45', '区政协主席曹雪娟等陪同考察', '曹雪娟', 'host'],
    ['004_87b5ec8879539d45', '南通市委书记吴新明在参加', '吴新明', 'other'],
    ['004_87b5ec8879539d45', '启东市领导顾云峰、邵茂华', '顾云峰', 'member'],
  ])('%s: in “%s”, %s is the %s', (id, clue, name, role) => {
    const paragraphs = seedParagraphs(id);
    const index = paragraphs.findIndex((p) => p.includes(clue));
    expect(index, `no paragraph holds “${clue}”`).toBeGreaterThanOrEqual(0);
    const paragraph = paragraphs[index] ?? '';
    const from = paragraph.indexOf(clue);
    const mentions = findOfficials(paragraphs, resolvePlace);
    const mention = mentions.find(
      (m) =>
        m.paragraph === index && m.name === name && m.start >= from && m.end <= from + clue.length,
    );
    expect(mention, `${name} not found in “${clue}”`).toBeDefined();
    if (mention) expect(mentionRole(paragraph, mention, mentions)).toBe(role);
  });
});
