import { expect, test, type Page } from '@playwright/test';
import { contentPaths } from './site';

/** The site-internal page paths a page links to, fragments and query strings dropped. */
async function linksOn(page: Page, scope: 'page' | 'main' = 'page'): Promise<string[]> {
  const root = scope === 'main' ? page.getByRole('main') : page.locator('body');
  const hrefs = await root.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.map((href) => new URL(href)).filter((url) => url.origin === origin).map((url) => url.pathname))];
}

/** Pairs of pages that must link to each other, from the relations written in content. */
const twoWay: [string, string][] = [
  ['/operations/kanal/', '/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'],
  ['/operations/nelegal/', '/bodies/coordinating-council-on-countering-illegal-migration/'],
  ['/operations/kanal/', '/activities/countering-new-challenges-and-threats/'],
  ['/operations/proxy/', '/activities/countering-new-challenges-and-threats/'],
  ['/operations/vzaimodeistvie/', '/forces/collective-operational-response-forces/'],
  ['/operations/nerushimoe-bratstvo/', '/forces/peacekeeping-forces/'],
  ['/operations/vzaimodeistvie/', '/activities/military-cooperation/'],
  ['/bodies/secretary-general/', '/bodies/secretariat/'],
  ['/bodies/secretary-general/', '/bodies/collective-security-council/'],
  ['/bodies/permanent-council/', '/bodies/collective-security-council/'],
  ['/bodies/coordinating-council-on-countering-illegal-drug-trafficking/', '/activities/countering-new-challenges-and-threats/'],
  ['/members/russia/', '/forces/regional-russian-belarusian-forces-grouping/'],
  ['/members/armenia/', '/forces/regional-air-defense-system-of-russia-and-armenia/'],
  ['/members/kazakhstan/', '/forces/unified-air-defense-system-of-russia-and-kazakhstan/'],
  ['/partners/osce/', '/operations/kanal/'],
  ['/partners/un/', '/activities/political-cooperation/'],
];
const forces = contentPaths().filter((path) => path.startsWith('/forces/') && path !== '/forces/');
for (const force of forces) twoWay.push([force, '/activities/military-cooperation/']);

for (const [a, b] of twoWay) {
  test(`${a} and ${b} link to each other`, async ({ page }) => {
    await page.goto(a);
    expect(await linksOn(page, 'main')).toContain(b);
    await page.goto(b);
    expect(await linksOn(page, 'main')).toContain(a);
  });
}
