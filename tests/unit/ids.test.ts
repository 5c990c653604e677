import { describe, expect, it } from 'vitest';
import { entryId, filePattern, locate } from '../../src/lib/content/ids.ts';
import { collectionNames } from '../../src/lib/content/registry.ts';

describe('entryId', () => {
  it('gives each folder of a nested name its slug, keeping the folders', () => {
    expect(entryId('Part One/Joint Staff (2)')).toBe('part-one/joint-staff-2');
  });
});

describe('filePattern', () => {
  it('matches the files of a collection’s type, leaving out drafts', () => {
    expect(filePattern('bodies')).toBe('[^_]*.mdx');
    expect(filePattern('sources')).toBe('[^_]*.yaml');
  });
});

describe('locate', () => {
  const wrongPlace =
    `not built: a page goes in content/<language>/<collection>/<id>.mdx, a source or event in a .yaml file there (languages: en, ru, kk; collections: ${collectionNames.join(', ')})`;

  it('finds an entry’s language, collection, id and file type', () => {
    expect(locate('content/ru/bodies/Joint Staff.mdx')).toEqual({ ok: true, location: { lang: 'ru', collection: 'bodies', id: 'joint-staff', ext: 'mdx' } });
  });

  it('takes a file whose name starts with an underscore for a draft, and no other', () => {
    expect(locate('content/en/bodies/_new.mdx')).toEqual({ ok: 'draft' });
    expect(locate('content/en/_old/council.mdx')).toEqual({ ok: false, message: wrongPlace });
  });

  it('says where a file belongs when its name does not end in a file type', () => {
    expect(locate('content/en/bodies/council.mdx.bak1')).toEqual({ ok: false, message: wrongPlace });
  });
});
