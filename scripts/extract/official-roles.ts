/** What an official does in a sentence: leads a delegation, hosts it, joins it, or sent it (受…委托). */
import type { OfficialMention } from './types';

/** The part an official plays in the sentence that names them. */
export type Role = 'leader' | 'host' | 'guest' | 'member' | 'delegate' | 'other';

// Between two officials of one group: a separator, then a title, no verb (，市长 / 、区人大常委会主任).
const chained =
  /^(?:[（(][^）)]*[）)])?(?:[，、]|和|及|以及)(?![^，。；！？]*?(?:率|带|陪同|会见|接待|欢迎|参加|在|与))[^，。；！？]{0,20}$/u;

// Text after the last official of the mention's group, up to the end of the sentence.
function afterGroup(
  paragraph: string,
  mention: OfficialMention,
  others: readonly OfficialMention[],
) {
  let end = mention.end;
  const next = others
    .filter((o) => o.paragraph === mention.paragraph && o.start >= mention.end)
    .sort((a, b) => a.start - b.start);
  for (const o of next) {
    if (!chained.test(paragraph.slice(end, o.start))) break;
    end = o.end;
  }
  const rest = paragraph.slice(end).replace(/^[（(][^）)]*[）)]/u, '');
  return rest.slice(0, (rest.search(/[。；！？]/u) + 1 || rest.length + 1) - 1);
}

/** Tells whether a mention leads (率, 带队, 由…带队), hosts (陪同, 会见), is received (与X会见), joins (参加考察) or sent (受X委托). */
export function mentionRole(
  paragraph: string,
  mention: OfficialMention,
  others: readonly OfficialMention[] = [],
): Role {
  const after = afterGroup(paragraph, mention, others);
  const sentence =
    paragraph
      .slice(0, mention.start)
      .split(/[。；！？]/u)
      .at(-1) ?? '';
  const clause = sentence.split('，').at(-1) ?? '';
  if (/受[^，]*$/u.test(clause) && /^[^，]{0,4}委托/u.test(after)) return 'delegate';
  if (/^(?:等|同志|一行)*(?:率|带队|带领|领衔|挂帅|一行)/u.test(after)) return 'leader';
  if (/^(?:的)?带领下|^为团长/u.test(after) || /^[^，]{0,12}(?:带队|率队|率领|率团)/u.test(after)) {
    return 'leader';
  }
  if (/(?:与|同|会见了?|会晤了?|接待了?|欢迎|陪同)[^，]{0,16}$/u.test(clause)) return 'guest';
  if (/^(?:等|同志)*(?:陪同|会见|会晤|接待|欢迎|迎接|会谈)/u.test(after)) return 'host';
  if (/^在?(?:与|同)[^，]*?(?:会见|会晤|会谈|座谈|交流)/u.test(after)) return 'host';
  if (/^[^，]*?(?:参加(?:考察|调研|学习|活动)|随同|随团|一同(?:考察|前往|参加))/u.test(after))
    return 'member';
  if (/(?:成员|随行人员)(?:有|包括)?[^，]*$/u.test(clause)) return 'member';
  return 'other';
}
