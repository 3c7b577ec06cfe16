import { describe, expect, test } from 'vitest';
import { EXPORT_DOCS } from '../../../src/utils/field-docs';

describe('[field-docs] explains every field of every download', () => {
  test.each(EXPORT_DOCS.map((doc) => [doc.file, doc] as const))('%s', (_, doc) => {
    const missing = doc.fields.filter(([, meaning]) => meaning === '').map(([name]) => name);
    expect(missing).toEqual([]);
  });
});
