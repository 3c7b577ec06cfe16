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

  // Every gold leader and host whose own sentence says so (率, 带队, 陪同, 会见); the hosts of 001
  // only speak (徐惠民这样形容): the visit finder places them by their city.
  test.each<[string, Record<string, Role[]>]>([
    [
      '000_a21bf360e6243a78',
      {
        陈丽艳: ['host', 'leader', 'other'],
        许峰: ['leader'],
        王琪: ['leader'],
        叶帮锐: ['guest'],
      },
    ],
    ['001_2a6d1cd1923ea9e9', { 黄钦: ['leader'], 徐惠民: ['other'], 史立军: ['other'] }],
    ['002_cb28012656704f36', { 曹慧泉: ['leader'], 骆根土: ['other'], 虞爱华: ['other'] }],
    [
      '003_5da4af16118beb8c',
      { 徐惠民: ['leader'], 王晖: ['leader'], 蓝绍敏: ['other'], 史立军: ['other'] },
    ],
    [
      '004_87b5ec8879539d45',
      {
        杨中坚: ['leader'],
        蔡毅: ['leader'],
        王国荣: ['host'],
        钱斌: ['host'],
        曹雪娟: ['host'],
        吴新明: ['other'],
        顾云峰: ['member'],
      },
    ],
  ])('%s: roles of the officials', (id, expected) => {
    const paragraphs = seedParagraphs(id);
    const mentions = findOfficials(paragraphs, resolvePlace);
    const rolesOf = (name: string) =>
      [
        ...new Set(
          mentions
            .filter((m) => m.name === name)
            .map((m) => mentionRole(paragraphs[m.paragraph] ?? '', m, mentions)),
        ),
      ].sort();
    for (const [name, roles] of Object.entries(expected))
      expect([name, rolesOf(name)]).toEqual([name, roles]);
  });
});
