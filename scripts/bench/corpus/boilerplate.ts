/** Header and footer lines that are not the article: datelines, 来源, 原标题, bylines, editors, app prompts. */
import { makeName } from './people';
import type { TripPlace } from './places';
import type { Random } from './random';
import { FURNITURE_LINES, LOCAL_OUTLET_SUFFIXES, NATIONAL_OUTLETS } from './vocabulary';

/** Picks an outlet: the home city's paper or app, or a national site. */
export function pickOutlet(rng: Random, home: TripPlace): string {
  return rng.chance(0.6)
    ? `${home.short}${rng.pick(LOCAL_OUTLET_SUFFIXES)}`
    : rng.pick(NATIONAL_OUTLETS);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A dateline with the source beside it: 2020年04月12日16:58  来源:新华报业网. */
export function dateline(rng: Random, iso: string, outlet: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${m}月${d}日${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}  来源:${outlet}`;
}

/** A reporter line: 株洲日报全媒体记者/周莹, 记者 张三 通讯员 李四. */
export function byline(rng: Random, outlet: string): string {
  const forms = [
    `${outlet}记者 ${makeName(rng)}`,
    `${outlet}全媒体记者/${makeName(rng)}`,
    `记者 ${makeName(rng)} 通讯员 ${makeName(rng)}`,
  ];
  return rng.pick(forms);
}

/** Lines of a footer: editors, source, a notice, a list of further reading. */
export function footerLines(rng: Random, outlet: string, titles: readonly string[]): string[] {
  const out: string[] = [];
  if (rng.chance(0.5)) out.push(`来源：${outlet}`);
  const editors = rng.pick([
    () => `（责编：${makeName(rng)}、${makeName(rng)}）`,
    () => `责任编辑：${makeName(rng)}`,
    () => `编辑:${makeName(rng)} 审核:${makeName(rng)}`,
  ]);
  if (rng.chance(0.7)) out.push(editors());
  if (rng.chance(0.2)) out.push('声明：本文系转载，版权归原作者所有，如有侵权请联系删除。');
  if (rng.chance(0.2)) out.push('推荐阅读', ...titles.slice(0, 3));
  return out;
}

/** Inserts an app prompt (打开网易新闻 查看精彩图片) after some paragraphs. */
export function withFurniture(rng: Random, paragraphs: readonly string[]): string[] {
  const line = rng.pick(FURNITURE_LINES);
  return paragraphs.flatMap((p, i) => (i > 0 && rng.chance(0.2) ? [p, line] : [p]));
}
