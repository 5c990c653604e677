import { describe, expect, it } from 'vitest';
import { joinPath, stripBase } from '../../src/lib/paths.ts';

describe('joinPath', () => {
  it('puts a page under the root with a trailing slash', () => {
    expect(joinPath('/', 'bodies/secretariat')).toBe('/bodies/secretariat/');
  });
  it('puts a page under a sub-path, with or without slashes on either side', () => {
    expect(joinPath('/csto/', '/bodies')).toBe('/csto/bodies/');
    expect(joinPath('/csto', 'bodies/')).toBe('/csto/bodies/');
  });
  it('gives the base itself for the home page', () => {
    expect(joinPath('/csto/')).toBe('/csto/');
    expect(joinPath('/', '')).toBe('/');
  });
  it('leaves files without a trailing slash', () => {
    expect(joinPath('/csto/', 'favicon.svg')).toBe('/csto/favicon.svg');
  });
  it('keeps a fragment after the slash', () => {
    expect(joinPath('/', 'a-z#letter-c')).toBe('/a-z/#letter-c');
  });
});

describe('stripBase', () => {
  it('removes the base path from a page path', () => {
    expect(stripBase('/csto/bodies/', '/csto/')).toBe('/bodies/');
    expect(stripBase('/bodies/', '/')).toBe('/bodies/');
  });
  it('leaves a path outside the base unchanged', () => {
    expect(stripBase('/other/', '/csto/')).toBe('/other/');
  });
});
