import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/corpus/generate-corpus';
import { extractArticle } from '../../../scripts/lib/extract-article';
import { normalize } from '../../../scripts/pipeline/normalize';

// The pipeline must do real work on generated articles: convert, set boilerplate aside, find visits.
const corpus = generateCorpus(3, 40);
const done = corpus.map((a) => {
  const n = normalize({ id: a.id, bytes: a.bytes });
  return { a, n, x: extractArticle(a.id, n.paragraphs, n.published, n) };
});

describe('[corpus] the pipeline does real work on it', () => {
  test('script detection agrees with the generator', () => {
    for (const { a, n } of done)
      expect(n.script).toBe(a.traits.traditional ? 'traditional' : 'simplified');
  });

  test('boilerplate is set aside where the generator put some', () => {
    const dressed = done.filter(({ a }) =>
      /打开网易新闻|打開網易新聞|责编|責編|来源:|來源:/.test(a.text),
    );
    expect(dressed.length).toBeGreaterThan(5);
    for (const { n } of dressed) expect(n.boilerplate.length).toBeGreaterThan(0);
  });

  test('most articles yield a visit with a leader, to the first destination', () => {
    const led = done.filter(({ x }) => x.visits.some((v) => v.leaders.length > 0));
    expect(led.length / done.length).toBeGreaterThan(0.8);
    const reached = done.filter(({ a, x }) =>
      x.visits.some((v) =>
        v.destinations.some((d) => d.name.startsWith(a.trip.stops[0]?.place.short ?? '?')),
      ),
    );
    expect(reached.length / done.length).toBeGreaterThan(0.6);
  });
});
