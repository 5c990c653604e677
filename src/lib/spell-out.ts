/**
 * Abbreviations spelt out where a page first uses them (WCAG 3.1.4): at build time, the first
 * time an abbreviation the site knows (src/lib/content/aliases.ts, `abbreviations`) appears in
 * the running text of a page's <main>, its expansion follows it in brackets, "ОДКБ (Организация
 * Договора о коллективной безопасности)", unless the page has already said the expansion (in its
 * title, say) or says it right there (the abbreviation in brackets after the name, in any case). Headings, links, names shown as names (`data-pagefind-weight`:
 * the title, "Also known as") and what search ignores (sources, notes) are read for what they
 * say, but left as they are, and the abbreviation is spelt out at its first use in running text
 * after them; text in another language than the page's is left alone too.
 */
import { parse } from 'parse5';
import { escapeXml } from './escape-xml.ts';
import { attr, type Element, type Node } from './html.ts';

/** A short form and what it stands for, in the page's language. */
export interface ShortForm {
  short: string;
  expansion: string;
}

const readOnly = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'summary', 'label', 'script', 'style', 'template', 'svg', 'code', 'blockquote', 'q']);
const plain = (text: string) => text.replaceAll('\u00ad', '').toLowerCase();

/**
 * The page with each known abbreviation spelt out at its first use in running text. Only text
 * changes, and only by what is added after an abbreviation: markup is left byte for byte, so the
 * hashes of inline scripts hold.
 */
export function spellOutAbbreviations(html: string, lang: string, forms: readonly ShortForm[]): string {
  if (forms.length === 0) return html;
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const pending = new Map(forms.map((form) => [form.short, form]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${forms.map((form) => form.short).sort((a, b) => b.length - a.length).map((short) => RegExp.escape(short)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const edits: { at: number; text: string }[] = [];
  let seen = '';

  const visit = (node: Node, inMain: boolean, editable: boolean, nodeLang: string) => {
    if (node.nodeName === '#text' && 'value' in node) {
      if (!inMain) return;
      const text = node.value;
      if (editable && nodeLang === lang && node.sourceCodeLocation) {
        for (const match of text.matchAll(pattern)) {
          const form = pending.get(match[1]!);
          const after = text.slice(match.index + match[0].length);
          // A possessive ("the CSTO's") takes no brackets: the next use does.
          if (!form || /^['’]s(?![\p{L}])/u.test(after)) continue;
          pending.delete(form.short);
          const before = seen + text.slice(0, match.index);
          // Defined right there: "(ОДКБ)" after the name it stands for, in whatever case the
          // sentence puts it («членов Организации Договора… (ОДКБ)»), or followed by its expansion.
          const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(after);
          if (plain(before).includes(plain(form.expansion)) || bracketed || /^\s*\(/.test(after)) continue;
          // Where the abbreviation ends in the source: the text node's characters are the source's,
          // but for character references, which an abbreviation never contains.
          const source = html.slice(node.sourceCodeLocation.startOffset, node.sourceCodeLocation.endOffset);
          const end = sourceOffset(source, match.index + match[0].length);
          if (end !== undefined) edits.push({ at: node.sourceCodeLocation.startOffset + end, text: ` (${escapeXml(form.expansion)})` });
        }
      }
      seen += text;
      return;
    }
    if (!('childNodes' in node)) return;
    const element = 'tagName' in node ? (node as Element) : undefined;
    let main = inMain;
    let canEdit = editable;
    let own = nodeLang;
    if (element) {
      if (element.tagName === 'main') main = true;
      if (['script', 'style', 'template'].includes(element.tagName)) return;
      if (readOnly.has(element.tagName) || attr(element, 'data-pagefind-ignore') !== undefined || attr(element, 'data-pagefind-weight') !== undefined) canEdit = false;
      own = attr(element, 'lang')?.toLowerCase() ?? nodeLang;
    }
    for (const child of node.childNodes) visit(child, main, canEdit, own);
  };
  visit(document, false, true, lang);

  let result = '';
  let last = 0;
  // The edits come in document order, as the walk found them.
  for (const edit of edits) {
    result += html.slice(last, edit.at) + edit.text;
    last = edit.at;
  }
  return result + html.slice(last);
}

/** The offset in a text node's source of its `index`-th decoded character, reading references as one. */
function sourceOffset(source: string, index: number): number | undefined {
  let s = 0;
  let t = 0;
  while (t < index && s < source.length) {
    const reference = source[s] === '&' ? /^&(?:#\d+|#x[\da-f]+|\w+);/i.exec(source.slice(s)) : null;
    s += reference ? reference[0].length : 1;
    t += 1;
  }
  return t === index ? s : undefined;
}
