// Reading aloud, loaded by the <read-aloud> element (./read-aloud.ts) on the reader's first press:
// the browser's own speech (the Web Speech API, nothing sent anywhere) reads the page's main text,
// a sentence at a time, each highlighted with the CSS Custom Highlight API, and stops when the
// reader leaves the page. Its words are in the element's markup (./ReadAloud.astro); the speed is
// a display setting (../preferences/model.ts).
import { parsePreferences, storageKey, type Preferences } from '../preferences/model.ts';
import { readingSentences, type Sentence } from './passages.ts';
import { chooseVoice, sameLanguage } from './voices.ts';
// The highlight's colours come with the reader, not in every page's stylesheet.
import highlightStylesheet from './read-aloud.css?url';

/** The speech rate of each speed the settings offer. */
const rates: Record<Preferences['speechRate'], number> = { normal: 1, slow: 0.75, fast: 1.35 };

/** The name of the highlight, as the stylesheet knows it (`::highlight(read-aloud)`, read-aloud.css). */
const highlightName = 'read-aloud';

/**
 * How long to wait for the browser to list its voices, which some load only when first asked:
 * Chromium over a speech-dispatcher that has yet to start took several seconds on this project's
 * machine. A browser with no voices at all may never say so, so the wait has an end.
 */
const voiceWait = 10_000;

function storedRate(): number {
  try {
    return rates[parsePreferences(localStorage.getItem(storageKey)).speechRate];
  } catch {
    return rates.normal;
  }
}

/** The installed voices: at once where the browser has them, else when it says they have changed. */
function installedVoices(): Promise<SpeechSynthesisVoice[]> {
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, voiceWait);
  });
}

type State = 'idle' | 'reading' | 'paused';

/** The reader of one page, driving its <read-aloud> element's buttons. */
export class Reader {
  #element: HTMLElement;
  #state: State = 'idle';
  #sentences: Sentence[] = [];
  #index = 0;
  /** Bumped whenever speech is cancelled, so that the events of a cancelled sentence are ignored. */
  #turn = 0;
  #voices: SpeechSynthesisVoice[] = [];
  /** Set while the voices are looked for, so that a second press does not start a second reading. */
  #starting = false;
  #pageVoice: SpeechSynthesisVoice | undefined;

  constructor(element: HTMLElement) {
    this.#element = element;
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: highlightStylesheet }));
    element.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (target.closest('[data-play]')) void this.play();
      else if (target.closest('[data-stop]')) this.#stop(true);
    });
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#state !== 'idle') {
        this.#stop(true);
        event.preventDefault();
      }
    });
    // Leaving the page (a link, the back button, closing the tab) ends the reading.
    window.addEventListener('pagehide', () => this.#stop(false));
  }

  get #play() {
    return this.#element.querySelector<HTMLButtonElement>('[data-play]')!;
  }
  get #stopButton() {
    return this.#element.querySelector<HTMLButtonElement>('[data-stop]')!;
  }
  get #lang() {
    return this.#element.dataset.lang ?? document.documentElement.lang;
  }

  /** What the play button does: Listen, Pause or Resume. */
  async play() {
    if (this.#state === 'reading') return this.#pause();
    if (this.#state === 'paused') return this.#resume();
    if (this.#starting) return;
    this.#starting = true;
    this.#voices = await installedVoices();
    this.#starting = false;
    this.#pageVoice = chooseVoice(this.#voices, this.#lang, navigator.languages);
    const message = this.#element.querySelector<HTMLElement>('[data-no-voice]')!;
    message.hidden = this.#pageVoice !== undefined;
    if (!this.#pageVoice) return this.#announce(message.textContent ?? '');
    const main = document.querySelector('main');
    this.#sentences = main ? readingSentences(main, this.#lang) : [];
    this.#index = 0;
    this.#setState('reading');
    this.#speakCurrent();
  }

  #pause() {
    this.#turn++;
    speechSynthesis.cancel();
    this.#setState('paused');
  }

  /** Resumes at the start of the sentence that was paused: pause() is unreliable across engines. */
  #resume() {
    this.#setState('reading');
    this.#speakCurrent();
  }

  #stop(keepFocus: boolean) {
    if (this.#state === 'idle') return;
    this.#turn++;
    speechSynthesis.cancel();
    CSS.highlights?.delete(highlightName);
    const focusWasOnStop = this.#stopButton === document.activeElement;
    this.#setState('idle');
    if (keepFocus && focusWasOnStop) this.#play.focus();
  }

  /** Speaks the current sentence; a passage in a language no voice reads is skipped, saying so once. */
  #speakCurrent() {
    const sentence = this.#sentences[this.#index];
    if (!sentence) return this.#stop(true);
    const voice = sameLanguage(sentence.lang, this.#pageVoice!.lang) ? this.#pageVoice : chooseVoice(this.#voices, sentence.lang, navigator.languages);
    if (voice) {
      this.#highlight(sentence);
      this.#say(sentence.text, sentence.lang, voice, 1);
      return;
    }
    // Skip every sentence of the passage (the run of sentences in that language) and say so.
    let next = this.#index + 1;
    while (this.#sentences[next] && this.#sentences[next]!.lang === sentence.lang) next++;
    CSS.highlights?.delete(highlightName);
    this.#say(this.#element.dataset.skipped ?? '', this.#lang, this.#pageVoice!, next - this.#index);
  }

  /** Speaks words, then moves on by `advance` sentences when they have been spoken. */
  #say(text: string, lang: string, voice: SpeechSynthesisVoice, advance: number) {
    const turn = this.#turn;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.voice = voice;
    utterance.rate = storedRate();
    utterance.addEventListener('end', () => {
      if (turn !== this.#turn) return;
      this.#index += advance;
      this.#speakCurrent();
    });
    utterance.addEventListener('error', () => {
      if (turn === this.#turn) this.#stop(true);
    });
    speechSynthesis.speak(utterance);
  }

  #highlight(sentence: Sentence) {
    if (!('highlights' in CSS)) return;
    const range = new Range();
    range.setStart(sentence.start.node, sentence.start.offset);
    range.setEnd(sentence.end.node, sentence.end.offset);
    CSS.highlights.set(highlightName, new Highlight(range));
    // Keep the sentence in view, without moving the page when it is already there.
    sentence.start.node.parentElement?.scrollIntoView({ block: 'nearest' });
  }

  /** Shows the state: the play button's name says what it does next; Stop only while there is something to stop. */
  #setState(state: State) {
    const { dataset } = this.#element;
    const ended = this.#state !== 'idle' && state === 'idle';
    this.#state = state;
    this.#play.textContent = (state === 'reading' ? dataset.pauseLabel : state === 'paused' ? dataset.resumeLabel : dataset.listenLabel) ?? '';
    this.#stopButton.hidden = state === 'idle';
    if (ended) this.#announce(dataset.stopped ?? '');
  }

  /** Says it through the polite status region; clearing first makes a repeat heard. */
  #announce(text: string) {
    const status = this.#element.querySelector<HTMLElement>('[data-status]')!;
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  }
}
