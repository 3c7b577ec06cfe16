/**
 * How the reference scorer (`../shared/eval/score.mjs`) compares values: a place by its short name
 * (长沙市望城区, 望城区 and 望城 are all 望城), a person by name, a site by containment.
 */

/** Anything with a name, or a plain string. */
type Named = string | { name?: string | null; label?: string } | null | undefined;

const nameOf = (x: Named): string => String(typeof x === 'string' ? x : (x?.name ?? '')).trim();

const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);
const PEOPLES =
  '柯尔克孜|乌孜别克|维吾尔|哈萨克|达斡尔|塔吉克|俄罗斯|鄂温克|塔塔尔|鄂伦春|蒙古|布依|朝鲜|土家|哈尼|傈僳|高山|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京';
// 延边朝鲜族自治州 and 海西蒙古族藏族自治州 are keyed by their place part: 延边, 海西.
const ETHNIC_AUTONOMY = new RegExp(`(?:(?:${PEOPLES})族)+自治[州县旗]$`, 'u');
const LEVEL_SUFFIX =
  /(特别行政区|自治州|自治县|自治旗|地区|新区|街道|省|市|区|县|旗|盟|镇|乡|村)$/u;

/** A place's key: its own short name, without parents and level (望城 for 长沙市望城区). */
export function placeKey(p: Named): string {
  let s = nameOf(p);
  const m = s.match(/^(?:.+?[省市])+(.+?[区县市旗])$/u);
  if (m?.[1]) s = m[1];
  return s.replace(ETHNIC_AUTONOMY, '').replace(LEVEL_SUFFIX, '');
}

/** True for a province or autonomous region (not the four municipalities): not scored as a place. */
export function isProvinceName(p: Named): boolean {
  const s = nameOf(p);
  const level = typeof p === 'object' && p !== null ? (p as { level?: string }).level : undefined;
  if (level === 'province' && !MUNICIPALITIES.has(placeKey(s))) return true;
  return /(省|自治区)$/u.test(s);
}

/** A person's key: the name without spaces. */
export const personKey = (p: Named): string => nameOf(p).replace(/\s/gu, '');

/** A sector's key: its label. */
export const sectorKey = (s: Named): string =>
  String(typeof s === 'string' ? s : (s?.label ?? s?.name ?? '')).trim();

/** A site's key: the name without spaces, brackets and quotes. */
export const siteKey = (s: Named): string => nameOf(s).replace(/[\s（）()“”"《》]/gu, '');

/** True when one site name holds the other and the shorter is at least 60% of the longer. */
export function sitesMatch(a: string, b: string): boolean {
  if (!(a.includes(b) || b.includes(a))) return false;
  return Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.6;
}

/** True when a predicted start date agrees with the gold one (null: gold gives none). */
export function dateAgrees(gold: string | null | undefined, predicted: string | null | undefined) {
  if (!gold) return null;
  const p = String(predicted ?? '');
  if (gold.startsWith('--')) return p.endsWith(gold.slice(2));
  return p.startsWith(gold.length > 7 ? gold.slice(0, 10) : gold);
}
