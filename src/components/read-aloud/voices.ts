/**
 * Which of the installed voices reads a language. A voice is chosen by its language tag alone
 * (BCP 47 `voice.lang`; Android writes `kk_KZ`): a voice of another language is never a fallback,
 * so Kazakh is never read by a Russian voice, and the system's default voice counts only among
 * voices of the language asked for (espeak-ng's default is Afrikaans).
 */

/** What the choice reads of a voice: SpeechSynthesisVoice has these, and so do the tests' fixtures. */
export interface VoiceLike {
  name: string;
  lang: string;
  default?: boolean;
  localService?: boolean;
}

/** A tag's subtags, lower case: `kk_KZ` → ['kk', 'kz']. */
const subtags = (tag: string): string[] => tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);

/** The primary language of a tag: `ru-LV` → `ru`. */
export const primaryLanguage = (tag: string): string => subtags(tag)[0] ?? '';

/** Whether two tags name the same language, whatever their regions or scripts. */
export const sameLanguage = (a: string, b: string): boolean => primaryLanguage(a) !== '' && primaryLanguage(a) === primaryLanguage(b);

/**
 * The voice for a language, or undefined when none is installed. Among the voices of the
 * language: one whose tag is the one asked for (`ru` for `ru`), then one of the reader's own
 * languages (`en-GB` where the browser prefers it), then the system's default, then the plainest
 * tag (`ru` before `ru-LV`), then the list's order.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string, preferred: readonly string[] = []): V | undefined {
  const wanted = subtags(lang).join('-');
  const own = preferred.map((tag) => subtags(tag).join('-'));
  const candidates = voices.filter((voice) => sameLanguage(voice.lang, lang));
  const rank = (voice: V) => {
    const tag = subtags(voice.lang).join('-');
    const ownIndex = own.indexOf(tag);
    return [tag === wanted ? 0 : 1, ownIndex === -1 ? own.length : ownIndex, voice.default ? 0 : 1, subtags(voice.lang).length];
  };
  // The first voice of the best rank; the list's order settles a tie.
  return candidates
    .map((voice, index) => ({ voice, key: [...rank(voice), index] }))
    .sort((a, b) => compareKeys(a.key, b.key))[0]?.voice;
}

/** Orders two rank keys, the first difference deciding. */
function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
