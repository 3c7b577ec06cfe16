import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedDate } from '../utils/feed-date';
import { formatDateSpan } from '../utils/format-date';
import { loadSiteData } from '../utils/site-data';
import { sortVisitsByDate } from '../utils/sort-visits';
import { visitTitle } from '../utils/visit-title';
import { withBase } from '../utils/with-base';

/**
 * The latest visits a feed holds: what a feed reader shows as new. Every visit is on the site's
 * lists and timeline; a feed of all of them grew with the corpus (800 KB at 1,000 articles),
 * fetched again by every reader at every poll.
 */
const FEED_SIZE = 100;

/** /feed.xml: the latest visits, newest first (no build timestamp, so two builds are identical). */
export const GET: APIRoute = async (context) => {
  const data = await loadSiteData();
  const site = context.site ?? new URL('https://kaochalu.example.org');
  return rss({
    title: '考察录：党政代表团学习考察',
    description: '党政代表团学习考察记录：谁去了哪里、何时、由谁带队、谁接待、学什么。',
    site: new URL(withBase('/'), site).href,
    customData: '<language>zh-CN</language>',
    items: sortVisitsByDate(data.visits, 'newest')
      .slice(0, FEED_SIZE)
      .map((visit) => {
        const date = feedDate(data.article.get(visit.article)?.published ?? null, visit.date.start);
        return {
          title: `${visitTitle(visit)}｜${formatDateSpan(visit.date)}`,
          link: new URL(withBase(visit.url), site).href,
          description: visit.evidence[0]?.text ?? visitTitle(visit),
          ...(date ? { pubDate: date } : {}),
          categories: visit.sectors,
        };
      }),
  });
};
