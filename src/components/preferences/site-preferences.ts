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

/** The display settings' controls: they store and announce; the head script applies early. */
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
    this.#set(updatePreference(this.#preferences, input.name, input.value));
    const legend = input.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
    this.#announce(`${legend}: ${input.closest('label')?.querySelector('[data-label]')?.textContent?.trim()}`);
  }

  #onClick(event: Event) {
    if (!(event.target as Element).closest('button[data-reset]')) return;
    this.#set(defaultPreferences);
    this.#showChecked();
    this.#announce(this.dataset.resetMessage ?? '');
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
