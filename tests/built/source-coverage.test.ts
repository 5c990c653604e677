import { describe, expect, it } from 'vitest';
import { catalogIn } from '../content/catalog.ts';
import { abbreviations } from '../../src/lib/content/aliases.ts';
import { base, elementsOf, fileFor } from './built-site.ts';
import { attr, descendants, wordsIn, type Element } from './html.ts';

/**
 * Every statement of the source text (the ministry's page, content/en/sources/kazakhstan-ministry-page.yaml)
 * and the page that carries it, each by a phrase the rewrite keeps word for word, looked for in
 * the page's own words only: its text and the plain values of its facts, not the lists of related
 * pages the site generates, nor the text of links outside the text. A statement edited away from
 * its page fails here.
 */
const statements: Record<string, string[]> = {
  '/about/': [
    'an urgent challenge not only for the Central Asian region but for the entire world community',
    'consistently advocates creating conditions that ensure stability and security in the country and the region',
    'coping with new challenges and threats on the basis of international law',
    'early warning and prevention of emerging threats',
    'eliminating the root causes underlying them',
    'one of the tools of cooperation and coordination of work to promote stability and security in the region',
    'is an international regional organization',
    'Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan',
    'to strengthen peace, international and regional security and stability',
    'to protect collectively the independence, territorial integrity and sovereignty of the member states',
    'the member states give priority to political means',
    'cooperates with states that are not members',
    'international interstate organizations that are active in the field of security',
    'a fair, democratic world order, based on mutually recognized principles of international law',
  ],
  '/members/kazakhstan/': ['Republic of Kazakhstan consistently advocates', 'eliminating the root causes underlying them'],
  '/bodies/collective-security-council/': [
    'Collective Security Council (CSC) is the highest body of the Organization',
    'considers important issues of the Organization',
    'makes decisions focused on implementing the Organization',
    'ensures coordination and joint activities between the member states to achieve these aims',
    'composed of the heads of the member states',
  ],
  '/bodies/permanent-council/': [
    'works between the sessions of the Collective Security Council',
    'harmonizing interactions between the member states for implementing the decisions taken by the Organization',
    'permanent and authorized representatives',
  ],
  '/bodies/council-of-foreign-ministers/': ['consultative and executive body', 'in the field of foreign policy'],
  '/bodies/council-of-defense-ministers/': ['consultative and executive body', 'military policy', 'military development', 'military technical cooperation'],
  '/bodies/committee-of-secretaries-of-security-councils/': ['consultative and executive body', 'providing their national security'],
  '/bodies/secretary-general/': [
    'highest administrative official of the Organization',
    'manages the Secretariat',
    'appointed from among the citizens of the member states',
    'by decision of the Collective Security Council',
    'accountable to the Council',
  ],
  '/bodies/secretariat/': ['permanent working body of the Organization', 'managerial, information, analytical and consultative activities'],
  '/bodies/joint-staff/': [
    'another permanent working body',
    'operational since 2004',
    'preparation of proposals and the implementation of decisions with respect to military issues',
  ],
  '/activities/': ['The Charter of the CSTO defines three major areas'],
  '/activities/political-cooperation/': [
    'article 9 of the CSTO Charter',
    'mechanism of regular political consultations',
    'assessing the situation in the zone of the CSTO',
    'developing common positions',
    'finding joint approaches to topical issues of the world agenda',
    'harmonizing collective statements',
    'at the working level is being developed',
    'Memorandums (protocols) on cooperation have been signed with',
    // The organizations are named by links to their pages in the text (see linkedFrom below).
    'exchange of opinions on a broad range of issues of common interest between the highest administrative officials of the CSTO, the CIS and the SCO',
  ],
  '/activities/military-cooperation/': [
    'Collective political actions are important and take priority',
    'viable force potential',
    'traditional and modern challenges and threats in the Eurasian region',
    'established on a broad coalition basis',
    'Collective Rapid Deployment Forces of the Central Asian region',
    'Regional Russian-Belarusian forces grouping of the Eastern European region',
    'Unified Russian-Armenian forces grouping of the Caucasus region',
    'Unified Air Defense System of Russia and Belarus is operating',
    'Unified Air Defense System of Russia and Kazakhstan was created',
    'Regional Air Defense System of Russia and Armenia is under establishment',
    'Collective Air Forces were put into place',
    'Vzaimodeistvie (Interaction), a joint training with the Collective Operational Response Forces',
    'Nerushimoe Bratstvo (Unbreakable Brotherhood), a joint training with the Peacekeeping forces',
    'technical upgrading of military contingents and of law enforcement and intelligence units',
    'procured and supplied under favorable terms',
    'strengthen military and economic collaboration',
    'training system for military personnel in different areas has been established and keeps improving',
  ],
  '/activities/countering-new-challenges-and-threats/': [
    'multifunctional character',
    'increasing its contribution to meeting regional challenges and threats',
    'coordination mechanisms have been created',
    'harmonize national activities',
    'practical intercommunication between the relevant services',
    'day-to-day cooperation',
    'real dividends from ongoing efforts',
    'collective special preventive training operations are conducted on a regular basis',
    'essential practical sphere',
    'joint actions in the field of international information security',
    'cooperation between units of special security and internal affairs bodies is developing intensively to suppress crimes in the area of modern information technologies',
    'existing and potential threats',
    'terrorism;', 'extremism;', 'other types of crimes',
    'ministries of defense and foreign affairs, the intelligence agencies and the security councils',
    'increasing the CSTO',
    'adaptation to modern geopolitical and military-political conditions',
    'concrete mechanisms to implement the agreements adopted',
  ],
  '/operations/kanal/': [
    'Regional Counter Narcotics Continuous Operations',
    'under the aegis of the Organization',
    'detect and block drug smuggling routes',
    'suppress the activities of clandestine laboratories',
    'prevent the leakage of precursors into illicit circulation',
    'undermine the economic foundations of drug trafficking',
    'drug control agencies, internal affairs bodies (police), border guards, customs, state (national) security units and financial intelligence units',
    'some 30 non-member states, including the USA, European Union countries and a number of Latin American states',
    'OSCE, Interpol and Europol',
  ],
  '/operations/nelegal/': [
    'coordinated preventive training operations and special events on countering illegal migration',
    'intercept the flow of illegal migration of third-country nationals',
    'curb criminal activities supporting the traffic of persons and organized groups',
  ],
  '/operations/proxy/': [
    'joint actions in the field of international information security',
    'units of special security and internal affairs bodies',
    'suppress crimes in the area of modern information technologies',
  ],
  '/forces/collective-operational-response-forces/': [
    'necessary to enforce the security of the CSTO member states in the light of existing and potential threats',
    'terrorism;', 'extremism;', 'drug trafficking;', 'other types of crimes',
  ],
};

/** Pages whose text names other pages by linking to them: the page, and the pages its text must link to. */
const linkedFrom: Record<string, string[]> = {
  '/activities/political-cooperation/': [
    '/partners/un/', '/partners/sco/', '/partners/cis/', '/partners/union-state/', '/partners/colombo-plan/',
    '/partners/sco-regional-anti-terrorist-structure/', '/partners/coordination-service-of-the-council-of-border-troops-commanders-of-the-cis/',
  ],
  '/about/': ['/members/armenia/', '/members/belarus/', '/members/kazakhstan/', '/members/kyrgyzstan/', '/members/russia/', '/members/tajikistan/'],
};

/** What the build spells out after an abbreviation's first use (src/lib/spell-out.ts): " (Collective Security Treaty Organization)". */
const spelledOut = [...new Set(abbreviations(catalogIn('en'), 'en').filter((form) => form.lang === undefined).map((form) => ` (${form.expansion})`))];

const classes = (element: Element): string[] => (attr(element, 'class') ?? '').split(/\s+/);
/** Not the page's own words: the quotations of other sources under a statement, and what is not shown. */
const aside = (element: Element) => classes(element).includes('evidence') || classes(element).includes('hidden') || attr(element, 'hidden') !== undefined;

/**
 * The page's own words: its text (`.prose`, links in it included) and the values of its facts
 * (`<dd>`, without the links to related pages the site generates), without the build's soft
 * hyphens and the expansions it adds after abbreviations.
 */
function ownWords(main: Element): string {
  const inMain = descendants(main);
  const prose = inMain.filter((element) => classes(element).includes('prose')).map((element) => wordsIn(element, aside));
  const facts = inMain.filter((element) => element.tagName === 'dd').map((dd) => wordsIn(dd, (element) => element.tagName === 'a' || aside(element)));
  return spelledOut.reduce((text, expansion) => text.replaceAll(expansion, ''), [...prose, ...facts].join('\n'));
}

/** The phrase as whole words: "UN" does not match inside "Council", nor "Armenia" inside "Armenian". */
const wholeWords = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${RegExp.escape(phrase)}(?![\\p{L}\\p{N}])`, 'iu');

describe('the statements of the source', () => {
  for (const [path, phrases] of Object.entries(statements)) {
    it(`${path} carries its statements from the source in its own words`, () => {
      const main = elementsOf(fileFor(`${base}${path.slice(1)}`)!).find((element) => element.tagName === 'main')!;
      const words = ownWords(main);
      for (const phrase of phrases) expect(words, phrase).toMatch(wholeWords(phrase));
      const links = descendants(main)
        .filter((element) => element.tagName === 'a' && attr(element, 'href') && descendants(main).some((prose) => classes(prose).includes('prose') && descendants(prose).includes(element)))
        .map((a) => new URL(attr(a, 'href')!, `http://site${base}`).pathname);
      for (const target of linkedFrom[path] ?? []) expect(links, `a link to ${target} in the text`).toContain(`${base}${target.slice(1)}`);
    });
  }
});
