/** Short names of the autonomous regions, which no suffix rule gives (广西壮族自治区 → 广西). */
const REGION_SHORT: Record<string, string> = {
  内蒙古自治区: '内蒙古',
  广西壮族自治区: '广西',
  西藏自治区: '西藏',
  宁夏回族自治区: '宁夏',
  新疆维吾尔自治区: '新疆',
  香港特别行政区: '香港',
  澳门特别行政区: '澳门',
};

/** Suffixes news text drops: 昆山市 is written 昆山, 恩施土家族苗族自治州 恩施. */
const SUFFIX =
  /^(.{2,}?)(?:(?:[\u4e00-\u9fff]{1,6}?族)+自治[州县旗]|地区|林区|特区|新区|省|市|区|县|镇|乡|旗|盟)$/u;

/**
 * Return the names a place goes by in running text: its full name and, when the short form
 * keeps at least two characters, the name without its suffix (苏州市 → 苏州市, 苏州).
 */
export function placeAliases(name: string): string[] {
  const short = REGION_SHORT[name] ?? SUFFIX.exec(name)?.[1];
  return short && short !== name && short.length >= 2 ? [name, short] : [name];
}
