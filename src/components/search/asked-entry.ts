// The search page's inline script as it runs, bundled and minified at build time (SiteSearch.astro
// imports it with `?inline-script`): it stands first inside <site-search>.
import { markAsked } from './asked.ts';

markAsked(document.currentScript?.parentElement, location.search);
