// `npm run bench`, read aloud (src/components/read-aloud/): what the first press on Listen
// fetches (the reader and its highlight's stylesheet, which no page loads before), how many
// sentences a long page reads as, and how long the reader takes to go through them all with a
// stand-in voice that speaks instantly (tests/e2e/speech-stand-in.ts): the reader's own cost,
// without the speaking.
import { gzipSync } from 'node:zlib';
import { installSpeechStandIn, readStraightThrough, said, voices } from '../../tests/e2e/speech-stand-in.ts';

const labels = { en: 'Listen', ru: 'Слушать', kk: 'Тыңдау' };

/** Prints the figures for a member state's page, a long one, in each language. */
export async function readAloudFigures(browser, origin) {
  console.log(`\nRead aloud (Armenia's page, folded quotations unread; the voice an instant stand-in)`);
  console.log(`${'page'.padEnd(24)} ${'fetched on first press (gzip)'.padStart(30)} ${'sentences'.padStart(10)} ${'read through, ms'.padStart(17)}`);
  for (const lang of Object.keys(labels)) {
    const path = `${lang === 'en' ? '' : `${lang}/`}members/armenia/`;
    const page = await browser.newPage();
    await installSpeechStandIn(page, Object.values(voices));
    await page.goto(`${origin}${path}`);
    await page.waitForLoadState('networkidle');
    let fetched = 0;
    page.on('response', async (response) => {
      const body = await response.body().catch(() => undefined);
      if (body) fetched += gzipSync(body).length;
    });
    const listen = page.getByRole('main').getByRole('button', { name: labels[lang], exact: true });
    await readStraightThrough(page);
    const started = Date.now();
    await listen.click();
    // Back to "Listen" once the last sentence has been said.
    await page.waitForFunction(() => document.querySelector('read-aloud [data-stop]')?.hidden === true && (JSON.parse(sessionStorage.getItem('heard') ?? '[]').length > 0));
    const took = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const count = (await said(page)).length;
    console.log(`${`/${path}`.padEnd(24)} ${`${(fetched / 1024).toFixed(1)} KB`.padStart(30)} ${String(count).padStart(10)} ${String(took).padStart(17)}`);
    await page.close();
  }
}
