import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleRecordSchema } from './schemas/article';
import { ArticleMarkdownSchema } from './schemas/article-markdown';
import { OfficialEntitySchema } from './schemas/official';
import { PlaceEntitySchema } from './schemas/place';
import { FileReportSchema } from './schemas/quality';
import { SectorEntitySchema } from './schemas/sector';
import { TripSchema } from './schemas/trip';
import { VisitSchema } from './schemas/visit';
import { contentFile } from './utils/content-dir';

/** Key quality.json's reports by their file name: a FileReport has no `id`. */
const byFile = (text: string) =>
  Object.fromEntries(
    (JSON.parse(text) as { file: string }[]).map((report) => [report.file, report]),
  );

export const collections = {
  articles: defineCollection({
    loader: file(contentFile('articles.json')),
    schema: ArticleRecordSchema,
  }),
  // Each article's text as Markdown (frontmatter + paragraphs), rendered by astro.config.mjs's
  // Markdown pipeline; keyed by the frontmatter's id, as a file name may hold any character.
  articleMarkdown: defineCollection({
    loader: glob({
      pattern: '*.md',
      base: contentFile('articles'),
      generateId: ({ data }) => String(data.id),
    }),
    schema: ArticleMarkdownSchema,
  }),
  visits: defineCollection({ loader: file(contentFile('visits.json')), schema: VisitSchema }),
  trips: defineCollection({ loader: file(contentFile('trips.json')), schema: TripSchema }),
  places: defineCollection({ loader: file(contentFile('places.json')), schema: PlaceEntitySchema }),
  officials: defineCollection({
    loader: file(contentFile('officials.json')),
    schema: OfficialEntitySchema,
  }),
  sectors: defineCollection({
    loader: file(contentFile('sectors.json')),
    schema: SectorEntitySchema,
  }),
  quality: defineCollection({
    loader: file(contentFile('quality.json'), { parser: byFile }),
    schema: FileReportSchema,
  }),
};
