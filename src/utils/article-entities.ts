import type { EntityMark } from '../plugins/rehype-mark-entities';
import type { ArticleRecord } from '../schemas/article';
import type { OfficialEntity } from '../schemas/official';
import type { Place, PlaceEntity } from '../schemas/place';
import type { SectorEntity } from '../schemas/sector';
import { placeAliases } from './place-aliases';
import { prefixBase } from './prefix-base';

/** How to find the pages of an article's entities (see resolve-entities.ts). */
export interface EntityResolvers {
  place: (place: Place) => PlaceEntity | undefined;
  official: (
    person: ArticleRecord['officials'][number],
    context: { article: string },
  ) => OfficialEntity | undefined;
  sector: (label: string) => SectorEntity | undefined;
}

/**
 * Return what to mark in an article's text: its places (full and short names), its officials
 * (names) and its sectors (label and keywords). Places come first, so for the same text a
 * place wins over a person or a sector keyword; entities without a page are left out. Links are
 * root-relative unless a `base` is given (the Markdown pipeline adds the site's base itself).
 */
export function articleEntityMarks(
  article: Pick<ArticleRecord, 'id' | 'places' | 'officials' | 'sectors'>,
  resolve: EntityResolvers,
  base = '/',
): EntityMark[] {
  const marks: EntityMark[] = [];
  for (const place of article.places) {
    const entity = resolve.place(place);
    if (!entity) continue;
    const where = [entity.province, entity.parent].filter((s) => s && s !== entity.name);
    const title = `地点：${entity.name}${where.length ? `（${[...new Set(where)].join('')}）` : ''}`;
    for (const text of placeAliases(entity.name)) {
      marks.push({ text, href: prefixBase(entity.url, base), kind: 'place', title });
    }
  }
  for (const person of article.officials) {
    const entity = resolve.official(person, { article: article.id });
    if (!entity) continue;
    const title = `人物：${person.title ? `${person.title} ` : ''}${person.name}`;
    marks.push({ text: person.name, href: prefixBase(entity.url, base), kind: 'official', title });
  }
  for (const label of article.sectors) {
    const entity = resolve.sector(label);
    if (!entity) continue;
    const href = prefixBase(entity.url, base);
    marks.push({ text: label, href, kind: 'sector', title: `领域：${label}` });
    for (const keyword of entity.keywords) {
      if (keyword.length < 2 || keyword === label) continue;
      const title = `领域：${label}（按关键词“${keyword}”标注）`;
      marks.push({ text: keyword, href, kind: 'sector', title });
    }
  }
  return marks;
}
