/**
 * Return the URL if it is an absolute http(s) URL, else null: a source URL from the data is
 * only ever linked when it cannot be `javascript:`, `data:` or a relative path.
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
