import { defineCollection } from 'astro:content';
import { ArticleRecordSchema } from './schemas/article';
import { OfficialEntitySchema } from './schemas/official';
import { PlaceEntitySchema } from './schemas/place';
import { FileReportSchema } from './schemas/quality';
import { SectorEntitySchema } from './schemas/sector';
import { TripSchema } from './schemas/trip';
import { VisitSchema } from './schemas/visit';
import { contentFile } from './utils/content-dir';
import { ndjsonLoader } from './utils/ndjson-loader';

/** The collections, each read a record at a time from the file the content pipeline wrote. */
const store = (name: string) => ndjsonLoader(contentFile(`store/${name}.ndjson`));

export const collections = {
  articles: defineCollection({ loader: store('articles'), schema: ArticleRecordSchema }),
  visits: defineCollection({ loader: store('visits'), schema: VisitSchema }),
  trips: defineCollection({ loader: store('trips'), schema: TripSchema }),
  places: defineCollection({ loader: store('places'), schema: PlaceEntitySchema }),
  officials: defineCollection({ loader: store('officials'), schema: OfficialEntitySchema }),
  sectors: defineCollection({ loader: store('sectors'), schema: SectorEntitySchema }),
  // A FileReport has no `id`: it is keyed by its file's name.
  quality: defineCollection({
    loader: ndjsonLoader(contentFile('store/quality.ndjson'), (r) => String(r.file)),
    schema: FileReportSchema,
  }),
};
