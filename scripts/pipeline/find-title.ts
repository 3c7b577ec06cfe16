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

// A dateline opens the first paragraph (东北网伊春6月29日电, 本报讯); a line wholly in brackets
// is a picture's caption ((考察磐安五坪蔬菜基地)).
const DATELINE =
  /^(?:【[^】]{2,16}(?:讯|电)】|[^，。,]{0,16}?\d{1,2}月\d{1,2}日电|本报讯|本台讯|讯\s)/u;
const BRACKETED = /^[(（【[][^()（）【】[\]]*[)）】\]]$/u;

/** Says whether a line reads as a headline: short, no sentence, not a caption or a dateline. */
export function isHeadline(line: string): boolean {
  return (
    [...line].length <= MAX_HEADLINE &&
    !NOT_HEADLINE.test(line) &&
    !isCaption(line) &&
    !DATELINE.test(line) &&
    !BRACKETED.test(line)
  );
}

// The page's header fields written on the headline's line: 标题 2025-05-22 来源：某区政府.
const TRAILING_FIELDS =
  /\s+(?=(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|(?:发布|更新)?时间\s*[:：]|(?:内容|信息|文章)?来源\s*[:：]))/u;
// The site's name after the headline, as page titles write it: 标题-香港商报, 标题_某某网.
const SITE_SUFFIX = /\s*(?:[-_|｜—]\s*)\p{Script=Han}{2,12}(?:报|网|台|社|新闻|在线|客户端|融媒)$/u;

/** A headline without the header fields and site name written after it: [headline, fields or null]. */
export function cutHeadline(line: string): [string, string | null] {
  const at = line.search(TRAILING_FIELDS);
  const [head, tail] = at > 0 ? [line.slice(0, at), line.slice(at).trim()] : [line, null];
  return [head.replace(SITE_SUFFIX, ''), tail];
}
