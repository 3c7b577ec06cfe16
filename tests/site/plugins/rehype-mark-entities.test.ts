import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeMarkEntities, { type EntityMark } from '../../../src/plugins/rehype-mark-entities';

const place = (text: string, href = '/places/x/'): EntityMark => ({ text, href, kind: 'place' });

/** Parse an HTML fragment, mark the entities, and serialize. */
function mark(html: string, entities: EntityMark[]): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeMarkEntities, { entities })
      .use(rehypeStringify)
      .processSync(html),
  );
}

describe('[rehype-mark-entities] marks entities in text nodes', () => {
  test('marks every occurrence; links the first, marks the later ones only', () => {
    expect(mark('<p>昆山与义乌，昆山之路</p>', [place('昆山', '/places/kunshan/')])).toBe(
      '<p><a href="/places/kunshan/" class="ep">昆山</a>与义乌，' +
        '<span class="ep">昆山</span>之路</p>',
    );
  });

  test('a later official keeps its class; a sector’s later keywords stay text', () => {
    const entities: EntityMark[] = [
      { text: '陈某', href: '/officials/chen/', kind: 'official' },
      { text: '人才', href: '/sectors/rencai/', kind: 'sector' },
      { text: '人才公寓', href: '/sectors/rencai/', kind: 'sector' },
    ];
    expect(mark('<p>陈某谈人才。</p><p>陈某：人才公寓、人才。</p>', entities)).toBe(
      '<p><a href="/officials/chen/" class="eo">陈某</a>谈<a href="/sectors/rencai/" class="es">人才</a>。</p>' +
        '<p><span class="eo">陈某</span>：人才公寓、人才。</p>',
    );
  });

  test('prefers the longest text: 昆山市 over 昆山', () => {
    const entities = [
      place('昆山', '/a/'),
      place('昆山市委书记陈丽艳', '/c/'),
      place('昆山市', '/b/'),
    ];
    expect(mark('<p>昆山市委书记陈丽艳在昆山市、昆山</p>', entities)).toBe(
      '<p><a href="/c/" class="ep">昆山市委书记陈丽艳</a>在' +
        '<a href="/b/" class="ep">昆山市</a>、' +
        '<a href="/a/" class="ep">昆山</a></p>',
    );
  });

  test('never marks inside an existing link', () => {
    expect(mark('<p><a href="#p-1">昆山</a>昆山</p>', [place('昆山')])).toBe(
      '<p><a href="#p-1">昆山</a><a href="/places/x/" class="ep">昆山</a></p>',
    );
  });

  test('never marks inside code or pre', () => {
    expect(mark('<pre>昆山</pre><code>昆山</code>', [place('昆山')])).toBe(
      '<pre>昆山</pre><code>昆山</code>',
    );
  });

  test('marks inside nested inline elements', () => {
    expect(mark('<p><strong>访昆山</strong></p>', [place('昆山')])).toBe(
      '<p><strong>访<a href="/places/x/" class="ep">昆山</a></strong></p>',
    );
  });

  test('for the same text, the first entity given wins', () => {
    const entities: EntityMark[] = [
      { text: '数据', href: '/places/a/', kind: 'place' },
      { text: '数据', href: '/sectors/b/', kind: 'sector' },
    ];
    expect(mark('<p>数据</p>', entities)).toBe('<p><a href="/places/a/" class="ep">数据</a></p>');
  });

  test('adds the title and kind of officials and sectors', () => {
    const entities: EntityMark[] = [
      {
        text: '陈丽艳',
        href: '/officials/chen-liyan/',
        kind: 'official',
        title: '人物：昆山市委书记',
      },
      { text: '低空经济', href: '/sectors/low-altitude/', kind: 'sector', title: '领域：低空经济' },
    ];
    expect(mark('<p>陈丽艳谈低空经济</p>', entities)).toBe(
      '<p><a href="/officials/chen-liyan/" class="eo" title="人物：昆山市委书记">陈丽艳</a>谈' +
        '<a href="/sectors/low-altitude/" class="es" title="领域：低空经济">低空经济</a></p>',
    );
  });

  test('links the first mention of each entity only, with its title, across paragraphs and names', () => {
    const entities: EntityMark[] = [
      { text: '昆山市', href: '/places/kunshan/', kind: 'place', title: '地点：昆山市（江苏省）' },
      { text: '昆山', href: '/places/kunshan/', kind: 'place', title: '地点：昆山市（江苏省）' },
      { text: '义乌', href: '/places/yiwu/', kind: 'place', title: '地点：义乌市（浙江省）' },
    ];
    expect(mark('<p>昆山市与义乌</p><p>昆山、义乌</p>', entities)).toBe(
      '<p><a href="/places/kunshan/" class="ep" title="地点：昆山市（江苏省）">昆山市</a>与' +
        '<a href="/places/yiwu/" class="ep" title="地点：义乌市（浙江省）">义乌</a></p>' +
        '<p><span class="ep">昆山</span>、<span class="ep">义乌</span></p>',
    );
  });

  test('escapes the text, the href and the title', () => {
    const entities: EntityMark[] = [
      { text: '<b>', href: '/x/?a="1"&b=<2>', kind: 'place', title: '"<script>"' },
    ];
    expect(mark('<p>&lt;b&gt; &amp; &lt;script&gt;</p>', entities)).toBe(
      '<p><a href="/x/?a=&#x22;1&#x22;&#x26;b=<2>" class="ep" title="&#x22;<script>&#x22;">&#x3C;b></a> &#x26; &#x3C;script></p>',
    );
  });

  test('treats regular-expression characters in the text literally', () => {
    expect(mark('<p>2+6+X 与 2-6-X</p>', [place('2+6+X')])).toBe(
      '<p><a href="/places/x/" class="ep">2+6+X</a> 与 2-6-X</p>',
    );
  });

  test.each([
    ['no entities', []],
    ['an empty text', [place('')]],
    ['no occurrence', [place('深圳')]],
  ])('leaves the tree alone with %s', (_, entities) => {
    expect(mark('<p>昆山</p>', entities)).toBe('<p>昆山</p>');
  });
});

describe('[rehype-mark-entities] the base', () => {
  /** Mark with the plugin as the pipeline runs it: the article's marks and the site's base. */
  function markFile(html: string, entities: EntityMark[], base?: string): string {
    const processor = unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeMarkEntities, base === undefined ? { entities } : { entities, base })
      .use(rehypeStringify);
    return String(processor.processSync(html));
  }

  test('puts the base before root-relative links, not before others', () => {
    const marks: EntityMark[] = [
      { text: '昆山', href: '/places/kunshan/', kind: 'place' },
      { text: '外链', href: 'https://example.org/', kind: 'sector' },
    ];
    expect(markFile('<p>昆山外链</p>', marks, '/kaochalu/')).toBe(
      '<p><a href="/kaochalu/places/kunshan/" class="ep">昆山</a>' +
        '<a href="https://example.org/" class="es">外链</a></p>',
    );
  });

  test('without a base, links stay root-relative', () => {
    expect(markFile('<p>昆山</p>', [{ text: '昆山', href: '/p/', kind: 'place' }])).toBe(
      '<p><a href="/p/" class="ep">昆山</a></p>',
    );
  });
});
