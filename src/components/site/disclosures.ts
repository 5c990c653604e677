/**
 * The header's toggles (./HeaderDisclosure.astro) work without script; with it, Escape closes
 * the open one, from its toggle or from anywhere in its panel, and focus returns to the toggle.
 */
function closeOnEscape(event: KeyboardEvent, focused: Element | null): void {
  if (event.key !== 'Escape' || !focused) return;
  for (const toggle of document.querySelectorAll<HTMLDetailsElement>('details.header-toggle[open]')) {
    const panel = toggle.nextElementSibling;
    if (!toggle.contains(focused) && !panel?.contains(focused)) continue;
    toggle.open = false;
    toggle.querySelector('summary')?.focus();
    event.preventDefault();
    return;
  }
}

document.addEventListener('keydown', (event) => closeOnEscape(event, document.activeElement));

// A module of the page script, imported for its effect.
export {};
