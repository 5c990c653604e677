import { describe, expect, it } from 'vitest';
import { catalogIn, urlOf } from '../content/catalog.ts';
import { quotationsOf, resolve, type PageItem } from '../../src/lib/content/catalog.ts';
import { questionGroups } from '../../src/lib/content/questions.ts';
import { languages } from '../../src/lib/i18n/languages.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { localizedPath } from '../../src/lib/i18n/urls.ts';
import { base, elementsOf, fileFor } from './built-site.ts';
import { attr, descendants, plain, text, unbracketed } from './html.ts';

// The questions page as built: every question of the collection, as a heading with its answer,
// the words of its sources (its own and those of the entries it rests on) and a link to the page
// that says more, under the section of that page (src/lib/content/questions.ts).

describe('the questions page', () => {
  for (const lang of languages) {
    const catalog = catalogIn(lang);
    const { t } = strings(lang);
    it(`/${localizedPath(lang, 'questions/')} answers every question, with its sources' words and a link to more`, () => {
      const all = elementsOf(fileFor(`${base}${localizedPath(lang, 'questions/')}`)!);
      const sections = all.filter((element) => element.tagName === 'section' && attr(element, 'aria-labelledby')?.startsWith('question-'));
      expect(catalog.questions.length).toBeGreaterThan(0);
      const ordered = questionGroups(catalog).flatMap((group) => group.questions);
      expect(ordered.map((question) => question.id).sort()).toEqual(catalog.questions.map((question) => question.id).sort());
      expect(sections.map((section) => plain(text(descendants(section).find((each) => each.tagName === 'h3')!)))).toEqual(ordered.map((question) => question.data.question));
      for (const [index, question] of ordered.entries()) {
        const inside = descendants(sections[index]!);
        // The first use of an abbreviation on a page is spelled out in brackets (src/middleware.ts).
        expect(unbracketed(text(inside.find((each) => each.tagName === 'p')!)), question.id).toBe(unbracketed(question.data.answer));
        const evidence = inside.find((each) => each.tagName === 'details' && attr(each, 'class') === 'evidence');
        expect(evidence, `${question.id}: its sources' words`).toBeDefined();
        expect(descendants(evidence!).filter((each) => each.tagName === 'blockquote'), question.id).toHaveLength(quotationsOf(catalog, question).length);
        const more = inside.filter((each) => each.tagName === 'p' && plain(text(each)).startsWith(t('questions.more'))).flatMap((p) => descendants(p).filter((a) => a.tagName === 'a'));
        const target = resolve(catalog, question.data.more as never) as PageItem;
        expect(more.map((a) => attr(a, 'href')), question.id).toEqual([`${base}${urlOf(lang, target).slice(1)}${question.data.anchor ? `#${question.data.anchor}` : ''}`]);
      }
    });
  }
});
