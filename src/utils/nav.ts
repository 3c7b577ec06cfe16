import { base as configBase } from 'astro:config/client';

/** The site's sections, in the order of the header navigation. */
export const NAV_ITEMS = [
  { href: '/', label: '首页' },
  { href: '/visits/', label: '考察' },
  { href: '/articles/', label: '报道' },
  { href: '/places/', label: '地点' },
  { href: '/officials/', label: '人物' },
  { href: '/sectors/', label: '领域' },
  { href: '/timeline/', label: '时间线' },
  { href: '/search/', label: '搜索' },
  { href: '/data/', label: '数据' },
  { href: '/about/', label: '关于' },
] as const;

/** The site's name. */
export const SITE_NAME = '考察录';

/** True when `pathname` (without base) is in the section of `href`: `/visits/x/` is in `/visits/`. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}

/** Strip the base (astro.config.mjs's, see with-base.ts) from a pathname: `/kaochalu/visits/` → `/visits/`. */
export function withoutBase(pathname: string, base: string = configBase): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
}
