import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentFile } from './content-dir';

/**
 * Return an article's body as the content pipeline rendered it (`<content>/articles/<id>.html`:
 * remark and rehype, the article's text escaped, its anchors and entity links), read when its page
 * is built, so that the bodies of a whole corpus are never held in memory at once.
 */
export function readArticleBody(id: string): string {
  const file = resolve(process.cwd(), contentFile(`articles/${id}.html`));
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${id}：内容目录中没有 articles/${id}.html（${error instanceof Error ? error.message : error}）`,
    );
  }
}
