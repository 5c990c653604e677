// The <site-preferences> element: the display settings' controls store and announce the
// reader's choice; the <head> script (./head-script.ts) applies it on the next page before the first frame.
import {
  applyPreferences,
  defaultPreferences,
  parsePreferences,
  serialisePreferences,
  storageKey,
  updatePreference,
} from './model.ts';

/** Storage may be blocked or full: the controls still work for this page. */
function readStored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
function store(text: string): void {
  try {
    localStorage.setItem(storageKey, text);
  } catch {
    /* nothing to keep the choice in: it lasts for this page */
  }
}

/** The font size and colour controls: they store and announce; the head script applies early. */
class SitePreferences extends HTMLElement {
  #preferences = parsePreferences(readStored());

  connectedCallback() {
    this.#showChecked();
    this.addEventListener('change', (event) => this.#onChange(event));
    this.addEventListener('click', (event) => this.#onClick(event));
  }

  #onChange(event: Event) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
    // A larger size can narrow the header below 48rem; keep the panel open so focus stays put.
    this.#open('preferences-panel');
    this.#set(updatePreference(this.#preferences, input.name, input.value));
    const legend = input.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
    this.#announce(`${legend}: ${input.closest('label')?.querySelector('[data-label]')?.textContent?.trim()}`);
  }

  #onClick(event: Event) {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    if (button.hasAttribute('data-reset')) {
      this.#set(defaultPreferences);
      this.#showChecked();
      this.#announce(this.dataset.resetMessage ?? '');
    } else if (button.hasAttribute('data-toggle')) {
      this.#open(button.getAttribute('aria-controls') ?? '', button.getAttribute('aria-expanded') !== 'true');
    }
  }

  /** Shows or hides a region with data-open, and says so on the button that controls it. */
  #open(id: string, open = true) {
    document.getElementById(id)?.toggleAttribute('data-open', open);
    this.querySelector(`[aria-controls="${id}"]`)?.setAttribute('aria-expanded', String(open));
  }

  #set(preferences: typeof defaultPreferences) {
    this.#preferences = preferences;
    applyPreferences(document.documentElement, preferences);
    store(serialisePreferences(preferences));
  }

  #showChecked() {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.checked = this.#preferences[input.name as keyof typeof defaultPreferences] === input.value;
    }
  }

  /** Says what changed through the polite status region; clearing first makes a repeat heard. */
  #announce(text: string) {
    const status = this.querySelector('[data-status]');
    if (!status) return;
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  }
}

customElements.define('site-preferences', SitePreferences);
