// The one script of every page, loaded as a module (BaseLayout.astro): the display settings'
// controls, Escape on the header's toggles, copying and printing without soft hyphens, the
// citation's copy button, the language switch's links on the search page, and the Listen button
// (which loads the reader when pressed). Each works on its own; without JavaScript the page loses
// only the settings (which could not be stored), the copy button (the citation stays there to
// select) and reading aloud.
import '../preferences/site-preferences.ts';
import './disclosures.ts';
import './copy-text.ts';
import './print-text.ts';
import '../cite/cite.ts';
import './language-links.ts';
import '../read-aloud/read-aloud.ts';
