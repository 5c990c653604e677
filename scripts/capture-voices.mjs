// Writes tests/unit/fixtures/speech-dispatcher-voices.json: the voices Chromium lists on this
// machine when started with --enable-speech-dispatcher over Debian's speech-dispatcher and
// espeak-ng (apt-get install speech-dispatcher espeak-ng). The list is kept small: each distinct
// voice once (espeak-ng's variants, "Kazakh+Adam espeak-ng", repeat every voice a hundred times;
// those of Kazakh, Russian and English are kept as a sample), with the full count.
// The voice choice is unit-tested against it (tests/unit/read-aloud-voices.test.ts).
// Run: npx node scripts/capture-voices.mjs (CHROME_PATH, else /usr/bin/chromium).
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--enable-speech-dispatcher', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
await page.setContent('<p>voices</p>');
const voices = await page.evaluate(
  () =>
    new Promise((resolve) => {
      const read = () => speechSynthesis.getVoices().map(({ name, lang, default: isDefault, localService }) => ({ name, lang, default: isDefault, localService }));
      if (read().length > 0) return resolve(read());
      speechSynthesis.addEventListener('voiceschanged', () => resolve(read()), { once: true });
    }),
);
const version = browser.version();
await browser.close();
if (voices.length === 0) throw new Error('Chromium listed no voices: are speech-dispatcher and espeak-ng installed?');

const sample = (voice) => !voice.name.includes('+') || (/^(en|ru|kk)\b/.test(voice.lang) && /\+(Adam|Alicia)\b/.test(voice.name));
writeFileSync(
  'tests/unit/fixtures/speech-dispatcher-voices.json',
  // One voice a line, so that a new capture reads as a diff.
  `{"chromium": ${JSON.stringify(version)}, "captured": "${new Date().toISOString().slice(0, 10)}", "count": ${voices.length}, "voices": [\n${voices
    .filter(sample)
    .map((voice) => `  ${JSON.stringify(voice)}`)
    .join(',\n')}\n]}\n`,
);
console.log(`${voices.length} voices listed; ${voices.filter(sample).length} kept`);
