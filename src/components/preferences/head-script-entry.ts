// The <head> script as pages run it, bundled and minified into a string at build time
// (PreferencesHeadScript.astro imports it with `?inline-script`).
import { applyStoredPreferences } from './head-script.ts';
import { headScriptTable, storageKey } from './model.ts';

applyStoredPreferences(document.documentElement, () => localStorage, storageKey, headScriptTable);
