/**
 * The robustness fixtures: a seeds folder holding the five seeds plus one file for each way an
 * article from the web can be broken, huge, wrongly encoded or hostile. Written into a temporary
 * folder by the tests (nothing binary is committed); each fixture says what must become of it.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

/** What the build must do with a fixture's file. */
export interface Fixture {
  /** File name in the seeds folder. */
  file: string;
  /** Its status in quality.json: published ('ok'), refused ('unreadable') or not an article ('ignored'). */
  status: 'ok' | 'unreadable' | 'ignored';
  /** What the report's reason (refused files) or warnings (published files) must say. */
  says?: RegExp;
  /** Whether `--strict` must count the file as a problem. */
  strict: boolean;
}

/** The trap: any script that came with an article and runs sets this. */
export const TRAP = 'window.__pwned=1';

/** Text with every kind of markup an article copied from the web could carry. */
export const HOSTILE_LINES = [
  `<script>${TRAP}</script>`,
  `<img src=x onerror="${TRAP}">`,
  `</script><script>${TRAP}</script>`,
  `<svg onload="${TRAP}"><a href="javascript:${TRAP}">链接</a></svg>`,
  `'"><iframe srcdoc="<script>parent.${TRAP}</script>"></iframe>`,
  `{{ constructor.constructor('${TRAP}')() }}`,
  `\${${TRAP}}`,
  '---',
  '`代码` ```js',
  '# 标题',
  `[点我](javascript:${TRAP})`,
  `<style>body{display:none}</style><!-- 注释 --><![CDATA[ x ]]>`,
  // Markdown, which the article text passes through on its way to the page.
  '*强调*与**加粗**、_下划_、~~删除~~',
  '1. 列表项',
  '> 引用',
  '| 甲 | 乙 |',
  '<https://example.org> www.example.org a@example.org',
  '&lt;b&gt; \\* \\_',
];

/** A small visit article; the origin and destination vary per fixture so trips do not collide. */
function visitArticle(origin: string, leader: string, destination: string): string {
  return [
    `${origin}党政代表团赴${destination}学习考察`,
    '来源：测试日报',
    `3月12日至13日，${origin}委书记${leader}率${origin}党政代表团赴${destination}学习考察。代表团先后走进高新区和经济开发区，重点了解集成电路、生物医药等产业的发展情况。`,
    `${leader}表示，要主动学习${destination}的经验，在承接产业转移、共建园区上拿出更多实招。`,
    '',
  ].join('\n');
}

/** A news item with no visit at all. */
const UNRELATED = [
  '压紧压实责任 全力做好防汛备汛工作',
  '本报讯 入梅以来，我市降雨明显增多，防汛形势严峻复杂。6月19日，市委书记顾建平赴武进区检查防汛工作。',
  '当天下午，市防汛防旱指挥部召开全体成员会议，要求各地各部门坚持底线思维，完善应急预案。',
  '',
].join('\n');

/** Traditional text with pinyin annotations (removed by normalization, Han characters kept). */
const TRADITIONAL = [
  '連雲港市黨政代表團赴寧波學習考察',
  '3月5日，連雲港市委書記方偉率連雲港市黨政代表團(tuán)赴寧波學習考察，參觀了寧波舟山港和前灣新區。',
  '方偉表示，要學習寧波港產城融合發展的經驗。',
  '',
].join('\n');

const PHRASES = [
  '代表团一行先后走进产业园区、科创中心和重点企业',
  '详细了解产业转型升级、营商环境优化和科技成果转化等情况',
  '双方围绕深化产业协作、共建合作园区进行了深入交流',
  '要坚持以新质生产力引领高质量发展',
  '推动更多优质资源要素向基层一线集聚',
  '在招商引资、项目建设上拿出更多实招硬招',
  '积极探索生态优势转化为发展优势的有效路径',
  '进一步完善公共服务体系，提升城市能级和核心竞争力',
  '聚焦集成电路、生物医药、新能源汽车等主导产业',
  '以钉钉子精神抓好各项任务落地落实',
];

/** A long article of `bytes` UTF-8 bytes or a little more: a visit, then many varied paragraphs. */
export function longArticle(bytes: number): string {
  const lines = [
    '宿迁市党政代表团赴合肥学习考察',
    '3月20日，宿迁市委书记王立群率宿迁市党政代表团赴合肥学习考察，走进合肥高新区和滨湖科学城。',
  ];
  let size = Buffer.byteLength(lines.join('\n'));
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; size < bytes; i++) {
    const parts = Array.from({ length: 4 + next(4) }, () => PHRASES[next(PHRASES.length)]);
    const line = `第${i + 1}部分：${parts.join('，')}。`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** The hostile article: markup in the headline, the body, a header line and a visit's evidence. */
const HOSTILE = [
  `扬州市党政代表团赴南京学习考察<img src=x onerror="${TRAP}">`,
  `来源：<script>${TRAP}</script>测试日报`,
  `3月8日，扬州市委书记张宝娟率扬州市党政代表团赴南京学习考察<script>${TRAP}</script>，参观了南京江北新区<img src=x onerror="${TRAP}">。`,
  ...HOSTILE_LINES.map((line, i) => `第${i + 1}行文字：${line}`),
  ...HOSTILE_LINES,
  '张宝娟表示，要学习南京的经验。',
  '',
].join('\n');

const HOSTILE_META = [
  `title: "扬州考察</title><script>${TRAP}</script>"`,
  `outlet: "\\"><img src=x onerror=${TRAP}>报"`,
  `note: "<script>${TRAP}</script>{{ x }}\${y}"`,
  '',
].join('\n');

/** The size above which an article is refused (scripts/lib/read-seeds.ts MAX_ARTICLE_BYTES). */
const OVERSIZED_BYTES = 5 * 1024 * 1024 + 1;

/** What a file outside seeds/ holds: it must never reach the site. */
export const OUTSIDE_SECRET = 'OUTSIDE-SECRET-机密文件内容';

/** Zero-width characters inside names, a BOM inside the text, bidi controls, NULs. */
const INVISIBLE = visitArticle('丽水市', '胡海峰', '台州')
  .replace('胡海峰率', '胡\u200b海\u200d峰率')
  .replace('要主动学习', '\u202e要主动学习\u202c\u0000')
  .replace('代表团先后', '\ufeff代表团\u2066先后\u2069');

/** An article saved as a web page: head, script and style (no Han in them), entities, blocks. */
const SAVED_PAGE = [
  '<!DOCTYPE html>',
  '<html lang="zh-CN"><head><meta charset="utf-8">',
  `<script>${TRAP};document.write("<p>x</p>")</script><style>body{display:none}</style></head>`,
  '<body><h1>衢州市党政代表团赴金华学习考察</h1>',
  '<p>来源：测试日报</p>',
  '<p>3月12日至13日，衢州市委书记高屹率衢州市党政代表团赴金华学习考察&#65292;代表团先后走进高新区和经济开发区&nbsp;，重点了解集成电路&amp;生物医药等产业的发展情况。</p>',
  `<p>高屹表示，要主动学习金华的经验。</p><script>${TRAP}</script>`,
  '</body></html>',
  '',
].join('\n');

/** The second group of fixtures (issue 13): files that are not what they seem. */
export const FIXTURES_2: readonly Fixture[] = [
  { file: 'leak-link.txt', status: 'ignored', says: /指向 seeds\/ 以外的符号链接/, strict: true },
  { file: 'inside-link.txt', status: 'ok', strict: false },
  { file: 'folder.txt', status: 'ignored', says: /是目录/, strict: true },
  { file: 'pipe.txt', status: 'ignored', says: /命名管道/, strict: true },
  { file: 'invisible.txt', status: 'ok', strict: false },
  { file: 'saved-page.txt', status: 'ok', strict: false },
  { file: 'full-width.txt', status: 'ok', strict: false },
  { file: 'two-encodings.txt', status: 'ok', strict: false },
  { file: 'one-line-600k.txt', status: 'ok', strict: false },
  { file: 'meta-alias-bomb.txt', status: 'ok', says: /YAML 别名/, strict: true },
  {
    file: 'meta-ftp-url.txt',
    status: 'ok',
    says: /url 不是 http\(s\) 地址（是 ftp 地址/,
    strict: true,
  },
  { file: 'meta-future.txt', status: 'ok', says: /published 是未来的日期/, strict: true },
  // No publication date, but an address filed under a day: not a problem, a note.
  { file: 'undated-filed.txt', status: 'ok', strict: false },
];

/** The fixtures and what must become of each. */
export const FIXTURES: readonly Fixture[] = [
  { file: 'empty.txt', status: 'unreadable', says: /空文件/, strict: true },
  { file: 'whitespace.txt', status: 'unreadable', says: /空白/, strict: true },
  { file: 'binary.txt', status: 'unreadable', says: /二进制/, strict: true },
  { file: 'garbage.txt', status: 'unreadable', says: /无法解码/, strict: true },
  { file: 'gb18030.txt', status: 'ok', strict: false },
  { file: 'utf16-bom.txt', status: 'ok', strict: false },
  { file: 'utf8-bom-crlf.txt', status: 'ok', strict: false },
  { file: 'long-2mb.txt', status: 'ok', strict: false },
  { file: 'oversized.txt', status: 'unreadable', says: /超过.*上限.*5 MB/, strict: true },
  { file: 'unrelated.txt', status: 'ok', strict: false },
  { file: 'same-a.txt', status: 'ok', strict: false },
  { file: 'same-b.txt', status: 'ok', strict: false },
  { file: '昆山 考察 报道.txt', status: 'ok', strict: false },
  { file: 'meta-not-yaml.txt', status: 'ok', says: /不是有效的 YAML/, strict: true },
  {
    file: 'meta-bad-date.txt',
    status: 'ok',
    says: /published 不是有效日期.*2025-02-30/,
    strict: true,
  },
  { file: 'meta-js-url.txt', status: 'ok', says: /url 不是 http\(s\) 地址/, strict: true },
  { file: 'hostile.txt', status: 'ok', strict: false },
  {
    file: 'bad#name.txt',
    status: 'unreadable',
    says: /文件名含有不能用在网址中的字符 #/,
    strict: true,
  },
  { file: 'notes.pdf', status: 'ignored', says: /不是 \.txt/, strict: true },
  ...FIXTURES_2,
];

/** The meta files, each beside its article (never reported as files without an article). */
export const META_FILES = [
  'meta-not-yaml.meta.yaml',
  'meta-bad-date.meta.yaml',
  'meta-js-url.meta.yaml',
  'hostile.meta.yaml',
  'meta-alias-bomb.meta.yaml',
  'meta-ftp-url.meta.yaml',
  'meta-future.meta.yaml',
  'undated-filed.meta.yaml',
];

/** Writes the five seeds and every fixture into `dir` (which must exist). */
export function writeHostileSeeds(dir: string, seeds = 'seeds'): void {
  for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(dir, f));
  const put = (name: string, data: string | Uint8Array): void =>
    writeFileSync(join(dir, name), data);
  const bom = (bytes: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(bytes), body]);
  put('empty.txt', new Uint8Array());
  put('whitespace.txt', ' \n\t\r\n\u3000\n');
  // A PNG file saved as .txt: signature, header chunk, then bytes that are no text.
  put(
    'binary.txt',
    Buffer.concat([
      Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
    ]),
  );
  // Bytes that are no text in any encoding, without the NUL bytes that give most binaries away.
  put('garbage.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => 1 + ((i * 7919) % 255))));
  put(
    'gb18030.txt',
    iconv.encode(`${visitArticle('淮安市', '史志军', '杭州')}㐀字在GBK之外。\n`, 'gb18030'),
  );
  put('utf16-bom.txt', bom([0xff, 0xfe], Buffer.from(TRADITIONAL, 'utf16le')));
  put(
    'utf8-bom-crlf.txt',
    bom(
      [0xef, 0xbb, 0xbf],
      Buffer.from(visitArticle('泰州市', '朱立凡', '温州').replace(/\n/g, '\r\n')),
    ),
  );
  put('long-2mb.txt', longArticle(2 * 1024 * 1024));
  put('oversized.txt', longArticle(OVERSIZED_BYTES));
  put('unrelated.txt', UNRELATED);
  put('same-a.txt', visitArticle('镇江市', '马明龙', '嘉兴'));
  put('same-b.txt', visitArticle('镇江市', '马明龙', '嘉兴'));
  put('昆山 考察 报道.txt', visitArticle('常州市', '陈金虎', '绍兴'));
  put('meta-not-yaml.txt', visitArticle('徐州市', '宋乐伟', '青岛'));
  put('meta-not-yaml.meta.yaml', 'url: [https://example.org\n  published: {2025\n\t- : :\n');
  put('meta-bad-date.txt', visitArticle('盐城市', '周建国', '上海'));
  put('meta-bad-date.meta.yaml', 'published: 2025-02-30\n');
  put('meta-js-url.txt', visitArticle('南平市', '袁超洪', '厦门'));
  put('meta-js-url.meta.yaml', `url: "javascript:${TRAP}"\n`);
  put('hostile.txt', HOSTILE);
  put('hostile.meta.yaml', HOSTILE_META);
  put('bad#name.txt', visitArticle('宿州市', '杨军', '芜湖'));
  put('notes.pdf', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  writeSecondRound(dir, put);
}

/** The second round (issue 13): links, folders, pipes, invisible characters, HTML, encodings, meta. */
function writeSecondRound(
  dir: string,
  put: (name: string, data: string | Uint8Array) => void,
): void {
  writeFileSync(join(dir, '..', 'outside-secret.txt'), OUTSIDE_SECRET);
  symlinkSync('../outside-secret.txt', join(dir, 'leak-link.txt'));
  symlinkSync('unrelated.txt', join(dir, 'inside-link.txt'));
  mkdirSync(join(dir, 'folder.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  put('invisible.txt', INVISIBLE);
  put('saved-page.txt', SAVED_PAGE);
  put(
    'full-width.txt',
    visitArticle('温州市', '张振丰', '宁波').replace('3月12日至13日', '３月１２日至１３日'),
  );
  const [head = '', ...rest] = visitArticle('湖州市', '陈浩', '嘉兴').split('\n');
  put(
    'two-encodings.txt',
    Buffer.concat([Buffer.from(`${head}\n`), iconv.encode(rest.join('\n'), 'gbk')]),
  );
  put('one-line-600k.txt', longArticle(600 * 1024).replace(/\n/g, ''));
  put('meta-alias-bomb.txt', visitArticle('舟山市', '何中伟', '上海'));
  put(
    'meta-alias-bomb.meta.yaml',
    [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      '',
    ].join('\n'),
  );
  put('meta-ftp-url.txt', visitArticle('绍兴市', '温暖', '杭州'));
  put('meta-ftp-url.meta.yaml', 'url: ftp://example.org/a.txt\n');
  put('meta-future.txt', visitArticle('金华市', '朱重烈', '义乌'));
  put('meta-future.meta.yaml', 'published: 2999-01-01\n');
  put('undated-filed.txt', visitArticle('丽水市', '胡海峰', '台州'));
  put('undated-filed.meta.yaml', 'url: "http://news.example.cn/system/2018/03/15/012345.shtml"\n');
}
