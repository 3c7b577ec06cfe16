/**
 * Part of stage 5: is the first line of the text its headline? A headline is short and is not a
 * sentence; a photo caption (陈丽艳(中)在深圳…) is not a headline even when it looks like one.
 */
import { CAPTION_RULES, matchesAny } from './boilerplate-rules';

/** Longest headline, in characters. */
const MAX_HEADLINE = 40;
// A sentence (。) inside, or an ending that leads on to more text.
const NOT_HEADLINE = /。|[，,、；;：:]$/u;

/** Says whether a line is a photo caption (position markers like (中), 图为…, …摄). */
export function isCaption(line: string): boolean {
  return matchesAny(CAPTION_RULES, line);
}

/** Says whether a line reads as a headline: short, no sentence, not a caption. */
export function isHeadline(line: string): boolean {
  return [...line].length <= MAX_HEADLINE && !NOT_HEADLINE.test(line) && !isCaption(line);
}
