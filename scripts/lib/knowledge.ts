/** The project's general knowledge in one place: the sector vocabulary and the slug makers. */
import { readFileSync } from 'node:fs';
import type { SectorVocabulary } from '../extract/sectors';

export { placeToSlug } from './place-slug';
export { toSlug } from './slug';

/** The sector vocabulary (scripts/data/sectors.json, from spec/sectors.json, extended). */
export const sectorVocabulary: SectorVocabulary & {
  sectors: { label: string; keywords: string[] }[];
} = JSON.parse(readFileSync(new URL('../data/sectors.json', import.meta.url), 'utf8'));
