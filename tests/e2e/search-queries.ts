import type { Lang } from '../../src/lib/i18n/languages.ts';

/**
 * Queries as readers type them, in each language, and what must answer them: the page that must
 * come first, or no result at all for a word the site does not have. The site's own words;
 * misspelt; in another transliteration; an acronym the page may not print; in the other
 * language's script; in another form of the word; cut short. A regression net for the search
 * (src/components/search/: the ranking in policy.ts, the respellings and stems of the searcher),
 * tuned on itself, not a proof of it. The names of kinds say why a query is there.
 */
export interface SearchQuery {
  lang: Lang;
  kind: string;
  query: string;
  /** The page that must come first; `null`: nothing may be found. */
  first: string | null;
}

const q = (lang: Lang, kind: string, query: string, first: string | null): SearchQuery => ({ lang, kind, query, first });

export const searchQueries: SearchQuery[] = [
  // English: the site's words.
  q('en', 'words', 'drug trafficking', '/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'),
  q('en', 'words', 'illegal migration', '/bodies/coordinating-council-on-countering-illegal-migration/'),
  q('en', 'words', 'highest body', '/bodies/collective-security-council/'),
  q('en', 'words', 'CSC', '/bodies/collective-security-council/'),
  q('en', 'words', 'Joint Staff', '/bodies/joint-staff/'),
  q('en', 'words', 'Secretary General', '/bodies/secretary-general/'),
  q('en', 'words', 'Kanal', '/operations/kanal/'),
  q('en', 'words', 'Channel', '/operations/kanal/'),
  q('en', 'words', 'Unbreakable Brotherhood', '/operations/nerushimoe-bratstvo/'),
  q('en', 'words', 'peacekeeping forces', '/forces/peacekeeping-forces/'),
  q('en', 'words', 'Armenia', '/members/armenia/'),
  q('en', 'words', 'Kazakhstan', '/members/kazakhstan/'),
  q('en', 'words', 'Russia', '/members/russia/'),
  q('en', 'words', 'Belarus', '/members/belarus/'),
  q('en', 'words', 'article 9', '/activities/political-cooperation/'),
  q('en', 'words', 'Colombo Plan', '/partners/colombo-plan/'),
  q('en', 'words', 'OSCE', '/partners/osce/'),
  q('en', 'words', 'information technologies', '/operations/proxy/'),
  q('en', 'words', 'Kyrgyzstan', '/members/kyrgyzstan/'),
  q('en', 'words', 'Tajikistan', '/members/tajikistan/'),
  q('en', 'words', 'CIS', '/partners/cis/'),
  q('en', 'words', 'SCO', '/partners/sco/'),
  q('en', 'typo', 'Kazakstan', '/members/kazakhstan/'),
  q('en', 'typo', 'secretariate', '/bodies/secretariat/'),
  q('en', 'typo', 'Tadjikistan', '/members/tajikistan/'),
  q('en', 'typo', 'Kyrgystan', '/members/kyrgyzstan/'),
  q('en', 'typo', 'Armenya', '/members/armenia/'),
  q('en', 'typo', 'peacekeping forces', '/forces/peacekeeping-forces/'),
  q('en', 'typo', 'secretery general', '/bodies/secretary-general/'),
  q('en', 'typo', 'collective securty council', '/bodies/collective-security-council/'),
  q('en', 'transliteration', 'Vzaimodeystviye', '/operations/vzaimodeistvie/'),
  q('en', 'transliteration', 'Vzaimodeistviye', '/operations/vzaimodeistvie/'),
  q('en', 'transliteration', 'Nerushimoye Bratstvo', '/operations/nerushimoe-bratstvo/'),
  q('en', 'acronym', 'CRRF', '/forces/collective-operational-response-forces/'),
  q('en', 'acronym', 'KSOR', '/forces/collective-operational-response-forces/'),
  q('en', 'acronym', 'CFM', '/bodies/council-of-foreign-ministers/'),
  q('en', 'acronym', 'CSSC', '/bodies/committee-of-secretaries-of-security-councils/'),
  q('en', 'acronym', 'CRDF', '/forces/collective-rapid-deployment-forces-of-the-central-asian-region/'),
  q('en', 'other name', 'Indestructible Brotherhood', '/operations/nerushimoe-bratstvo/'),
  // The forces' other name is also the name of the agreement on them, whose page is headed by it;
  // their acronyms (CRRF, KSOR) still find the forces first.
  q('en', 'other name', 'Collective Rapid Reaction Forces', '/documents/crrf-agreement/'),
  q('en', 'other script', 'Канал', '/operations/kanal/'),
  q('en', 'other script', 'ОДКБ', '/about/'),
  q('en', 'other script', 'Нерушимое братство', '/operations/nerushimoe-bratstvo/'),
  q('en', 'partial word', 'peacekee', '/forces/peacekeeping-forces/'),
  // The founding documents, by the names people use and the articles they cite.
  q('en', 'document', 'Article 4', '/documents/collective-security-treaty/'),
  q('en', 'document', 'Charter', '/documents/charter/'),
  q('en', 'document', 'Agreement on the Collective Rapid Reaction Force', '/documents/crrf-agreement/'),
  q('en', 'document', 'peacekeeping agreement', '/documents/peacekeeping-agreement/'),
  q('en', 'document', 'military infrastructure', '/documents/military-infrastructure-protocol/'),
  q('en', 'document', 'prolongation', '/documents/extension-protocol-1999/'),
  // Former parties to the Treaty: their own pages, with their dates.
  q('en', 'words', 'Azerbaijan', '/members/azerbaijan/'),
  q('en', 'words', 'Uzbekistan', '/members/uzbekistan/'),
  q('ru', 'words', 'Азербайджан', '/ru/members/azerbaijan/'),
  q('ru', 'words', 'Узбекистан', '/ru/members/uzbekistan/'),
  q('kk', 'words', 'Өзбекстан', '/kk/members/uzbekistan/'),
  q('kk', 'words', 'Грузия', '/kk/members/georgia/'),
  // The holders of an office, by the names people use: their page is the office's.
  q('en', 'holder', 'Bordyuzha', '/bodies/secretary-general/'),
  q('en', 'holder', 'Zas', '/bodies/secretary-general/'),
  q('en', 'holder', 'Secretary General 2019', '/bodies/secretary-general/'),
  // Words the site does not have: countries and names readers ask about, and words that only
  // begin like the site's. Pagefind alone answers them with every page that has an "a".
  q('en', 'not on the site', 'Afghanistan', null),
  q('en', 'not on the site', 'Azov', null),
  q('en', 'not on the site', 'Amazon', null),
  q('en', 'not on the site', 'Azure', null),
  q('en', 'not on the site', 'Theocracy', null),

  // Russian: the site's words, in the forms a sentence puts them in.
  q('ru', 'words', 'Канал', '/ru/operations/kanal/'),
  q('ru', 'words', 'Объединенный штаб', '/ru/bodies/joint-staff/'),
  q('ru', 'words', 'миротворческие силы', '/ru/forces/peacekeeping-forces/'),
  q('ru', 'word form', 'миротворческих сил', '/ru/forces/peacekeeping-forces/'),
  q('ru', 'word form', 'Объединенного штаба', '/ru/bodies/joint-staff/'),
  q('ru', 'words', 'Армения', '/ru/members/armenia/'),
  q('ru', 'words', 'Казахстан', '/ru/members/kazakhstan/'),
  q('ru', 'words', 'Россия', '/ru/members/russia/'),
  q('ru', 'words', 'Беларусь', '/ru/members/belarus/'),
  q('ru', 'words', 'СНГ', '/ru/partners/cis/'),
  q('ru', 'words', 'ШОС', '/ru/partners/sco/'),
  q('ru', 'words', 'высший орган', '/ru/bodies/collective-security-council/'),
  q('ru', 'words', 'Нерушимое братство', '/ru/operations/nerushimoe-bratstvo/'),
  q('ru', 'words', 'Генеральный секретарь', '/ru/bodies/secretary-general/'),
  // Adjectives in the nominative, which Pagefind's stemmer leaves apart from the page's forms.
  q('ru', 'word form', 'незаконный оборот наркотиков', '/ru/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'),
  q('ru', 'word form', 'незаконная миграция', '/ru/bodies/coordinating-council-on-countering-illegal-migration/'),
  q('ru', 'word form', 'незаконной миграцией', '/ru/bodies/coordinating-council-on-countering-illegal-migration/'),
  q('ru', 'word form', 'миротворческий', '/ru/forces/peacekeeping-forces/'),
  q('ru', 'partial word', 'миротвор', '/ru/forces/peacekeeping-forces/'),
  q('ru', 'typo', 'Казакстан', '/ru/members/kazakhstan/'),
  q('ru', 'typo', 'Таджикстан', '/ru/members/tajikistan/'),
  q('ru', 'typo', 'Кыргызтан', '/ru/members/kyrgyzstan/'),
  q('ru', 'typo', 'секритариат', '/ru/bodies/secretariat/'),
  q('ru', 'typo', 'обьединенный штаб', '/ru/bodies/joint-staff/'),
  q('ru', 'other script', 'Kanal', '/ru/operations/kanal/'),
  q('ru', 'other script', 'Nerushimoe bratstvo', '/ru/operations/nerushimoe-bratstvo/'),
  q('ru', 'other script', 'Kazakhstan', '/ru/members/kazakhstan/'),
  q('ru', 'acronym', 'КСОР', '/ru/forces/collective-operational-response-forces/'),
  q('ru', 'acronym', 'КССБ', '/ru/bodies/committee-of-secretaries-of-security-councils/'),
  q('ru', 'acronym', 'СМИД', '/ru/bodies/council-of-foreign-ministers/'),
  q('ru', 'acronym', 'КСОПН', '/ru/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'),
  q('ru', 'acronym', 'CSTO', '/ru/about/'),
  q('ru', 'document', 'Статья 4', '/ru/documents/collective-security-treaty/'),
  q('ru', 'document', 'Устав Организации Договора о коллективной безопасности', '/ru/documents/charter/'),
  q('ru', 'document', 'Соглашение о Коллективных силах оперативного реагирования', '/ru/documents/crrf-agreement/'),
  q('ru', 'document', 'миротворческой деятельности', '/ru/documents/peacekeeping-agreement/'),
  q('ru', 'document', 'военной инфраструктуры', '/ru/documents/military-infrastructure-protocol/'),
  q('ru', 'holder', 'Бордюжа', '/ru/bodies/secretary-general/'),
  q('ru', 'holder', 'Тасмагамбетов', '/ru/bodies/secretary-general/'),
  q('ru', 'not on the site', 'Вьетнам', null),
  q('ru', 'not on the site', 'Сирия', null),
  q('ru', 'not on the site', 'Индонезия', null),

  // Kazakh, which Pagefind has no stemmer for: names and terms in the forms a sentence puts them
  // in (a case, a possessive, a plural), the Russian spelling of a name, Latin letters.
  q('kk', 'holder', 'Тасмағамбетов', '/kk/bodies/secretary-general/'),
  q('kk', 'word form', 'Қазақстанның', '/kk/members/kazakhstan/'),
  q('kk', 'word form', 'Ресейдің', '/kk/members/russia/'),
  q('kk', 'word form', 'Арменияның', '/kk/members/armenia/'),
  q('kk', 'word form', 'Беларусьпен', '/kk/members/belarus/'),
  q('kk', 'word form', 'Тәжікстанға', '/kk/members/tajikistan/'),
  q('kk', 'word form', 'Қырғызстанда', '/kk/members/kyrgyzstan/'),
  q('kk', 'word form', 'Хатшылығының', '/kk/bodies/secretariat/'),
  q('kk', 'word form', 'Бас хатшысы', '/kk/bodies/secretary-general/'),
  q('kk', 'word form', 'Біріккен штабының', '/kk/bodies/joint-staff/'),
  q('kk', 'word form', 'Тұрақты Кеңеске', '/kk/bodies/permanent-council/'),
  q('kk', 'word form', 'Қорғаныс министрлерінің', '/kk/bodies/council-of-defense-ministers/'),
  q('kk', 'word form', 'Сыртқы істер министрлері', '/kk/bodies/council-of-foreign-ministers/'),
  q('kk', 'word form', 'хатшылары комитетінің', '/kk/bodies/committee-of-secretaries-of-security-councils/'),
  q('kk', 'word form', 'Ұжымдық қауіпсіздік кеңесінің', '/kk/bodies/collective-security-council/'),
  q('kk', 'word form', 'бітімгершілік күштерінің', '/kk/forces/peacekeeping-forces/'),
  q('kk', 'word form', 'жедел ден қою күштері', '/kk/forces/collective-operational-response-forces/'),
  q('kk', 'word form', 'авиациялық күштерге', '/kk/forces/collective-air-forces/'),
  q('kk', 'word form', 'есірткінің заңсыз айналымына', '/kk/bodies/coordinating-council-on-countering-illegal-drug-trafficking/'),
  q('kk', 'word form', 'заңсыз көші-қонға', '/kk/bodies/coordinating-council-on-countering-illegal-migration/'),
  q('kk', 'word form', 'Канал операциясы', '/kk/operations/kanal/'),
  q('kk', 'word form', 'Шанхай ынтымақтастық ұйымының', '/kk/partners/sco/'),
  q('kk', 'word form', 'Біріккен Ұлттар Ұйымымен', '/kk/partners/un/'),
  q('kk', 'word form', 'Коломбо жоспарының', '/kk/partners/colombo-plan/'),
  q('kk', 'word form', 'Интерполмен', '/kk/partners/interpol/'),
  q('kk', 'other name', 'Мызғымас бауырластық', '/kk/operations/nerushimoe-bratstvo/'),
  q('kk', 'acronym', 'ҰҚШҰ', '/kk/about/'),
  q('kk', 'document', 'Жарғы', '/kk/documents/charter/'),
  q('kk', 'document', '4-бап', '/kk/documents/collective-security-treaty/'),
  q('kk', 'document', 'бітімгершілік қызметі туралы келісім', '/kk/documents/peacekeeping-agreement/'),
  q('kk', 'document', 'әскери инфрақұрылым', '/kk/documents/military-infrastructure-protocol/'),
  q('kk', 'Russian spelling', 'Казакстан', '/kk/members/kazakhstan/'),
  q('kk', 'other script', 'Kazakhstan', '/kk/members/kazakhstan/'),
  q('kk', 'other script', 'Kanal', '/kk/operations/kanal/'),
  q('kk', 'not on the site', 'Ауғанстан', null),
  q('kk', 'not on the site', 'Вьетнам', null),
  // Issue 25, the Parliamentary Assembly, the forces in figures and the exercises.
  q('en', 'words', 'Parliamentary Assembly', '/bodies/parliamentary-assembly/'),
  q('ru', 'words', 'Парламентская ассамблея', '/ru/bodies/parliamentary-assembly/'),
  q('kk', 'words', 'Парламенттік Ассамблея', '/kk/bodies/parliamentary-assembly/'),
  q('en', 'words', 'Rubezh', '/operations/rubezh/'),
  q('ru', 'words', 'Рубеж', '/ru/operations/rubezh/'),
  q('kk', 'words', 'Рубеж', '/kk/operations/rubezh/'),
  q('en', 'words', 'Kobalt', '/operations/kobalt/'),
  q('ru', 'words', 'Гром', '/ru/operations/grom/'),
  q('en', 'words', 'CRRF size', '/forces/collective-operational-response-forces/'),

  // The comparison with NATO, the SCO and the CIS (issue 25, item 5): names readers search for,
  // and the states only the comparison names (no longer "not on the site").
  q('en', 'comparison', 'NATO', '/compare/'),
  q('en', 'comparison', 'NATO Article 5', '/compare/'),
  q('en', 'comparison', 'North Atlantic Treaty', '/compare/'),
  q('en', 'comparison', 'Turkmenistan', '/compare/'),
  q('ru', 'comparison', 'НАТО', '/ru/compare/'),
  q('ru', 'comparison', 'Североатлантический договор', '/ru/compare/'),
  q('ru', 'comparison', 'статья 5 НАТО', '/ru/compare/'),
  q('ru', 'comparison', 'Туркменистан', '/ru/compare/'),
  q('ru', 'comparison', 'Молдова', '/ru/compare/'),
  q('kk', 'comparison', 'НАТО', '/kk/compare/'),
  q('kk', 'comparison', 'Түрікменстан', '/kk/compare/'),
  // The crises in which members asked for help, by the names and places people use.
  q('en', 'crisis', 'Kazakhstan 2022', '/crises/kazakhstan-2022/'),
  q('en', 'crisis', 'January events', '/crises/kazakhstan-2022/'),
  q('en', 'crisis', 'Armenia 2022', '/crises/armenia-2021-2022/'),
  q('en', 'crisis', 'Batken', '/crises/kyrgyz-tajik-border/'),
  q('en', 'crisis', 'Osh', '/crises/kyrgyzstan-2010/'),
  q('ru', 'crisis', 'январские события', '/ru/crises/kazakhstan-2022/'),
  q('ru', 'crisis', 'Баткен', '/ru/crises/kyrgyz-tajik-border/'),
  q('ru', 'crisis', 'Казахстан 2022', '/ru/crises/kazakhstan-2022/'),
  q('kk', 'crisis', 'қаңтар оқиғалары', '/kk/crises/kazakhstan-2022/'),
  q('kk', 'crisis', 'Баткен', '/kk/crises/kyrgyz-tajik-border/'),
];

/** Forms of one word, which must all find the same pages, among them `finds`. */
export interface SameFinds {
  lang: Lang;
  forms: string[];
  finds: string;
}

export const sameFinds: SameFinds[] = [
  { lang: 'ru', forms: ['незаконный', 'незаконному', 'незаконного', 'незаконной'], finds: '/ru/bodies/coordinating-council-on-countering-illegal-drug-trafficking/' },
];
