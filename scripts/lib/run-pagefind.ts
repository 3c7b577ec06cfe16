/** Indexes the built site with Pagefind's extended binary (it segments Chinese). */
import { close, createIndex } from 'pagefind';
import { PAGEFIND_EXCLUDE } from '../../src/utils/pagefind-exclude';

/** Pages and words Pagefind indexed. */
export interface PagefindResult {
  /** Pages indexed. */
  pages: number;
}

/** Indexes `dist` in place and writes `dist/pagefind/`; throws with Pagefind's errors. */
export async function runPagefind(dist: string): Promise<PagefindResult> {
  const { index, errors } = await createIndex({ excludeSelectors: [...PAGEFIND_EXCLUDE] });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length > 0) throw new Error(`Pagefind 索引出错：${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind 写入出错：${written.errors.join('; ')}`);
  await close();
  return { pages: added.page_count };
}
