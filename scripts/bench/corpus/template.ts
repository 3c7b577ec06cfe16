/** Fills `{slot}` placeholders; a slot without a value is an error, so templates and data stay in step. */

/** Replaces each `{name}` in `template` with `slots[name]`. */
export function fill(template: string, slots: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`template slot {${name}} has no value: ${template}`);
    return String(value);
  });
}

/** Joins names the way reports list them: 南通、泰州 or 苏州、无锡和常州. */
export function listNames(names: readonly string[], useHe = false): string {
  if (names.length < 3 || !useHe) return names.join('、');
  return `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
}

/** Writes a small number in Chinese digits (一 to 十), as in 3省4地 or 第一站. */
export function chineseNumber(n: number): string {
  return '零一二三四五六七八九十'[n] ?? String(n);
}
