/**
 * The header's toggles (./HeaderDisclosure.astro) work without script; with it, Escape closes
 * the open one, from its toggle or from anywhere in its panel, and so does a button of the panel
 * marked `data-close-panel` (the display settings' "Done"); focus returns to the toggle.
 */
function close(toggle: HTMLDetailsElement, event: Event): void {
  toggle.open = false;
  toggle.querySelector('summary')?.focus();
  event.preventDefault();
}

/** The open header toggle whose toggle or panel holds `element`. */
function openToggleAround(element: Element): HTMLDetailsElement | undefined {
  return [...document.querySelectorAll<HTMLDetailsElement>('details.header-toggle[open]')].find(
    (toggle) => toggle.contains(element) || toggle.nextElementSibling?.contains(element),
  );
}

document.addEventListener('keydown', (event) => {
  const toggle = event.key === 'Escape' && document.activeElement ? openToggleAround(document.activeElement) : undefined;
  if (toggle) close(toggle, event);
});

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.('button[data-close-panel]');
  const toggle = button ? openToggleAround(button) : undefined;
  if (toggle) close(toggle, event);
});

// A module of the page script, imported for its effect.
export {};
