import { describe, expect, it } from 'vitest';
import { anyTranslationSchema, compareBodies, compareFields, translateItem } from '../../src/lib/content/translations.ts';
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

describe('anyTranslationSchema', () => {
  it('takes the words of any collection, and no fact', () => {
    expect(anyTranslationSchema().safeParse({ title: 'Совет', says: 'Теперь так.', publisher: 'Издатель' }).success).toBe(true);
    expect(anyTranslationSchema().safeParse({ title: 'Совет', order: 1 }).success).toBe(false);
  });
});

describe('compareFields', () => {
  it('accepts lists of as many items as English, whatever their words', () => {
    expect(compareFields('operations', { title: 'Op', aims: ['one', 'two'], participants: [] }, { title: 'Оп', aims: ['одна', 'две'] })).toEqual([]);
    expect(compareFields('operations', { title: 'Op', aims: ['one', 'two'] }, { title: 'Оп', aims: ['одна'], participants: ['все'] })).toEqual([
      { field: 'aims', message: 'has 1 items, the English entry has 2' },
      { field: 'participants', message: 'not in the English entry: a translation states the same facts, no more' },
    ]);
  });
});

describe('compareBodies', () => {
  it('finds nothing in a body with the same links, statements and headings', () => {
    const english = '## One\n\nSee <Ref to="bodies/a">A</Ref> and <Ref to="bodies/b">B</Ref>.\n\n<Statement id="s" />\n\n### Two\n';
    expect(compareBodies(english, '## Один\n\nСм. <Ref to="bodies/b">Б</Ref> и <Ref to="bodies/a">А</Ref>.\n\n<Statement id="s" />\n\n### Два\n')).toEqual([]);
  });

  it('names every link, statement and heading that differs, and says when English has none', () => {
    expect(compareBodies('## A\n\n# B\n\n<Ref to="bodies/a">A</Ref> <Ref to="bodies/b">B</Ref>\n', '# A\n\n## B\n\n<Ref to="bodies/c">C</Ref> <Ref to="bodies/d">D</Ref>\n<Statement id="s" /> <Statement id="t" />\n')).toEqual([
      'links missing that the English text has: bodies/a, bodies/b',
      'links the English text does not have: bodies/c, bodies/d',
      'statements s, t differ from the English (none): each shows the one wording of its language',
      'headings # ## differ from the English ## #',
    ]);
    expect(compareBodies('Text.\n', '## Added\n\n### Too\n')).toEqual(['headings ## ### differ from the English (none)']);
    expect(compareBodies('<Statement id="ab" /> <Statement id="c" />', '<Statement id="a" /> <Statement id="bc" />')).toEqual([
      'statements a, bc differ from the English ab, c: each shows the one wording of its language',
    ]);
  });
});
