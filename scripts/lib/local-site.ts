/**
 * The address of a build for this machine (`npm run build -- --local`, what `npm start` and
 * `npm test` build): its canonical links, alternates, sitemap and citations point here.
 */
export const localSite = 'http://localhost:4321';
