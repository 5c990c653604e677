/**
 * Where the top of a page's heading may be, in CSS px from the top of the page, at each screen and
 * text size: on the first screen, with room for the start of the text. The browser sweep holds
 * every page to them (tests/e2e/pages.spec.ts); `npm run bench` prints where the heading starts.
 */
export const headingLimits = [
  { width: 320, height: 640, fontSize: '100', top: 200 },
  { width: 320, height: 640, fontSize: '200', top: 480 },
  { width: 1280, height: 800, fontSize: '100', top: 250 },
  { width: 1280, height: 800, fontSize: '200', top: 500 },
] as const;
