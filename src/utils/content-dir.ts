/**
 * Where the pipeline writes the site's content (validated JSON arrays), relative to the
 * project root or absolute. `scripts/build.ts` sets KCL_CONTENT_DIR; the default is `.content`.
 */
export const contentDir: string = (process.env.KCL_CONTENT_DIR ?? '.content').replace(/\/+$/, '');

/** Return the path of one content file, e.g. `contentFile('visits.json')`. */
export function contentFile(name: string): string {
  return `${contentDir}/${name}`;
}
