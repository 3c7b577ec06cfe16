export * from './article';
export * from './date-span';
export * from './official';
export * from './place';
export * from './quality';
export * from './sector';
export * from './trip';
export * from './visit';
