// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePreferences } from '../../src/components/preferences/model.ts';
import { readingSentences, sentenceSpans } from '../../src/components/read-aloud/passages.ts';
import { chooseVoice, type VoiceLike } from '../../src/components/read-aloud/voices.ts';

// Read aloud's logic (src/components/read-aloud/): what a page's main text is as sentences, in
// order and by language; how a text splits into sentences in each language; which installed
// voice reads a language. The voices of a real machine are in the fixture
// (scripts/capture-voices.mjs: Chromium over speech-dispatcher and espeak-ng).

const sentencesOf = (text: string, lang: string) => sentenceSpans(text, lang).map(({ start, end }) => text.slice(start, end));

describe('sentences, in each language', () => {
  it('split English, Russian and Kazakh text at the end of each sentence', () => {
    expect(sentencesOf('The Council met in Minsk. It took two decisions! Did Armenia attend?', 'en')).toEqual(['The Council met in Minsk.', 'It took two decisions!', 'Did Armenia attend?']);
    expect(sentencesOf('Совет собрался в Минске. Армения не участвовала.', 'ru')).toEqual(['Совет собрался в Минске.', 'Армения не участвовала.']);
    expect(sentencesOf('Кеңес Минскіде жиналды. Армения қатыспады.', 'kk')).toEqual(['Кеңес Минскіде жиналды.', 'Армения қатыспады.']);
  });

  it('keep a word with soft hyphens whole, and leave out what has no word', () => {
    expect(sentencesOf('Противо\u00ADвоздушной обороны. Силы.', 'ru')).toEqual(['Противо\u00ADвоздушной обороны.', 'Силы.']);
    expect(sentencesOf(' ; ', 'en')).toEqual([]);
  });
});

/** The page's sentences as [language, words]. */
function read(html: string, lang = 'en') {
  document.documentElement.lang = lang;
  document.body.innerHTML = `<main>${html}</main>`;
  return readingSentences(document.querySelector('main')!, lang);
}

describe('the main text, in order', () => {
  it('reads headings, paragraphs, lists and key facts in the page’s order, not its chrome', () => {
    const sentences = read(`
      <p class="print-only hidden">http://localhost/bodies/x/</p>
      <h1>Secretariat</h1>
      <p><a href="#">As stated by the source.</a> <span>Reviewed on <time>7 December 2026</time></span></p>
      <read-aloud><button>Listen</button></read-aloud>
      <nav><h2>On this page</h2><ol><li><a href="#facts">Key facts</a></li></ol></nav>
      <section><h2 id="facts">Key facts</h2><dl><div><dt>Kind<span>: </span></dt><dd>Permanent working body<span>.</span></dd></div></dl></section>
      <p>It has <span class="sr-only">(screen readers only)</span>two tasks:</p>
      <ul><li>managing;</li><li>reporting.</li></ul>
      <svg><text>Label on a picture</text></svg>
      <section data-listen="skip"><h2>Cite this page</h2><p>Secretariat. CSTO guide.</p></section>`);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Secretariat',
      'As stated by the source.',
      'Reviewed on 7 December 2026',
      'Key facts',
      'Kind:',
      'Permanent working body.',
      'It has two tasks:',
      'managing;',
      'reporting.',
    ]);
  });

  it('reads a quotation in its own language, and leaves a closed one unread but for its summary', () => {
    const sentences = read(`
      <p>Армения не вышла из <span lang="en">CSTO</span>. Так говорит ТАСС.</p>
      <details><summary>Что говорят источники</summary><blockquote lang="en"><p>Unread while folded.</p></blockquote></details>
      <details open><summary>Что говорят источники</summary><blockquote lang="ru"><p>Однако решений не принимала.</p></blockquote><blockquote lang="en"><p>It remains a member. So she said.</p></blockquote></details>`, 'ru');
    expect(sentences.map(({ lang, text }) => [lang, text])).toEqual([
      ['ru', 'Армения не вышла из'],
      ['en', 'CSTO'],
      // The full stop left alone after the English word has nothing to say.
      ['ru', 'Так говорит ТАСС.'],
      ['ru', 'Что говорят источники'],
      ['ru', 'Что говорят источники'],
      ['ru', 'Однако решений не принимала.'],
      ['en', 'It remains a member.'],
      ['en', 'So she said.'],
    ]);
  });

  it('places each sentence in the page, soft hyphens and all, across the elements it spans', () => {
    const sentences = read('<p>The <a href="#">Collec\u00ADtive Security</a> Council met. It <em>decided</em>.</p>');
    const ranges = sentences.map(({ start, end }) => {
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return range.toString();
    });
    expect(ranges).toEqual(['The Collec\u00ADtive Security Council met.', 'It decided.']);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['The Collective Security Council met.', 'It decided.']);
  });
});

const captured = JSON.parse(readFileSync('tests/unit/fixtures/speech-dispatcher-voices.json', 'utf8')) as { count: number; voices: VoiceLike[] };

describe('the voice for a language', () => {
  it('finds Kazakh, Russian and English voices among the thousands a Linux machine lists', () => {
    expect(captured.count).toBeGreaterThan(10_000);
    expect(chooseVoice(captured.voices, 'kk')?.name).toBe('Kazakh espeak-ng');
    // The plain `ru` voice, not the one listed first (Russian as spoken in Latvia, `ru-LV`).
    expect(chooseVoice(captured.voices, 'ru')?.name).toBe('Russian espeak-ng');
    expect(chooseVoice(captured.voices, 'en')?.name).toBe('English (America) espeak-ng');
    expect(chooseVoice(captured.voices, 'en', ['en-GB', 'en'])?.name).toBe('English (Great Britain) espeak-ng');
  });

  it('never reads a language with another’s voice, nor with the system’s default one', () => {
    const withoutKazakh = captured.voices.filter((voice) => !voice.lang.startsWith('kk'));
    // Russian, Kyrgyz and Tatar voices are there, and the default voice (Afrikaans): none reads Kazakh.
    expect(withoutKazakh.some((voice) => voice.lang === 'ru') && withoutKazakh.some((voice) => voice.default)).toBe(true);
    expect(chooseVoice(withoutKazakh, 'kk', ['kk', 'ru'])).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
  });

  it('reads language tags as BCP 47 does, whatever their case or separator', () => {
    const voices = [
      { name: 'Milena', lang: 'ru_RU' },
      { name: 'Aigerim', lang: 'KK-kz' },
      { name: 'Samantha', lang: 'en-US', default: true },
      { name: 'Daniel', lang: 'en-GB' },
    ];
    expect(chooseVoice(voices, 'kk')?.name).toBe('Aigerim');
    expect(chooseVoice(voices, 'ru-RU')?.name).toBe('Milena');
    expect(chooseVoice(voices, 'en')?.name).toBe('Samantha');
    expect(chooseVoice(voices, 'en-GB')?.name).toBe('Daniel');
    expect(chooseVoice(voices, 'k')).toBeUndefined();
  });
});

describe('the reading speed, a display setting', () => {
  it('is kept with the others, and a broken stored value falls back to normal', () => {
    expect(parsePreferences('{"speechRate":"fast","fontSize":"150"}')).toMatchObject({ speechRate: 'fast', fontSize: '150' });
    expect(parsePreferences('{"speechRate":"warp"}').speechRate).toBe('normal');
    expect(parsePreferences('{"speechRate":2}').speechRate).toBe('normal');
  });
});
