/**
 * Return the path of an article's page, `/articles/<id>/`. The id is the seed file's stem, which
 * may hold spaces (`昆山 考察 报道`): what a URL cannot hold as it is (an ASCII space) is
 * percent-encoded; Chinese and other letters stay readable. Ids with characters that change a
 * URL's meaning (`? # % /`) never get here: scripts/lib/read-seeds.ts refuses those files.
 */
export function articlePath(id: string): string {
  const segment = [...id]
    .map((c) => (c > '\u007f' || /[\w!$&'()*+,.:;=@~-]/.test(c) ? c : encodeURIComponent(c)))
    .join('');
  return `/articles/${segment}/`;
}
