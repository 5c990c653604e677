// The <site-search> element: the search page's events, address and rendering. It runs the query
// in the address when the page opens, and again as the reader types or filters; what a query
// finds is the searcher's (./searcher.ts) answer. It owns its form and its result template
// (SiteSearch.astro), and tells the page about its query (`search:query`) rather than reach into
// the header.
import { format, pluralForm } from '../../lib/i18n/format.ts';
import type { PluralForms } from '../../lib/i18n/spec.ts';
import { vocabulary } from '../../lib/words/spelling.ts';
import type { Script } from '../../lib/words/words.ts';
import type { PagefindResultData } from './pagefind-api.ts';
import { debounce } from './debounce.ts';
import { shownResult, type ExcerptPart } from './excerpt.ts';
import { usefulFilters } from './filters.ts';
import { pagefindIndexes } from './pagefind.ts';
import { maxQueryLength, typingPauseMs } from './policy.ts';
import { languagesMeant, prepareQuery } from './query.ts';
import { createSearcher, type Answer, type Found, type Searcher } from './searcher.ts';
import { readSearchState, searchQueryEvent, searchQueryString } from './url-state.ts';

/** What SiteSearch.astro gives the element, as one JSON attribute (`data-config`). */
export interface SearchConfig {
  base: string;
  lang: string;
  script: Script;
  letters: string;
  vocabulary: string;
  others: { lang: string; script: Script; letters: string; heading: string }[];
  messages: {
    count: PluralForms;
    corrected: PluralForms;
    asTyped: string;
    none: string;
    noWords: string;
    truncated: string;
    pageTitle: PluralForms;
    pageTitleNone: string;
    inSection: string;
  };
}

class SiteSearch extends HTMLElement {
  // Set when the element is in the page, with its attributes and children (connectedCallback).
  #config!: SearchConfig;
  #indexes!: ReturnType<typeof pagefindIndexes>;
  #searcher!: Searcher;
  #input!: HTMLInputElement;
  #title = '';
  #vocabulary: Promise<ReturnType<typeof vocabulary>> | undefined;
  #run = 0;
  /** The reader asked for the words as typed (`&exact=1`); typing anew asks for corrections again. */
  #exact = false;
  #later = debounce(() => this.#search({ history: 'replace' }), typingPauseMs);

  connectedCallback() {
    this.#config = JSON.parse(this.dataset.config!);
    this.#indexes = pagefindIndexes(this.#config.base, this.#config.lang);
    this.#searcher = createSearcher({
      here: { lang: this.#config.lang, script: this.#config.script, letters: this.#config.letters },
      others: this.#config.others,
      index: (lang) => this.#indexes.load(lang),
      vocabulary: () => this.#loadVocabulary(),
    });
    this.#input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.#title = document.title;
    this.#input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      // The search that typing set for later would run this one again and redraw its results
      // under the reader, who may have tabbed into them by then.
      this.#later.cancel();
      this.#search({ history: 'push', focus: true });
    });
    this.#input.addEventListener('input', () => {
      this.#exact = false;
      this.#preload(this.#input.value);
      this.#later();
    });
    // The words for corrections, once the reader types: a query found only loosely needs them at once.
    this.#input.addEventListener('input', () => this.#loadVocabulary().catch(() => undefined), { once: true });
    // The reader is about to search: load the index now, not when the page opens, so a visit
    // that does not search costs nothing (a failed load is tried again by the search).
    this.#input.addEventListener('focus', () => this.#preload(''), { once: true });
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name !== 'section') return;
      this.#later.cancel();
      this.#search({ history: 'replace' });
    });
    window.addEventListener('popstate', () => this.#fromUrl(false));
    this.#fromUrl(true);
  }

  /** The search in the address; on arrival (from the header's search form, say), the reader is brought to its answer. */
  #fromUrl(arrived: boolean) {
    const state = readSearchState(location.search);
    this.#input.value = state.query;
    this.#exact = state.exact === true;
    for (const box of this.#boxes()) box.checked = state.sections.includes(box.value);
    this.#search({ focus: arrived && state.query.trim() !== '' });
  }

  #boxes() {
    return [...this.querySelectorAll<HTMLInputElement>('input[name="section"]')];
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  /** This language's words (`search/vocabulary.json`), fetched only when a query needs them; again after a failure. */
  #loadVocabulary() {
    this.#vocabulary ??= fetch(this.#config.vocabulary).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return vocabulary(await response.json(), this.#config.lang);
    });
    this.#vocabulary.catch(() => (this.#vocabulary = undefined));
    return this.#vocabulary;
  }

  /**
   * As the reader types, loads what the words so far need: here, and in another language whose
   * letters they are typed in, whose index then starts loading at the first letter rather than at
   * Enter. With no words yet, the index of this page's language only.
   */
  #preload(raw: string) {
    const query = prepareQuery(raw);
    if (query.kind !== 'ok') {
      this.#indexes.load(this.#config.lang).catch(() => undefined);
      return;
    }
    this.#indexes.preload(this.#config.lang, query.text);
    for (const lang of languagesMeant(query.text, this.#config, this.#config.others)) this.#indexes.preload(lang, query.text);
  }

  async #search({ history, focus = false }: { history?: 'push' | 'replace'; focus?: boolean }) {
    const raw = this.#input.value;
    const sections = this.#boxes().filter((box) => box.checked).map((box) => box.value);
    // Once asked, the answer's place is a screen high (./SiteSearch.astro) and stays so.
    if (raw.trim() !== '') this.dataset.asked = '';
    if (history) {
      const url = `${location.pathname}${searchQueryString({ query: raw.trim(), sections, exact: this.#exact })}`;
      if (url !== `${location.pathname}${location.search}`) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    this.dispatchEvent(new CustomEvent(searchQueryEvent, { bubbles: true, detail: { query: raw } }));
    // `data-searching` is there from the query until its answer shows, other languages' results
    // included; the rest of a long list follows (the bench times it).
    const run = ++this.#run;
    this.dataset.searching = '';
    try {
      const answer = await this.#searcher.answer(raw, { sections, exact: this.#exact });
      if (run !== this.#run) return;
      this.#show(answer, sections);
      if (focus) this.#part('status').focus();
      if (answer.kind !== 'found') return;
      const lists = await this.#showOthers(answer, run);
      if (run !== this.#run) return;
      delete this.dataset.searching;
      await this.#showRest(lists, run);
    } finally {
      if (run === this.#run) delete this.dataset.searching;
    }
  }

  /** Shows an answer: its status and the page's title, the results here, a correction, the filters. */
  #show(answer: Answer, sections: string[]) {
    const { messages } = this.#config;
    this.#part('truncated').hidden = !('truncated' in answer && answer.truncated);
    this.#part('truncated').textContent = format(messages.truncated, { max: maxQueryLength });
    this.#part('unavailable').hidden = answer.kind !== 'unavailable';
    this.#part('none').hidden = true;
    for (const block of this.querySelectorAll<HTMLElement>('[data-other]')) block.hidden = true;
    if (answer.kind !== 'found') {
      this.#list(this.#part('list'), []);
      for (const part of ['results', 'filters', 'correction']) this.#part(part).hidden = true;
      this.#status(answer.kind === 'no-words' ? format(messages.noWords, { query: answer.text }) : '');
      document.title = this.#title;
      return;
    }
    const count = answer.here.results.length;
    const corrected = answer.shown !== answer.query;
    this.#filters(answer.here.sections, sections);
    this.#correction(corrected ? answer.query : undefined, sections);
    this.#list(this.#part('list'), answer.here.first);
    this.#part('results').hidden = count === 0;
    this.#part('none').hidden = count > 0;
    const lang = this.#config.lang;
    this.#status(format(count === 0 ? messages.none : pluralForm(corrected ? messages.corrected : messages.count, lang, count), { count, query: answer.shown }));
    document.title = `${format(count === 0 ? messages.pageTitleNone : pluralForm(messages.pageTitle, lang, count), { count, query: answer.shown })} – ${this.#title}`;
  }

  /** The other languages' results, after this language's: each list with what it found, for the rest to follow. */
  async #showOthers(answer: Extract<Answer, { kind: 'found' }>, run: number) {
    const lists: { list: HTMLElement; found: Found }[] = [{ list: this.#part('list'), found: answer.here }];
    for (const { lang, found } of await answer.others) {
      if (run !== this.#run) return lists;
      const other = this.#config.others.find((each) => each.lang === lang)!;
      const block = this.querySelector<HTMLElement>(`[data-other="${lang}"]`)!;
      block.querySelector('h2')!.textContent = format(other.heading, { count: found.results.length });
      this.#list(block.querySelector('ol')!, found.first);
      block.hidden = false;
      lists.push({ list: block.querySelector('ol')!, found });
    }
    return lists;
  }

  /** The rest of each long list. */
  async #showRest(lists: { list: HTMLElement; found: Found }[], run: number) {
    for (const { list, found } of lists) {
      const rest = await this.#searcher.rest(found);
      if (run !== this.#run) return;
      if (rest.length > 0) this.#list(list, rest, 'append');
    }
  }

  #status(text: string) {
    this.#part('status').textContent = text;
  }

  /** "Search for “Kazakstan” instead", under a corrected search: the same search, as typed. */
  #correction(typed: string | undefined, sections: string[]) {
    const line = this.#part('correction');
    line.hidden = typed === undefined;
    if (typed === undefined) return line.replaceChildren();
    const link = document.createElement('a');
    link.href = `${location.pathname}${searchQueryString({ query: typed, sections, exact: true })}`;
    link.textContent = format(this.#config.messages.asTyped, { query: typed });
    line.replaceChildren(link);
  }

  /** Shows the filters that narrow something (usefulFilters), open when one is chosen. */
  #filters(counts: Readonly<Record<string, number>>, chosen: string[]) {
    for (const span of this.querySelectorAll<HTMLElement>('[data-count]')) span.textContent = String(counts[span.dataset.count!] ?? 0);
    const useful = usefulFilters(counts, chosen);
    for (const label of this.querySelectorAll<HTMLElement>('[data-filter]')) label.hidden = !useful.includes(label.dataset.filter!);
    const toggle = this.#part<HTMLDetailsElement>('filters');
    if (toggle.hidden && chosen.length > 0) toggle.open = true;
    toggle.hidden = useful.length === 0;
  }

  /**
   * Results in a list, from the template: the title linked to the page, its section and summary,
   * and where its words matched ("In “Since the source”: …", linked there), built from text nodes.
   */
  #list(list: HTMLElement, results: readonly PagefindResultData[], how: 'replace' | 'append' = 'replace') {
    const template = this.querySelector<HTMLTemplateElement>('template[data-result]')!;
    list[how === 'append' ? 'append' : 'replaceChildren'](
      ...results.map((data) => {
        const result = shownResult(data);
        const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        const title = item.querySelector<HTMLAnchorElement>('[data-title]')!;
        title.href = result.url;
        title.textContent = result.title;
        item.querySelector('[data-section]')!.textContent = data.filters.section?.join(', ') ?? '';
        item.querySelector('[data-summary]')!.textContent = result.summary;
        const match = item.querySelector<HTMLElement>('[data-match]')!;
        if (result.match) {
          if (result.match.heading !== undefined && result.match.url !== undefined) {
            const link = Object.assign(document.createElement('a'), { href: result.match.url, textContent: format(this.#config.messages.inSection, { section: result.match.heading }) });
            match.append(link, ' ');
          }
          match.append(...excerptNodes(result.match.excerpt));
        } else match.remove();
        return item;
      }),
    );
  }
}

/** An excerpt as text nodes, its matched words in <mark>. */
const excerptNodes = (parts: readonly ExcerptPart[]) => parts.map((part) => (part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : document.createTextNode(part.text)));

customElements.define('site-search', SiteSearch);
