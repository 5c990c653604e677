/**
 * Text written into XML or HTML (an element's text or a double-quoted attribute's value) as
 * text: its `&`, `<`, `>` and `"` as references, so that nothing in it reads as markup.
 */
export const escapeXml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
