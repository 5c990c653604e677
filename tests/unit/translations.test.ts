import { describe, expect, it } from 'vitest';
import { translateItem } from '../../src/lib/content/translations.ts';
import { item } from './fixtures/catalog.ts';

describe('translateItem', () => {
  const council = item('bodies', 'council', { title: 'Council', summary: 'A council.', abbreviation: 'CC', composition: 'Heads' });

  it('takes the words from the translation and the facts from English', () => {
    const translated = translateItem(council, { title: 'Совет', summary: 'Совет.', abbreviation: 'СС', composition: 'Главы' });
    expect(translated.data).toMatchObject({ title: 'Совет', summary: 'Совет.', abbreviation: 'СС', composition: 'Главы', order: council.data.order, kind: 'council' });
  });

  it('leaves out an abbreviation the translation leaves out, rather than show the English one', () => {
    const translated = translateItem(council, { title: 'Кеңес', summary: 'Кеңес.', composition: 'Басшылар' });
    expect(translated.data.abbreviation).toBeUndefined();
    expect(translated.data.title).toBe('Кеңес');
  });
});
