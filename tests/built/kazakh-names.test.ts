import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kk } from '../../src/lib/i18n/lang/kk.ts';
import { withoutSoftHyphens } from '../../src/lib/soft-hyphens.ts';
import { htmlFiles, readDist } from './built-site.ts';
import { readText } from './html.ts';

// The Kazakh glossary (src/lib/i18n/glossary/kk.yaml): each name with the source of its Kazakh form,
// or marked for a Kazakh-speaking editor where none was found; and each on the Kazakh pages that
// use it, as a reader sees them (soft hyphens and tags taken out, white space folded).
interface Term {
  en: string;
  ru: string;
  kk: string;
  status: 'official' | 'agency' | 'in-use' | 'none';
  source?: { title: string; publisher: string; url: string; read: string };
  pages: string[];
  note?: string;
}

const glossary: Term[] = parse(readFileSync('src/lib/i18n/glossary/kk.yaml', 'utf8'));
const asRead = (html: string) =>
  withoutSoftHyphens(html)
    .replace(/<wbr>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');
const text = (file: string) => asRead(readDist(file));
const pageFile = (page: string) => (page === 'about' ? 'kk/about/index.html' : `kk/${page}/index.html`);
/** What the page itself says: its <main>, without the header and footer every page shares. */
const mainText = (file: string) => asRead(readDist(file).match(/<main[\s\S]*<\/main>/)?.[0] ?? '');
const interfaceStrings = Object.values(kk.strings).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value))).join('\n');

describe('the Kazakh glossary', () => {
  it('has a term for every name, each with its source, or marked for the editor', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    for (const term of glossary) {
      expect(['official', 'agency', 'in-use', 'none'], term.kk).toContain(term.status);
      if (term.status === 'none') expect(term.note, term.kk).toMatch(/editor/);
      else expect(term.source?.url, term.kk).toMatch(/^https?:\/\/\S+$/);
    }
  });

  for (const term of glossary) {
    it(`"${term.kk}" is on the Kazakh pages that use it`, () => {
      for (const page of term.pages) {
        if (page === 'ui') expect(interfaceStrings, 'kk.ts').toContain(term.kk);
        else expect(mainText(pageFile(page)), page).toContain(term.kk);
      }
    });
  }

  // The page of a body, a force, an operation, a partner, a member state or a document is headed by its name
  // from the glossary, perhaps after «ҰҚШҰ» and then in its possessive form («ҰҚШҰ Хатшылығы»).
  it('heads each page of a body, force, operation, partner, member state and document with its name from the glossary', () => {
    const names = glossary.map((term) => term.kk);
    const pages = htmlFiles().filter((file) => /^kk\/(bodies|forces|operations|partners|members|documents)\/[^/]+\/index\.html$/.test(file));
    expect(pages.length).toBeGreaterThanOrEqual(40);
    const unnamed = pages
      .map((file) => [file, asRead(readDist(file).match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '').trim()] as const)
      .filter(([, heading]) => {
        const name = heading.replace(/^ҰҚШҰ /, '');
        return !names.some((term) => heading === term || (name !== heading && (name === term || name.startsWith(term.slice(0, -1)))));
      });
    expect(unnamed).toEqual([]);
  });

  it('no Kazakh page writes the Organization by a name Kazakhstan’s laws do not use', () => {
    const retired = ['Ұжымдық қауіпсіздік шарты ұйымы', 'Ұжымдық қауіпсіздік шарт ұйымы', 'қауiпсiздiк'];
    const found = htmlFiles()
      .filter((file) => file.startsWith('kk/'))
      .flatMap((file) => retired.filter((wording) => text(file).includes(wording)).map((wording) => `${file}: ${wording}`));
    expect(found).toEqual([]);
  });
});

// The content review of 2026-12-07 (KK-M1 to KK-M3, KK-G1 to KK-G6, KK-C1 to KK-C8, KK-N1 to
// KK-N4): the wordings now right on their pages, and the ones they replaced on none, but in the
// corrections that quote them. Only the Kazakh text of a page is read (./html.ts).
describe('the content review’s Kazakh fixes', () => {
  const kazakh = (file: string) => readText(readDist(file), 'kk');
  const now: [string, string][] = [
    ['kk/forces/collective-rapid-deployment-forces-of-the-central-asian-region/index.html', 'Орталық Азия өңірінің Ұжымдық жедел өрістету күштері'],
    ['kk/activities/political-cooperation/index.html', 'ҰҚШҰ, ТМД және ШЫҰ-ның ең жоғары әкімшілік лауазымды адамдары'],
    ['kk/partners/cis/index.html', 'ҰҚШҰ, ТМД және ШЫҰ-ның ең жоғары әкімшілік лауазымды адамдары'],
    ['kk/about/index.html', 'Байқаушылар мен Әріптестер'],
    ['kk/forces/regional-russian-belarusian-forces-grouping/index.html', 'өңірлік әскерлер (күштер) топтары және ұжымдық қауіпсіздік құралдары қатарына кіреді'],
    ['kk/activities/countering-new-challenges-and-threats/index.html', 'үйлестірілген жедел-профилактикалық іс-шаралар мен арнаулы операциялар'],
    ['kk/operations/nelegal/index.html', 'адамдар мен ұйымдасқан топтарды өткізуді қамтамасыз ететін қылмыстық қызметтің жолын кесу'],
    ['kk/about/index.html', 'қауіптерге төтеп беруге'],
    ['kk/operations/kanal/index.html', 'мына органдары мен бөлімшелерінің қызметкерлері'],
    ['kk/forces/collective-operational-response-forces/index.html', 'бар және ықтимал қауіптерді ескере отырып'],
    ['kk/activities/political-cooperation/index.html', 'жағдайды бағалауды'],
  ];
  const retired = [
    'ҰҚК',
    'жедел өрістету ұжымдық күштері',
    'ТМД және ШЫҰ ең жоғары',
    'ұжымдық қауіпсіздіктің өңірлік әскерлер (күштер) топтары мен құралдары',
    'ұжымдық қауіпсіздіктің Ұйымдағы',
    'жедел-профилактикалық операциялар мен арнаулы іс-шаралар',
    'Заңсыз көші-қонға ықпал ететін адамдар мен ұйымдасқан топтардың',
    'қауіптерге төтеп беру;',
    'мыналармен қол қойылды',
    'қызметтерінің қызметкерлері',
    'оның ішінде төмендегілерді ескере отырып',
    'ҰҚШҰ әріптесі, және',
    'Есірткінің заңсыз айналымымен күрес',
    'қазіргі және ықтимал қатерлерді',
    'ортақ мүдде тудыратын',
    'бірлескен іс-қимылдар жүзеге асырылуда',
    'құрылып жатыр',
    'көрсету баптауларының',
    'Бітімгершілік операциялары департаменті',
    '15 тоннадан астам',
  ];

  for (const [file, wording] of now) it(`${file} says "${wording}"`, () => expect(kazakh(file)).toContain(wording));

  // One test a page: the sweep grows with the site.
  it.each(htmlFiles().filter((file) => file.startsWith('kk/')))('%s keeps no retired wording, nor the em dash as the copula', (file) => {
    const words = kazakh(file);
    expect([...retired.filter((wording) => words.includes(wording)), ...(words.includes(' — ') ? ['the em dash «—»'] : [])]).toEqual([]);
  });
});

