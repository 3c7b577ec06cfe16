/**
 * Prefix a root-relative path (`/visits/x/`, `/articles/a/#p-3`) with a base (`/kaochalu/`);
 * paths that are not root-relative (`#p-3`, `https://…`, `//host/…`) are returned unchanged.
 * Pure: the pipeline and the Markdown plugins use it where `astro:config/client` is not available.
 */
export function prefixBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base.replace(/\/+$/, '')}${path}`;
}
