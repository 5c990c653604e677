// The citation's copy button (CiteThisPage.astro): copies the citation's text, as shown but
// without soft hyphens, and says so in its status; where the clipboard is refused, it selects
// the text for the reader to copy.
import { withoutSoftHyphens } from '../../lib/soft-hyphens.ts';

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy-citation]');
  if (!button) return;
  const section = button.closest('section')!;
  const citation = section.querySelector<HTMLElement>('[data-citation]')!;
  const status = section.querySelector<HTMLElement>('[data-copy-status]')!;
  try {
    await navigator.clipboard.writeText(withoutSoftHyphens(citation.textContent ?? ''));
    status.textContent = status.dataset.copied ?? '';
  } catch {
    getSelection()?.selectAllChildren(citation);
    status.textContent = status.dataset.failed ?? '';
  }
});
