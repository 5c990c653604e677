import { softHyphen, withoutSoftHyphens } from '../../lib/soft-hyphens.ts';

/**
 * What a reader copies from the page, without the soft hyphens the build put into words
 * (src/lib/hyphenation.ts): some browsers copy them, and a quotation pasted elsewhere would then
 * carry invisible characters that break search and spell-checking there.
 */
function cleanCopiedText(event: ClipboardEvent, selection: Selection | null): void {
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const text = selection.toString();
  const holder = document.createElement('div');
  for (let index = 0; index < selection.rangeCount; index += 1) holder.append(selection.getRangeAt(index).cloneContents());
  if (!text.includes(softHyphen) && !holder.innerHTML.includes(softHyphen)) return;
  event.clipboardData.setData('text/plain', withoutSoftHyphens(text));
  event.clipboardData.setData('text/html', withoutSoftHyphens(holder.innerHTML));
  event.preventDefault();
}

document.addEventListener('copy', (event) => cleanCopiedText(event, document.getSelection()));
