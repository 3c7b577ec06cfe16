import type { APIRoute } from 'astro';
import { withBase } from '../utils/with-base';

/** /robots.txt: allow everything and name the sitemap (its URL depends on site and base). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? new URL(withBase('/sitemap-index.xml'), site).href : null;
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
