/**
 * Hyphenation at build time. The long words of a page's reading text get soft hyphens (U+00AD)
 * where its language's TeX patterns allow a break, so that where a line is narrow (200% text on a
 * phone) a word breaks with a visible hyphen in every browser, with no dictionary in the browser,
 * instead of being cut anywhere. The stylesheet lets them show only in a narrow column
 * (src/styles/typography.css): anywhere else they are not break points at all. Search
 * (src/integrations/pagefind-index.ts) and copying (src/components/site/copy-text.ts) take the soft
 * hyphens out again (src/lib/soft-hyphens.ts).
 */
import { createRequire } from 'node:module';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Lang } from './i18n/languages.ts';
import { hyphenateKazakh } from './kazakh-hyphenation.ts';
import { softHyphen, withoutSoftHyphens } from './soft-hyphens.ts';

// The pattern packages are CommonJS without named exports that Node can see from ESM.
const require = createRequire(import.meta.url);
const english: typeof import('hyphen/en-us') = require('hyphen/en-us');
const russian: typeof import('hyphen/ru') = require('hyphen/ru');

interface Hyphenator {
  /** Which words the patterns are for: a word in another script goes to that script's patterns. */
  script: RegExp;
  hyphenate: (word: string) => string;
}

/**
 * Shorter words are never broken: a line has room for them, and a medium word broken reads worse
 * than a ragged line. With `edge`, these halve the lines that end in a split word at 320 px and
 * 200% text (tests/e2e/typography.spec.ts holds the share to at most one line in five).
 */
const minimumLength = 10;
/** A break leaves at least this many letters on each side: no "Or-" and no "-ty". */
const edge = 4;

const latin = /^\p{Script=Latin}+$/u;
const cyrillic = /^\p{Script=Cyrillic}+$/u;
/**
 * A language's hyphenator: its TeX patterns (or its rules), and the words the patterns break badly (names,
 * mostly), written with their breaks: `Ka-zakh-stan`.
 */
function withPatterns(script: RegExp, hyphenate: (word: string, options: { hyphenChar: string; minWordLength: number }) => string, exceptions: readonly string[] = []): Hyphenator {
  const known = new Map(exceptions.map((written) => [written.replaceAll('-', '').toLowerCase(), written]));
  return {
    script,
    hyphenate: (word) => {
      const written = known.get(word.toLowerCase());
      if (!written) return hyphenate(word, { hyphenChar: softHyphen, minWordLength: minimumLength });
      // The word as it stands (its capitals kept), with a soft hyphen where the exception has a break.
      let at = 0;
      return [...written].map((char) => (char === '-' ? softHyphen : word[at++])).join('');
    },
  };
}

/**
 * Each language's patterns. A language is listed here when the site declares it. A word is
 * hyphenated by its element's language when written in that language's script; otherwise, and
 * for a language without patterns of its own (null), by the first language here of the word's
 * script (Russian's for a Cyrillic word), if any (hyphenateWord).
 */
const hyphenators: Record<Lang, Hyphenator | null> = {
  // English patterns know English words; the names of places, people and operations are given.
  en: withPatterns(latin, english.hyphenateSync, [
    'Ka-zakh-stan', 'Kyr-gyz-stan', 'Ta-jik-i-stan', 'Uz-bek-i-stan', 'Turk-men-i-stan', 'Af-ghan-i-stan',
    'Eur-a-sian', 'Tash-kent', 'Chi-si-nau', 'Vzai-mo-deist-vie', 'Ne-ru-shi-moe', 'Brat-stvo',
    'Taa-lat-bek', 'Ma-sa-dy-kov', 'Sverch-kov', 'Pa-shin-yan', 'Blog-news', 'Soyuz-noye', 'Ne-ru-shi-moye', 'Vzai-mo-deist-vi-ye',
    'Lu-ka-shen-ko', 'Lu-ka-shen-ka', 'Na-zar-ba-ev', 'Na-zar-ba-yev', 'Rakh-mo-nov', 'Ki-she-nev', 'Ki-shi-nev', 'Bor-dyu-zha', 'Pa-shin-i-an', 'Ko-cha-ri-an',
    'Ka-da-mov-sky', 'Kharb-mai-don', 'Ma-ty-bu-lak', 'Fakh-ra-bad', 'Kras-no-ar-meysk', 'No-vo-si-birsk', 'Balyk-chy', 'Gryz-lov',
  ]),
  ru: withPatterns(cyrillic, russian.hyphenateSync),
  // TeX has no Kazakh patterns: Kazakh words break between their syllables (kazakh-hyphenation.ts).
  kk: withPatterns(cyrillic, hyphenateKazakh),
};

/** Elements whose text is not prose, or not seen: code and names that must stay whole, labels in pictures. */
const skipped = new Set(['head', 'script', 'style', 'template', 'textarea', 'title', 'option', 'code', 'pre', 'kbd', 'samp', 'svg', 'math']);

/** The elements of reading text: a word in them may break with a hyphen where a line is narrow. */
const reading = new Set(['p', 'li', 'dd', 'dt', 'blockquote', 'td']);

/**
 * Names, controls, labels (a term of a list of facts) and dates: their words never get a soft
 * hyphen, even inside reading text. An accessible name is a link's, a heading's, a control's or a
 * caption's words (a figure is named by its caption); a soft hyphen in it is what a voice-control
 * user cannot say ("click Display settings") and what some screen readers read as a break; a date
 * reads badly split. Where such a word is longer than its line, the stylesheet lets the browser
 * hyphenate or break it (src/styles/global.css).
 */
const whole = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'summary', 'label', 'legend', 'select', 'figcaption', 'caption', 'th', 'dt', 'time']);

/**
 * Marks an element whose words are a name though they start its text, where a capital is no
 * sign of one («Республика Таджикистан» as a state's official name in its key facts).
 */
export const nameAttribute = 'data-name';

/** A run of letters that is a whole word of the text, not part of a character reference (`&laquo;`). */
const word = /(?<![&#\p{L}\p{M}\p{N}])[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}])/gu;

/** A token that is an address or an e-mail: hyphens inside it would read as part of it. */
const address = /\S*(?::\/\/|www\.|@)\S*/gu;

const cache = new Map<string, string>();

/** The word without the breaks that leave fewer than `edge` letters on a side. */
function withEdges(hyphenated: string): string {
  const length = withoutSoftHyphens(hyphenated).length;
  let letters = 0;
  let result = '';
  for (const char of hyphenated) {
    if (char !== softHyphen) letters += 1;
    if (char !== softHyphen || (letters >= edge && length - letters >= edge)) result += char;
  }
  return result;
}

/**
 * What comes before a word that starts a sentence (or a text, or a list item): nothing, or the
 * end of a sentence, then any opening quotes or brackets. A word with a capital letter anywhere
 * else is a name (Kyrgyzstan, Организации, PanARMENIAN) and is never hyphenated: a name reads
 * whole, and a reader scanning for it finds it whole. The browser test of hyphenation checks names
 * with the same pattern (scripts/lib/line-breaks.ts).
 */
export const sentenceStart = /(?:^|[.!?…:]["»”’)]*)\s*(?:[«„“"‘(\[]|&(?:laquo|bdquo|ldquo|quot|#171|#8222|#8220);)*$/u;

/** Whether `found`, after `before`, is a name: a word with a capital letter that does not start a sentence. */
export const isName = (found: string, before: string): boolean => /\p{Lu}/u.test(found) && !sentenceStart.test(before);

/** Hyphenates one word in the language of its element, or of its own script when that differs. */
export function hyphenateWord(text: string, lang: string | undefined): string {
  if (text.length < minimumLength) return text;
  // A name with inner capitals (PanARMENIAN) breaks where its parts meet, and inside a part as
  // a word does. Acronyms are words here: the short ones (ОДКБ, UNODC) are too short to break.
  const parts = text.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length > 1) return parts.map((part) => hyphenateWord(part, lang)).join(softHyphen);
  const key = `${lang}:${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const own = lang && lang in hyphenators ? hyphenators[lang as Lang] : null;
  const hyphenator = own?.script.test(text) ? own : Object.values(hyphenators).find((other) => other?.script.test(text));
  const result = hyphenator ? withEdges(hyphenator.hyphenate(text)) : text;
  cache.set(key, result);
  return result;
}

/**
 * Where a name of a site or a document number may break with no hyphen, as style guides break
 * addresses: before a dot inside a name (ostro.org, PanARMENIAN.Net), after a slash
 * (UNIS/NAR/950); and after the hyphen of a name with a year (Rubezh-2025), where browsers do not
 * break, reading "-2025" as a negative number.
 */
const addressBreak = /(?<=\p{L})(?=\.[\p{L}\p{N}])|(?<=\p{N})(?=\.\p{L})|(?<=[\p{L}\p{N}]\/)(?=[\p{L}\p{N}])|(?<=\p{L}-)(?=\p{N})/gu;

/**
 * Where an address may break, with no hyphen, as the Chicago Manual of Style breaks them: after
 * its `//`, and before a single slash, a dot, a colon or a query's punctuation.
 */
const addressBreaks = /(?<=:\/\/)(?=\S)|(?<=[^/:])(?=\/[^/])|(?<=[\p{L}\p{N}])(?=[.:?#&=][\p{L}\p{N}])/gu;

/** A range of numbers (`2015–2016`, `18–23`): kept on one line, as a line must not end on its dash. */
const numberRange = /\d[\d.,]*\u2013\d[\d.,]*/g;

/**
 * Hyphenates the words of a piece of HTML text (character references and names left whole), or with
 * `hyphenate` false only marks its breaks. Addresses (with `://`, `www.` or `@`) are never
 * hyphenated, and break only where `addressBreaks` lets them; in a name of a site, a line may also break before a dot (`<wbr>`, no hyphen), as style guides
 * break addresses; a range of numbers stays on one line.
 */
export function hyphenateText(text: string, lang: string | undefined, hyphenate = true): string {
  const words = (piece: string) =>
    (hyphenate ? piece.replace(word, (found, at: number) => (isName(found, piece.slice(0, at)) ? found : hyphenateWord(found, lang))) : piece)
      .replace(addressBreak, '<wbr>')
      .replace(numberRange, (range) => `<span class="whitespace-nowrap">${range}</span>`);
  let result = '';
  let last = 0;
  for (const match of text.matchAll(address)) {
    result += words(text.slice(last, match.index)) + match[0].replace(addressBreaks, '<wbr>');
    last = match.index + match[0].length;
  }
  return result + words(text.slice(last));
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The ids of the elements that name or describe another (`aria-labelledby`, `aria-describedby`). */
function namingIds(document: Node): Set<string> {
  const ids = new Set<string>();
  const visit = (node: Node) => {
    if ('attrs' in node) for (const attr of node.attrs) if (attr.name === 'aria-labelledby' || attr.name === 'aria-describedby') attr.value.split(/\s+/).forEach((id) => ids.add(id));
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(document);
  return ids;
}

/** Where a piece of text stands: in reading text, or in a name, a control or a date. */
interface Place {
  lang: string | undefined;
  inReading: boolean;
  inWhole: boolean;
}

/**
 * A page with soft hyphens in the words of its reading text (paragraphs, list items, definitions,
 * quotations), each in the language its element declares (`lang`), so that a word too long for a
 * narrow line breaks with a hyphen; never in a name, a control or a date, nor in what names or
 * describes another element (`aria-labelledby`, `aria-describedby`): no accessible name carries
 * a soft hyphen. In all its text, breaks for addresses, and ranges of numbers kept on one line.
 * Only text changes: markup, attributes, scripts and styles are left byte for byte as they were,
 * so the hashes of inline scripts hold.
 */
export function hyphenateHtml(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const edits: { start: number; end: number; text: string }[] = [];
  const naming = namingIds(document);
  const visit = (node: Node, place: Place) => {
    if (node.nodeName === '#text' && 'value' in node && node.sourceCodeLocation) {
      const { startOffset, endOffset } = node.sourceCodeLocation;
      const source = html.slice(startOffset, endOffset);
      const text = hyphenateText(source, place.lang, place.inReading && !place.inWhole);
      if (text !== source) edits.push({ start: startOffset, end: endOffset, text });
      return;
    }
    if (!('childNodes' in node)) return;
    const element = 'tagName' in node ? (node as Element) : undefined;
    if (element && (skipped.has(element.tagName) || element.attrs.some((attr) => attr.name === 'translate' && attr.value === 'no'))) return;
    const attr = (name: string) => element?.attrs.find((each) => each.name === name)?.value;
    const tag = element?.tagName ?? '';
    const inside: Place = {
      lang: attr('lang')?.toLowerCase().split('-')[0] ?? place.lang,
      inReading: place.inReading || reading.has(tag),
      inWhole: place.inWhole || whole.has(tag) || naming.has(attr('id') ?? '') || attr(nameAttribute) !== undefined,
    };
    for (const child of node.childNodes) visit(child, inside);
  };
  visit(document, { lang: undefined, inReading: false, inWhole: false });
  let result = '';
  let last = 0;
  for (const edit of edits) {
    result += html.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return result + html.slice(last);
}
