import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleOfficials, findOfficials } from '../../scripts/extract/officials';
import { processSeed } from '../../scripts/lib/process-seed';
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

  // What a reader of each seed says of its people: who led a visit, who received one; nobody the
  // article says led a delegation is shown receiving it.
  test.each(SEED_IDS)('%s: the leaders and hosts of its visits', (id) => {
    const gold = readGold(id);
    const { visits } = processSeed({
      id,
      file: `${id}.txt`,
      bytes: new Uint8Array(readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url))),
      metaText: null,
    });
    const names = (list: readonly { name: string }[]) =>
      [...new Set(list.map((p) => p.name))].sort();
    const goldLeaders = names(gold.visits.flatMap((v) => v.leaders));
    const goldHosts = names(gold.visits.flatMap((v) => v.hosts));
    expect(goldLeaders.length).toBeGreaterThan(0);
    for (const v of visits.filter((x) => !x.mentionedOnly)) {
      for (const h of v.hosts)
        expect(names(v.leaders), `${h.name} both leads and hosts`).not.toContain(h.name);
    }
    expect(names(visits.flatMap((v) => v.leaders))).toEqual(expect.arrayContaining(goldLeaders));
    expect(names(visits.flatMap((v) => v.hosts))).toEqual(expect.arrayContaining(goldHosts));
  });
});
