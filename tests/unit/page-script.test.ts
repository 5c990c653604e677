// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageKey } from '../../src/components/preferences/model.ts';

// The page script's parts (components/site/page-script.ts) in a DOM (happy-dom), on small pieces
// of the markup their components write: the display settings' controls, Escape on the header's
// toggles, copying without soft hyphens, the citation's copy button, the search page's language links.

beforeAll(async () => {
  localStorage.setItem(storageKey, JSON.stringify({ scheme: 'white-on-black', fontSize: '150' }));
  await import('../../src/components/preferences/site-preferences.ts');
  await import('../../src/components/site/disclosures.ts');
  await import('../../src/components/site/copy-text.ts');
  await import('../../src/components/cite/cite.ts');
  await import('../../src/components/site/language-links.ts');
});

afterEach(() => {
  document.body.replaceChildren();
  for (const name of [...document.documentElement.attributes].map((attribute) => attribute.name)) if (name.startsWith('data-')) document.documentElement.removeAttribute(name);
  vi.unstubAllGlobals();
});

/** Puts markup in the document whole, as the browser has it when the page script runs. */
function render(html: string) {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.replaceChildren(...holder.childNodes);
}

const radio = (name: string, value: string, label: string) => `<label><input type="radio" name="${name}" value="${value}"><span data-label>${label}</span></label>`;
const settings = `
  <site-preferences data-reset-message="Settings reset">
    <fieldset><legend>Font size</legend>${radio('fontSize', '100', '100%')}${radio('fontSize', '150', '150%')}${radio('fontSize', '200', '200%')}</fieldset>
    <fieldset><legend>Site colours</legend>${radio('scheme', 'default', 'Default')}${radio('scheme', 'white-on-black', 'White on black')}</fieldset>
    <button type="button" data-reset>Reset</button>
    <p role="status" data-status></p>
  </site-preferences>`;
const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
const choose = (name: string, value: string) => {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('the display settings’ controls', () => {
  it('show the stored choice as checked', () => {
    render(settings);
    expect([checked('fontSize'), checked('scheme')]).toEqual(['150', 'white-on-black']);
  });

  it('apply a choice to the page, store it, and say what changed', async () => {
    render(settings);
    choose('fontSize', '200');
    expect(document.documentElement.getAttribute('data-font-size')).toBe('200');
    expect(JSON.parse(localStorage.getItem(storageKey)!)).toMatchObject({ fontSize: '200', scheme: 'white-on-black' });
    await nextFrame();
    expect(document.querySelector('[data-status]')!.textContent).toBe('Font size: 200%');
  });

  it('reset to the defaults, uncheck the choices, store the defaults and say so', async () => {
    render(settings);
    document.querySelector<HTMLButtonElement>('[data-reset]')!.click();
    expect([checked('fontSize'), checked('scheme')]).toEqual(['100', 'default']);
    expect(document.documentElement.hasAttribute('data-scheme')).toBe(false);
    // The defaults are what nothing stored means.
    expect(JSON.parse(localStorage.getItem(storageKey)!)).toEqual({});
    await nextFrame();
    expect(document.querySelector('[data-status]')!.textContent).toBe('Settings reset');
  });

  it('keep working for the page when storage refuses the choice', () => {
    render(settings);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    expect(() => choose('scheme', 'white-on-black')).not.toThrow();
    expect(document.documentElement.getAttribute('data-scheme')).toBe('white-on-black');
    vi.restoreAllMocks();
  });

  it('show the defaults for what is stored unreadable, field by field, and each valid field as stored', () => {
    const withType = settings.replace('<button', `<fieldset><legend>Type</legend>${radio('fontFamily', 'sans', 'Sans-serif')}${radio('fontFamily', 'serif', 'Serif')}</fieldset><button`);
    const before = localStorage.getItem(storageKey);
    try {
      for (const [stored, expected] of [
        ['{not json', ['100', 'default', 'sans']],
        ['"text"', ['100', 'default', 'sans']],
        ['{"scheme":"pink","fontSize":"150"}', ['150', 'default', 'sans']],
        ['{"fontSize":"<img src=x onerror=alert(1)>"}', ['100', 'default', 'sans']],
        ['{"fontFamily":"Comic Sans","wordSpacing":"9em","paragraphSpacing":["wide"],"scheme":"white-on-black"}', ['100', 'white-on-black', 'sans']],
      ] as const) {
        localStorage.setItem(storageKey, stored);
        render(withType);
        expect([checked('fontSize'), checked('scheme'), checked('fontFamily')], stored).toEqual(expected);
      }
    } finally {
      localStorage.setItem(storageKey, before!);
    }
  });

  it('work for the page when storage is blocked altogether, for reading and for writing', async () => {
    const storage = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')!;
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      render(settings);
      expect([checked('fontSize'), checked('scheme')], 'the defaults, nothing being readable').toEqual(['100', 'default']);
      expect(() => choose('scheme', 'white-on-black')).not.toThrow();
      expect(document.documentElement.getAttribute('data-scheme')).toBe('white-on-black');
      await nextFrame();
      expect(document.querySelector('[data-status]')!.textContent).toBe('Site colours: White on black');
    } finally {
      Object.defineProperty(globalThis, 'localStorage', storage);
    }
  });

  it('ignore a change that is not a choice of theirs', () => {
    render(`${settings}<input type="checkbox" name="fontSize" value="200">`);
    const box = document.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    document.querySelector('site-preferences')!.append(box);
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.documentElement.hasAttribute('data-font-size')).toBe(false);
  });
});

describe('Escape on the header’s toggles', () => {
  const header = `
    <details class="header-toggle" open><summary>Display settings</summary></details>
    <div><button id="inside">A control in the panel</button></div>
    <details class="header-toggle" open><summary>Menu</summary></details>
    <div><a href="/" id="other">Home</a></div>
    <button id="outside">Elsewhere</button>`;

  it('closes the toggle whose panel has focus, and brings focus back to it', () => {
    render(header);
    const inside = document.getElementById('inside')!;
    inside.focus();
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    const [settingsToggle, menu] = document.querySelectorAll('details');
    expect(settingsToggle!.open).toBe(false);
    expect(document.activeElement).toBe(settingsToggle!.querySelector('summary'));
    expect(menu!.open).toBe(true);
  });

  it('closes the toggle that has focus itself', () => {
    render(header);
    const summary = document.querySelectorAll('summary')[1]!;
    summary.focus();
    summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelectorAll('details')[1]!.open).toBe(false);
  });

  it('leaves the toggles open for another key, or with focus outside them', () => {
    render(header);
    const inside = document.getElementById('inside')!;
    inside.focus();
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const outside = document.getElementById('outside')!;
    outside.focus();
    outside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect([...document.querySelectorAll('details')].map((toggle) => toggle.open)).toEqual([true, true]);
  });
});

describe('copying', () => {
  const copy = (selected: Node) => {
    const range = document.createRange();
    range.selectNodeContents(selected);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const data = new Map<string, string>();
    const event = new Event('copy', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', { value: { setData: (type: string, text: string) => data.set(type, text) } });
    document.dispatchEvent(event);
    return { data, prevented: event.defaultPrevented };
  };

  it('takes the soft hyphens out of what a reader copies, as text and as HTML', () => {
    render('<p id="text">Col\u00adlec\u00adtive <b>se\u00adcu\u00adri\u00adty</b></p>');
    const { data, prevented } = copy(document.getElementById('text')!);
    expect(prevented).toBe(true);
    expect(data.get('text/plain')).toBe('Collective security');
    expect(data.get('text/html')).toBe('Collective <b>security</b>');
  });

  it('leaves a copy without soft hyphens to the browser', () => {
    render('<p id="text">Collective security</p>');
    const { data, prevented } = copy(document.getElementById('text')!);
    expect(prevented).toBe(false);
    expect(data.size).toBe(0);
  });
});

describe('the citations and their copy buttons', () => {
  const style = (name: string, words: string) => `
    <div data-cite-style="${name}"><p data-citation>${words} <time datetime="2026-12-01" data-accessed>1 Dec. 2026</time>.</p>
    <button type="button" data-copy-citation>Copy the ${name} citation</button></div>`;
  const citation = `
    <section>${style('mla', '“Kanal (Channel).” CSTO guide, 28 Nov. 2026. Ac\u00adcessed')}${style('chicago', '“Kanal (Channel).” CSTO guide. Accessed')}
    <p data-copy-status data-copied="Copied" data-failed="Select and copy it"></p></section>`;

  it('copies the citation of its style without soft hyphens, and says so', async () => {
    const written: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void written.push(text) } });
    render(citation);
    document.querySelector<HTMLButtonElement>('[data-cite-style="mla"] [data-copy-citation]')!.click();
    await vi.waitFor(() => expect(document.querySelector('[data-copy-status]')!.textContent).toBe('Copied'));
    expect(written).toEqual(['“Kanal (Channel).” CSTO guide, 28 Nov. 2026. Accessed 1 Dec. 2026.']);
  });

  it('selects the citation for the reader when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => Promise.reject(new Error('NotAllowedError')) } });
    render(citation);
    document.querySelector<HTMLButtonElement>('[data-cite-style="chicago"] [data-copy-citation]')!.click();
    await vi.waitFor(() => expect(document.querySelector('[data-copy-status]')!.textContent).toBe('Select and copy it'));
    expect(getSelection()!.toString()).toContain('CSTO guide. Accessed');
    expect(getSelection()!.toString()).not.toContain('28 Nov.');
  });

  it('puts the reader’s day in “Accessed”, as each style writes it', async () => {
    const { showDayRead } = await import('../../src/components/cite/cite.ts');
    render(citation);
    showDayRead(document, '2027-01-05');
    const times = [...document.querySelectorAll<HTMLTimeElement>('time[data-accessed]')];
    expect(times.map((time) => [time.dateTime, time.textContent])).toEqual([
      ['2027-01-05', '5 Jan. 2027'],
      ['2027-01-05', 'January 5, 2027'],
    ]);
  });

  it('does nothing for a click elsewhere', () => {
    render(`${citation}<button id="other">Other</button>`);
    document.getElementById('other')!.click();
    expect(document.querySelector('[data-copy-status]')!.textContent).toBe('');
  });
});

describe('the language switch on the search page', () => {
  beforeEach(() => render('<a href="/ru/search/?q=old#top" data-language-link>Русский</a><a href="/kk/search/" data-language-link>Қазақша</a><a href="/elsewhere/">Other</a>'));

  it('leads each language to the same search', () => {
    document.dispatchEvent(new CustomEvent('search:query', { detail: { query: ' Kanal 2016 ' } }));
    expect([...document.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['/ru/search/?q=Kanal+2016', '/kk/search/?q=Kanal+2016', '/elsewhere/']);
  });
});
