// The <site-search> element: runs the query in the URL on the search page, and again as the
// reader types or filters. It owns its form and its result template (SiteSearch.astro).
import { format, pluralForm } from '../../lib/i18n/format.ts';
import type { PluralForms } from '../../lib/i18n/spec.ts';
import type { PagefindInstance, PagefindResultData, PagefindSearch } from './pagefind';
import { debounce, languagesMeant, matchedLoosely, maxQueryLength, parseExcerpt, prepareQuery, readSearchState, respellings, resultLink, searchQueryString, usefulFilters, withQuery, type TypedLanguage } from './query.ts';
import { stemmedQuery } from './stems.ts';
import { vocabulary, type Vocabulary } from './spelling.ts';
import { scriptOf, type Script } from './transliterate.ts';

interface Messages {
  count: PluralForms;
  corrected: PluralForms;
  asTyped: string;
  none: string;
  noWords: string;
  truncated: string;
}

/** What a search in another language's index found, and the data of its first results. */
interface FoundThere {
  found: PagefindSearch | null;
  data: PagefindResultData[];
}

/** Another language of the site, whose index is searched too when a query seems meant for it. */
interface OtherLanguage extends TypedLanguage {
  /** "Results in Russian ({count})", in this page's language. */
  heading: string;
}

// Favour pages whose words match the query closely and count repeats little, so "Armenia" and
// «Армения» find the member state before the forces named after it, whose pages repeat the
// (inflected) name. Tuned over the ranking queries of tests/e2e/search.spec.ts and
// tests/e2e/languages.spec.ts, which are therefore a regression net for this choice.
const ranking = { termSimilarity: 3, pageLength: 0.5, termFrequency: 0.1 };

/** The results shown at once; each needs a file of its own, so the rest of a long list follows. */
const firstShown = 4;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<PagefindInstance> | undefined;
  #others = new Map<string, Promise<PagefindInstance>>();
  #vocabulary: Promise<Vocabulary> | undefined;
  #run = 0;
  #messages: Messages = JSON.parse(this.dataset.strings ?? '{}');
  #otherLanguages: OtherLanguage[] = JSON.parse(this.dataset.others ?? '[]');
  #script = (this.dataset.script ?? 'Latn') as Script;
  #letters = this.dataset.letters ?? '';
  #lang = document.documentElement.lang;
  #input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  /** The reader asked for the words as typed (`&exact=1`); typing anew asks for corrections again. */
  #exact = false;
  #later = debounce(() => this.#search('replace'), 300);

  connectedCallback() {
    this.#input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      // The search that typing set for later would run this one again and redraw its results
      // under the reader, who may have tabbed into them by then.
      this.#later.cancel();
      this.#search('push');
    });
    this.#input.addEventListener('input', () => {
      this.#exact = false;
      this.#preload(this.#input.value);
      this.#later();
    });
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name !== 'section') return;
      this.#later.cancel();
      this.#search('replace');
    });
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
    // The reader came to this page to search: start the index now, so the first query does not
    // wait for it (a failed start is tried again by the first search).
    this.#load().catch(() => undefined);
  }

  #fromUrl() {
    const state = readSearchState(location.search);
    this.#input.value = state.query;
    this.#exact = state.exact === true;
    for (const box of this.#boxes()) box.checked = state.sections.includes(box.value);
    this.#search();
  }

  #boxes() {
    return [...this.querySelectorAll<HTMLInputElement>('input[name="section"]')];
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  /** Pagefind, loaded on the first search; a load that failed is tried again on the next one. */
  #load(): Promise<PagefindInstance> {
    this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.base}pagefind/pagefind.js`).then(async (pagefind: PagefindInstance) => {
      await pagefind.options({ baseUrl: this.dataset.base, excerptLength: 24, ranking });
      await pagefind.init();
      // Every search names the section filter (#answer): load the filters with the index, and run
      // one search, which readies Pagefind's search itself, so the reader's first query does not.
      await pagefind.filters();
      await pagefind.search('a', { filters: { section: { any: [] } } });
      return pagefind;
    });
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  /**
   * Another language's index, loaded the first time a query seems meant for it, from its own copy
   * of Pagefind's module (`pagefind.js?language=ru`): an instance made with `createInstance` shares
   * state with the first, and once that has searched it finds 1 page for «Канал» where its own
   * copy finds 9. Pagefind takes the language from <html lang> when
   * it starts and offers no option for it, so the attribute names the other language for the one
   * synchronous call that starts it, and nothing renders in between.
   */
  #loadOther(lang: string): Promise<PagefindInstance> {
    let other = this.#others.get(lang);
    if (!other) {
      other = import(/* @vite-ignore */ `${this.dataset.base}pagefind/pagefind.js?language=${lang}`).then(async (instance: PagefindInstance) => {
        await instance.options({ baseUrl: this.dataset.base, excerptLength: 24, ranking });
        const root = document.documentElement;
        const own = root.lang;
        root.lang = lang;
        let started: Promise<void>;
        try {
          started = instance.init();
        } finally {
          root.lang = own;
        }
        await started;
        return instance;
      });
      other.catch(() => this.#others.delete(lang));
      this.#others.set(lang, other);
    }
    return other;
  }

  /**
   * As the reader types, loads what the words so far need (Pagefind's `preload`): here, and in
   * another language whose letters they are typed in, whose index then starts loading at the first
   * letter rather than at Enter. Nothing is shown, and a failure waits for the search to report it.
   */
  #preload(raw: string) {
    const query = prepareQuery(raw);
    if (query.kind !== 'ok') return;
    this.#load().then((pagefind) => pagefind.preload(query.text)).catch(() => undefined);
    for (const lang of this.#meantFor(query.text)) this.#loadOther(lang).then((pagefind) => pagefind.preload(query.text)).catch(() => undefined);
  }

  /** This language's words, for corrections (spelling.ts), fetched only when a query finds nothing. */
  #loadVocabulary(): Promise<Vocabulary> {
    this.#vocabulary ??= fetch(this.dataset.vocabulary!).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return vocabulary(await response.json(), this.#lang);
    });
    this.#vocabulary.catch(() => (this.#vocabulary = undefined));
    return this.#vocabulary;
  }

  /**
   * The results for a query in the index of `lang`: its words as typed, and (for Russian and
   * Kazakh) by their stems, as prefixes, so that every form of a word finds what any form of it
   * does; the stems' results count when they are more.
   */
  async #find(pagefind: PagefindInstance, lang: string, text: string, filters?: Record<string, unknown>): Promise<PagefindSearch | null> {
    const found = await pagefind.search(text, { filters });
    const stemmed = stemmedQuery(text, lang);
    const byStems = stemmed && found ? await pagefind.search(stemmed, { filters }) : null;
    return byStems && found && byStems.results.length > found.results.length ? byStems : found;
  }

  async #search(history?: 'push' | 'replace') {
    const raw = this.#input.value;
    const sections = this.#boxes().filter((box) => box.checked).map((box) => box.value);
    if (history) {
      const url = `${location.pathname}${searchQueryString({ query: raw.trim(), sections, exact: this.#exact })}`;
      if (url !== `${location.pathname}${location.search}`) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    // The language switch leads to the same search in the other language.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) link.setAttribute('href', withQuery(link.getAttribute('href') ?? '', raw));
    // `data-searching` is there from the query until its answer shows (the bench times it).
    const run = ++this.#run;
    this.dataset.searching = '';
    try {
      await this.#answer(raw, sections, run);
    } finally {
      if (run === this.#run) delete this.dataset.searching;
    }
  }

  /** Runs one search and shows what it found: results, a correction, other languages' results. */
  async #answer(raw: string, sections: string[], run: number) {
    const query = prepareQuery(raw);
    this.#part('truncated').hidden = !(query.kind === 'ok' && query.truncated);
    this.#part('truncated').textContent = format(this.#messages.truncated, { max: maxQueryLength });
    this.#part('none').hidden = true;
    if (query.kind !== 'ok') {
      this.#clear(query.kind === 'no-words' ? format(this.#messages.noWords, { query: query.text }) : '');
      return;
    }
    // A query in another language's letters searches that language too: beside this search,
    // rather than after it, so the answer waits for the slower of the two and not for both.
    const meantThere = new Map<string, Promise<FoundThere>>();
    for (const lang of this.#meantFor(query.text)) {
      const there = this.#findThere(lang, query.text);
      there.catch(() => undefined); // a failure there leaves that block out (#inOtherLanguages)
      meantThere.set(lang, there);
    }
    let found: PagefindSearch | null;
    let data: PagefindResultData[];
    let shown = query.text;
    try {
      const pagefind = await this.#load();
      // Always name the section filter, even with none chosen: only then does Pagefind count per section.
      const filters = { section: { any: sections } };
      found = await this.#find(pagefind, this.#lang, query.text, filters);
      data = await this.#data(found, 0, firstShown);
      // Found nothing, or a word only loosely: the words in this page's script, or spelt as the
      // site spells them (respellings), unless the reader asked for them as typed.
      if (found && !this.#exact && (data.length === 0 || matchedLoosely(query.text, data.map((each) => each.excerpt)))) {
        for (const respelt of respellings(query.text, this.#script, await this.#loadVocabulary().catch(() => vocabulary([], this.#lang)))) {
          const again = await this.#find(pagefind, this.#lang, respelt, filters);
          if (again && again.results.length > 0) {
            [found, shown] = [again, respelt];
            data = await this.#data(again, 0, firstShown);
            break;
          }
        }
      }
    } catch {
      if (run !== this.#run) return;
      this.#part('unavailable').hidden = false;
      this.#clear('');
      return;
    }
    if (!found || run !== this.#run) return;
    this.#part('unavailable').hidden = true;
    // Counts per section for the query with no section chosen, so each box says what it would add.
    this.#filters(found.totalFilters.section ?? {}, sections);
    const count = found.results.length;
    const corrected = shown !== query.text;
    const text = count === 0 ? this.#messages.none : pluralForm(corrected ? this.#messages.corrected : this.#messages.count, this.#lang, count);
    this.#part('none').hidden = count > 0;
    this.#correction(corrected ? query.text : undefined, sections);
    this.#show(this.#part('list'), data, format(text, { count, query: shown }));
    this.#part('results').hidden = count === 0;
    const others = await this.#inOtherLanguages(query.text, count, run, meantThere);
    if (run === this.#run) delete this.dataset.searching;
    // Every result is shown (the whole site is some sixty pages a language, so no query finds too
    // many to list): the rest of each long list follows its first ones.
    for (const { list, found: more } of [{ list: this.#part('list'), found }, ...others]) {
      const rest = await this.#data(more, firstShown);
      if (run !== this.#run) return;
      if (rest.length > 0) this.#show(list, rest, undefined, 'append');
    }
  }

  /** The data of the results from `start` (up to `end`): each is a file of its own to fetch. */
  #data(found: PagefindSearch | null, start: number, end?: number): Promise<PagefindResultData[]> {
    return Promise.all((found?.results ?? []).slice(start, end).map((result) => result.data()));
  }

  /** The other languages a query is typed for, by its letters (languagesMeant). */
  #meantFor(text: string): string[] {
    return languagesMeant(text, { script: this.#script, letters: this.#letters }, this.#otherLanguages);
  }

  /** No results, no filters, no correction and no other language's results; the status says why. */
  #clear(status: string) {
    this.#show(this.#part('list'), [], status);
    for (const part of ['results', 'filters', 'correction']) this.#part(part).hidden = true;
    for (const block of this.querySelectorAll<HTMLElement>('[data-other]')) block.hidden = true;
  }

  /** "Search for “Kazakstan” instead", under a corrected search: the same search, as typed. */
  #correction(typed: string | undefined, sections: string[]) {
    const line = this.#part('correction');
    line.hidden = typed === undefined;
    if (typed === undefined) return;
    const link = line.querySelector('a')!;
    link.href = `${location.pathname}${searchQueryString({ query: typed, sections, exact: true })}`;
    link.textContent = format(this.#messages.asTyped, { query: typed });
  }

  /** A search in another language's index, with the data of its first results. */
  async #findThere(lang: string, text: string): Promise<FoundThere> {
    const found = await this.#find(await this.#loadOther(lang), lang, text);
    return { found, data: await this.#data(found, 0, firstShown) };
  }

  /**
   * Results in another language of the site, under their own heading, when the query is meant for
   * it (its search started with this one: `meantThere`), or is in its script and finds nothing or
   * next to nothing here and clearly more there.
   */
  async #inOtherLanguages(text: string, here: number, run: number, meantThere: Map<string, Promise<FoundThere>>): Promise<{ list: HTMLElement; found: PagefindSearch }[]> {
    // Every language that may have results is searched at once; their blocks show in the site's order.
    const searches = this.#otherLanguages.map((other) => {
      const started = meantThere.get(other.lang);
      // Unless it was meant for it, a query goes to a language of its own script only: Latin words
      // found on a Russian page are names and titles, not what the reader was after.
      if (!started && (here >= 3 || scriptOf(text) !== other.script)) return { other, meant: false, there: undefined };
      const there = started ?? this.#findThere(other.lang, text);
      there.catch(() => undefined); // a failure there leaves that block out
      return { other, meant: started !== undefined, there };
    });
    const later: { list: HTMLElement; found: PagefindSearch }[] = [];
    for (const { other, meant, there } of searches) {
      const block = this.querySelector<HTMLElement>(`[data-other="${other.lang}"]`)!;
      block.hidden = true;
      if (!there) continue;
      let result: FoundThere;
      try {
        result = await there;
      } catch {
        continue;
      }
      if (run !== this.#run) return later;
      const { found, data } = result;
      const count = found?.results.length ?? 0;
      if (!found || count === 0 || (!meant && count <= 2 * here)) continue;
      block.querySelector('h2')!.textContent = format(other.heading, { count });
      this.#show(block.querySelector('ol')!, data);
      block.hidden = false;
      later.push({ list: block.querySelector('ol')!, found });
    }
    return later;
  }

  /** Shows the filters that narrow something (usefulFilters), open when one is chosen. */
  #filters(counts: Record<string, number>, chosen: string[]) {
    for (const span of this.querySelectorAll<HTMLElement>('[data-count]')) span.textContent = String(counts[span.dataset.count!] ?? 0);
    const useful = usefulFilters(counts, chosen);
    for (const label of this.querySelectorAll<HTMLElement>('[data-filter]')) label.hidden = !useful.includes(label.dataset.filter!);
    const toggle = this.#part<HTMLDetailsElement>('filters');
    if (toggle.hidden && chosen.length > 0) toggle.open = true;
    toggle.hidden = useful.length === 0;
  }

  /**
   * Shows results in a list from the template: a linked title (to the part of the page where the
   * words are: resultLink), the section and an excerpt, built from text nodes; and the status, if given.
   */
  #show(list: HTMLElement, results: PagefindResultData[], status?: string, how: 'replace' | 'append' = 'replace') {
    const template = this.querySelector<HTMLTemplateElement>('template[data-result]')!;
    list[how === 'append' ? 'append' : 'replaceChildren'](
      ...results.map((result) => {
        const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        const target = resultLink(result);
        const link = item.querySelector<HTMLAnchorElement>('[data-title]')!;
        link.href = target.url;
        link.textContent = result.meta.title ?? result.url;
        item.querySelector('[data-section]')!.textContent = result.filters.section?.join(', ') ?? '';
        const excerpt = item.querySelector('[data-excerpt]')!;
        for (const part of parseExcerpt(target.excerpt)) {
          if (!part.marked) excerpt.append(part.text);
          else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
        }
        return item;
      }),
    );
    if (status !== undefined) this.#part('status').textContent = status;
  }
}

customElements.define('site-search', SiteSearch);
