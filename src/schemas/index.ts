export * from './article';
export * from './article-markdown';
export * from './date-span';
export * from './official';
export * from './place';
export * from './quality';
export * from './sector';
export * from './visit';
