import { describe, expect, it } from 'vitest';
import { siteUrlProblem } from '../../src/integrations/site-url.ts';

describe('siteUrlProblem', () => {
  it('stops a build without the public address, saying how to give it', () => {
    expect(siteUrlProblem('build', undefined)).toMatch(/^SITE_URL is not set: .*SITE_URL=https:\/\/example\.org npm run build.*--local/);
  });
  it('lets a build with an address go ahead, and the dev server, preview and check without one', () => {
    expect(siteUrlProblem('build', 'https://example.org')).toBeUndefined();
    for (const command of ['dev', 'preview', 'sync']) expect(siteUrlProblem(command, undefined)).toBeUndefined();
  });
});
