import { describe, expect, it } from 'vitest';
import { attr, elements, textOf } from '../../src/lib/html.ts';

const page = '<!doctype html><html lang="en"><body><p title="a &amp; b">One<!-- a note -->two<template><b>inert</b></template></p></body></html>';

describe('elements', () => {
  it('gives every element in document order, what templates hold included, and no other node', () => {
    expect(elements(page).map((element) => element.tagName)).toEqual(['html', 'head', 'body', 'p', 'template', 'b']);
  });

  it('leaves out what templates hold when asked to', () => {
    expect(elements(page, { templates: false }).map((element) => element.tagName)).toEqual(['html', 'head', 'body', 'p', 'template']);
  });

  it('keeps where each element is in the source only when asked to', () => {
    const p = (html: string, locations?: boolean) => elements(html, { locations }).find((element) => element.tagName === 'p')!;
    expect(p(page).sourceCodeLocation).toBeUndefined();
    expect(p(page, true).sourceCodeLocation).toMatchObject({ startOffset: page.indexOf('<p') });
  });
});

describe('attr and textOf', () => {
  it('give an attribute decoded and the text of an element, comments left out', () => {
    const p = elements(page).find((element) => element.tagName === 'p')!;
    expect(attr(p, 'title')).toBe('a & b');
    expect(attr(p, 'lang')).toBeUndefined();
    expect(textOf(p)).toBe('Onetwo');
  });
});
