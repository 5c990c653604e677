// The one script of every page, loaded as a module (BaseLayout.astro): the display settings'
// controls, Escape on the header's toggles, and copying without soft hyphens. Each works on
// its own; without JavaScript the page loses only the settings (which could not be stored).
import '../preferences/site-preferences.ts';
import './disclosures.ts';
import './copy-text.ts';
