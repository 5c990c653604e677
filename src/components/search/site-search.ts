// The <site-search> element: runs the query in the URL on the search page, and again as the
// reader types or filters. It owns its form and its result template (SiteSearch.astro).
import { format, pluralForm } from '../../lib/i18n/format.ts';
import type { PluralForms } from '../../lib/i18n/spec.ts';
import type { Pagefind, PagefindResultData, PagefindSearch } from './pagefind';
import { debounce, maxQueryLength, parseExcerpt, prepareQuery, readSearchState, searchQueryString, stemmedQuery, usefulFilters, withQuery } from './query.ts';

interface Messages {
  count: PluralForms;
  none: string;
  noWords: string;
  truncated: string;
}

// Favour pages whose words match the query closely and count repeats little, so "Armenia" and
// «Армения» find the member state before the forces named after it, whose pages repeat the
// (inflected) name. Tuned over the ranking queries of tests/e2e/search.spec.ts and
// tests/e2e/languages.spec.ts, which are therefore a regression net for this choice.
const ranking = { termSimilarity: 3, pageLength: 0.5, termFrequency: 0.1 };

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #run = 0;
  #messages: Messages = JSON.parse(this.dataset.strings ?? '{}');
  #input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  #later = debounce(() => this.#search('replace'), 300);

  connectedCallback() {
    this.#input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#search('push');
    });
    this.#input.addEventListener('input', () => this.#later());
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'section') this.#search('replace');
    });
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
  }

  #fromUrl() {
    const state = readSearchState(location.search);
    this.#input.value = state.query;
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
  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
      await pagefind.options({ baseUrl: this.dataset.base, excerptLength: 24, ranking });
      await pagefind.init();
      return pagefind;
    });
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  async #search(history?: 'push' | 'replace') {
    const raw = this.#input.value;
    const sections = this.#boxes().filter((box) => box.checked).map((box) => box.value);
    if (history) {
      const url = `${location.pathname}${searchQueryString({ query: raw.trim(), sections })}`;
      if (url !== `${location.pathname}${location.search}`) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    // The language switch leads to the same search in the other language.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) link.setAttribute('href', withQuery(link.getAttribute('href') ?? '', raw));
    const run = ++this.#run;
    const query = prepareQuery(raw);
    this.#part('truncated').hidden = !(query.kind === 'ok' && query.truncated);
    this.#part('truncated').textContent = format(this.#messages.truncated, { max: maxQueryLength });
    this.#part('none').hidden = true;
    if (query.kind !== 'ok') {
      this.#show([], query.kind === 'no-words' ? format(this.#messages.noWords, { query: query.text }) : '');
      this.#part('filters').hidden = true;
      return;
    }
    let found: PagefindSearch | null;
    try {
      const pagefind = await this.#load();
      // Always name the section filter, even with none chosen: only then does Pagefind count per section.
      const filters = { section: { any: sections } };
      found = await pagefind.search(query.text, { filters });
      // Russian words are also searched by their stems (stemmedQuery), as prefixes, so that every
      // form of a word finds what any form of it does; the stems' results count when they are more.
      const stemmed = stemmedQuery(query.text);
      const byStems = stemmed && found ? await pagefind.search(stemmed, { filters }) : null;
      if (byStems && found && byStems.results.length > found.results.length) found = byStems;
    } catch {
      if (run !== this.#run) return;
      this.#part('unavailable').hidden = false;
      this.#part('filters').hidden = true;
      this.#show([], '');
      return;
    }
    if (!found || run !== this.#run) return;
    this.#part('unavailable').hidden = true;
    // Every result is shown: the whole site is some sixty pages a language, so no query returns too many to list.
    const data = await Promise.all(found.results.map((result) => result.data()));
    if (run !== this.#run) return;
    // Counts per section for the query with no section chosen, so each box says what it would add.
    this.#filters(found.totalFilters.section ?? {}, sections);
    const count = found.results.length;
    const text = count === 0 ? this.#messages.none : pluralForm(this.#messages.count, document.documentElement.lang, count);
    this.#part('none').hidden = count > 0;
    this.#show(data, format(text, { count, query: query.text }));
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

  /** Shows results from the template: a linked title, the section and an excerpt, built from text nodes. */
  #show(results: PagefindResultData[], status: string) {
    const template = this.querySelector<HTMLTemplateElement>('template[data-result]')!;
    this.#part('list').replaceChildren(
      ...results.map((result) => {
        const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        const link = item.querySelector<HTMLAnchorElement>('[data-title]')!;
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        item.querySelector('[data-section]')!.textContent = result.filters.section?.join(', ') ?? '';
        const excerpt = item.querySelector('[data-excerpt]')!;
        for (const part of parseExcerpt(result.excerpt)) {
          if (!part.marked) excerpt.append(part.text);
          else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
        }
        return item;
      }),
    );
    this.#part('results').hidden = results.length === 0;
    this.#part('status').textContent = status;
  }
}

customElements.define('site-search', SiteSearch);
