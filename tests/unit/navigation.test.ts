import { describe, expect, it } from 'vitest';
import { currentState } from '../../src/components/site/navigation.ts';

describe('currentState', () => {
  it('marks the item of the page itself as the current page', () => {
    expect(currentState('/bodies/', '/', 'bodies')).toBe('page');
  });
  it('marks the item of the section a page is in', () => {
    expect(currentState('/bodies/secretariat/', '/', 'bodies')).toBe('true');
  });
  it('does not mark other sections, nor sections that only share a prefix', () => {
    expect(currentState('/bodies/', '/', 'about')).toBeUndefined();
    expect(currentState('/forces-extra/', '/', 'forces')).toBeUndefined();
  });
  it('works under a sub-path', () => {
    expect(currentState('/csto/members/armenia/', '/csto/', 'members')).toBe('true');
  });
  it('works the same on Russian pages, with or without a sub-path', () => {
    expect(currentState('/ru/bodies/', '/', 'bodies')).toBe('page');
    expect(currentState('/csto/ru/members/armenia/', '/csto/', 'members')).toBe('true');
    expect(currentState('/ru/', '/', 'bodies')).toBeUndefined();
  });
});
