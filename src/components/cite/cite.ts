// The citations' script (CiteThisPage.astro): puts the reader's own day in "Accessed", in each
// style's way of writing it, and copies a citation's text, as shown but without soft hyphens,
// saying so in the status; where the clipboard is refused, it selects the text to copy.
import { withoutSoftHyphens } from '../../lib/soft-hyphens.ts';
import { citedDate, type CitationStyle } from './styles.ts';

/** The reader's day, `2026-12-08`, by their own clock. */
const today = (now = new Date()) => [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');

/** Puts `day` in each citation's "Accessed", written as its style writes it (the build wrote its own day there). */
export function showDayRead(root: ParentNode, day: string): void {
  for (const time of root.querySelectorAll<HTMLTimeElement>('[data-cite-style] time[data-accessed]')) {
    const style = time.closest<HTMLElement>('[data-cite-style]')!.dataset.citeStyle as CitationStyle;
    time.dateTime = day;
    time.textContent = citedDate(style, 'accessed', day);
  }
}

showDayRead(document, today());

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy-citation]');
  if (!button) return;
  const citation = button.closest('[data-cite-style]')!.querySelector<HTMLElement>('[data-citation]')!;
  const status = button.closest('section')!.querySelector<HTMLElement>('[data-copy-status]')!;
  try {
    await navigator.clipboard.writeText(withoutSoftHyphens(citation.textContent ?? ''));
    status.textContent = status.dataset.copied ?? '';
  } catch {
    getSelection()?.selectAllChildren(citation);
    status.textContent = status.dataset.failed ?? '';
  }
});
