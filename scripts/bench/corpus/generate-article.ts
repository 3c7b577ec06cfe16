/** One generated article: a trip told as a report, dressed as a copied web page, with its meta file. */
import { stringify } from 'yaml';
import { byline, dateline, footerLines, pickOutlet, withFurniture } from './boilerplate';
import { closingParagraphs, commentaryAbout, mentionedVisit } from './commentary';
import { type Encoding, encodeText } from './encode';
import { headline, leadSentence } from './lead';
import { createRandom, mixSeed, type Random } from './random';
import { stopParagraphs } from './stop-text';
import { annotatePinyin, hardWrap, toHalfWidth, toTraditional } from './styling';
import { makeTrip, type Trip } from './trip';

/** What makes one article harder than another, for tests and for reading a benchmark. */
export interface ArticleTraits {
  /** Written in traditional characters. */
  traditional: boolean;
  /** With pinyin after some characters. */
  pinyin: boolean;
  /** With header or footer lines to set aside. */
  boilerplate: boolean;
  /** Lines broken mid-sentence. */
  wrapped: boolean;
  /** File encoding. */
  encoding: Encoding;
  /** Has a meta.yaml. */
  meta: boolean;
}

/** A generated seed: `<id>.txt` bytes and `<id>.meta.yaml` text (null when it has none). */
export interface GeneratedArticle {
  /** File stem, e.g. b0007_3fa9c2…. */
  id: string;
  /** The text before encoding. */
  text: string;
  /** The file's bytes. */
  bytes: Uint8Array;
  /** The meta file's text, or null. */
  metaYaml: string | null;
  /** The trip the article tells. */
  trip: Trip;
  /** How it is dressed. */
  traits: ArticleTraits;
}

/** The trip's last day plus a few, as YYYY-MM-DD: when the report came out. */
function publishedOn(rng: Random, trip: Trip): string {
  const d = new Date(Date.UTC(trip.year, trip.month - 1, trip.lastDay + rng.int(0, 3)));
  return d.toISOString().slice(0, 10);
}

/** Tells the trip: lead, members, each stop with commentary, closing words, up to a target length. */
function body(rng: Random, trip: Trip, seed: number): string[] {
  const sectors = trip.stops.flatMap((s) => s.sectors);
  const out = [leadSentence(rng, trip, sectors)];
  if (rng.chance(0.15)) out.push(mentionedVisit(rng, makeTrip(rng, seed)));
  if (trip.members.length > 0) {
    out.push(`${trip.home.short}领导${trip.members.join('、')}参加考察。`);
  }
  // Reports of 1,500 to 6,000 characters, as the seeds are: about 250 per stop, the rest commentary.
  const perStop = rng.int(1500, 6000) / trip.stops.length - 250;
  trip.stops.forEach((stop, i) => {
    out.push(...stopParagraphs(rng, trip, stop, i));
    out.push(...commentaryAbout(rng, trip, i, Math.max(1, Math.round(perStop / 80))));
  });
  out.push(...closingParagraphs(rng, trip, rng.int(1, 2)));
  return out;
}

/** Picks the file's encoding: mostly UTF-8, as the seeds are. */
function pickEncoding(rng: Random, traditional: boolean): Encoding {
  const roll = rng.next();
  if (roll < 0.05) return 'gb18030';
  if (roll < 0.08) return 'utf-8-bom';
  if (roll < 0.1 && !traditional) return 'utf-16le';
  return 'utf-8';
}

/** Generates article `index` of the corpus of `seed` (independent of the corpus size). */
export function generateArticle(seed: number, index: number): GeneratedArticle {
  const rng = createRandom(mixSeed(seed, index));
  const id = `b${String(index).padStart(4, '0')}_${rng.hex(16)}`;
  const trip = makeTrip(rng, seed);
  const published = publishedOn(rng, trip);
  const outlet = pickOutlet(rng, trip.home);
  const title = headline(rng, trip);
  const traits: ArticleTraits = {
    traditional: rng.chance(0.15),
    pinyin: false,
    boilerplate: rng.chance(0.6),
    wrapped: rng.chance(0.1),
    encoding: 'utf-8',
    meta: rng.chance(0.8),
  };
  traits.pinyin = traits.traditional && rng.chance(0.5);
  traits.encoding = pickEncoding(rng, traits.traditional);
  let paragraphs = body(rng, trip, seed);
  if (traits.wrapped) paragraphs = paragraphs.map((p) => hardWrap(rng, p, rng.int(30, 45)));
  const lines = [title];
  if (traits.boilerplate) {
    if (rng.chance(0.5)) lines.push(dateline(rng, published, outlet));
    if (rng.chance(0.25)) lines.push(`原标题:${headline(rng, trip)}`);
    if (rng.chance(0.5)) lines.push(byline(rng, outlet));
    paragraphs = withFurniture(rng, paragraphs);
  }
  lines.push(...paragraphs);
  if (traits.boilerplate)
    lines.push(...footerLines(rng, outlet, [headline(rng, makeTrip(rng, seed))]));
  let text = `${lines.join(rng.chance(0.5) ? '\n\n' : '\n')}\n`;
  if (rng.chance(0.6)) text = toHalfWidth(text);
  if (traits.traditional) {
    const traditional = toTraditional(text);
    text = traits.pinyin ? annotatePinyin(rng, text, traditional, 0.3) : traditional;
  }
  const meta = {
    ...(rng.chance(0.7) ? { published: published.slice(0, rng.pick([4, 7, 10])) } : {}),
    ...(rng.chance(0.5) ? { outlet } : {}),
    ...(rng.chance(0.5)
      ? { url: `https://news.example.cn/${published.replaceAll('-', '/')}/${id}.html` }
      : {}),
    ...(rng.chance(0.2) ? { note: '基准测试生成的文章（scripts/bench/corpus）。' } : {}),
  };
  return {
    id,
    text,
    bytes: encodeText(text, traits.encoding),
    metaYaml: traits.meta ? stringify(meta) : null,
    trip,
    traits,
  };
}
