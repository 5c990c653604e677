import type { Page } from '@playwright/test';

/** A voice as the stand-in lists it (what SpeechSynthesisVoice has that read-aloud reads). */
export interface StandInVoice {
  name: string;
  lang: string;
  default?: boolean;
}

/** What the stand-in heard: each utterance's words, language, voice and rate, and each cancel, in order. */
export type Heard = { text: string; lang: string; voice: string | null; rate: number } | { cancel: true };

/**
 * Puts a scripted stand-in for the browser's speech engine in place before any page script runs
 * (window.speechSynthesis and SpeechSynthesisUtterance). It lists the voices given, speaks
 * nothing, and records what it is asked to say; a sentence ends only when the test says so
 * (`finishSentence`), or at once after `readStraightThrough`. The record is kept in
 * sessionStorage, so it outlives the page that made it (for stopping on leaving).
 */
export async function installSpeechStandIn(page: Page, voices: StandInVoice[]): Promise<void> {
  await page.addInitScript((listed: StandInVoice[]) => {
    const record = (entry: object) => sessionStorage.setItem('heard', JSON.stringify([...JSON.parse(sessionStorage.getItem('heard') ?? '[]'), entry]));
    class Utterance extends EventTarget {
      text: string;
      lang = '';
      voice: StandInVoice | null = null;
      rate = 1;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    let current: Utterance | null = null;
    let straightThrough = false;
    let announced = false;
    const end = (utterance: Utterance) => {
      if (current !== utterance) return;
      current = null;
      utterance.dispatchEvent(new Event('end'));
    };
    const engine = Object.assign(new EventTarget(), {
      // Like Chrome, it gives an empty list at first when it has no voices, and says when it has looked.
      getVoices() {
        if (!announced) setTimeout(() => engine.dispatchEvent(new Event('voiceschanged')));
        announced = true;
        return listed;
      },
      speak(utterance: Utterance) {
        record({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null, rate: utterance.rate });
        current = utterance;
        utterance.dispatchEvent(new Event('start'));
        if (straightThrough) setTimeout(() => end(utterance));
      },
      cancel() {
        record({ cancel: true });
        const stopped = current;
        current = null;
        stopped?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
      },
      pause() {},
      resume() {},
      get speaking() {
        return current !== null;
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
    Object.assign(window, {
      speechStandIn: {
        finishSentence: () => current && end(current),
        readStraightThrough: () => {
          straightThrough = true;
          if (current) end(current);
        },
      },
    });
  }, voices);
}

/** What the stand-in has heard on this tab so far. */
export const heard = (page: Page): Promise<Heard[]> => page.evaluate(() => JSON.parse(sessionStorage.getItem('heard') ?? '[]'));

/** What it has been asked to say, without the cancels. */
export const said = async (page: Page) => (await heard(page)).filter((entry): entry is Exclude<Heard, { cancel: true }> => !('cancel' in entry));

/** Ends the sentence being spoken, as a voice would on reaching its end. */
export const finishSentence = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: { finishSentence(): void } }).speechStandIn.finishSentence());

/** From now on every sentence ends as soon as it starts: the page is read through at once. */
export const readStraightThrough = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: { readStraightThrough(): void } }).speechStandIn.readStraightThrough());

/** The text of the sentence the page highlights as being read (CSS Custom Highlight API), or null. */
export const highlighted = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud');
    const range = highlight ? [...highlight][0] : undefined;
    return range ? range.toString().replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim() : null;
  });

/** Voices as a machine might list them: English, Russian and Kazakh, and the default one of another language. */
export const voices = {
  en: { name: 'English (America) espeak-ng', lang: 'en-US' },
  ru: { name: 'Russian espeak-ng', lang: 'ru' },
  kk: { name: 'Kazakh espeak-ng', lang: 'kk' },
  other: { name: 'Afrikaans espeak-ng', lang: 'af', default: true },
} satisfies Record<string, StandInVoice>;
