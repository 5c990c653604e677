import { describe, expect, it } from 'vitest';
import { t, tDynamic } from '../../src/lib/strings.ts';
import { bodyKinds } from '../../src/schemas/bodies.ts';
import { forceKinds, forceStatuses } from '../../src/schemas/forces.ts';
import { partnerKinds } from '../../src/schemas/partners.ts';
import { sectionCollections } from '../../src/lib/catalog.ts';

describe('t', () => {
  it('gives the interface string for a key', () => {
    expect(t('skip.main')).toBe('Skip to main content');
  });
});

describe('tDynamic', () => {
  it('has a label for every kind, status and section the schemas allow', () => {
    const keys = [
      ...bodyKinds.map((k) => `kind.${k}`),
      ...forceKinds.map((k) => `kind.${k}`),
      ...partnerKinds.map((k) => `kind.${k}`),
      ...forceStatuses.map((s) => `status.${s}`),
      ...bodyKinds.map((k) => `structure.group.${k}`),
      ...sectionCollections.flatMap((c) => [`section.${c}`, `intro.${c}`]),
    ];
    for (const key of keys) expect(tDynamic(key), key).not.toBe('');
  });
  it('throws, naming the key and the file, for a key that does not exist', () => {
    expect(() => tDynamic('kind.parliament')).toThrow('No interface string for "kind.parliament" in src/strings/en.ts');
  });
});
