import { formatDate, yearOf } from '../i18n/dates.ts';
import { format } from '../i18n/format.ts';
import type { Strings } from '../i18n/strings.ts';
import { quotationsOf, resolve, type Catalog, type Item } from './catalog.ts';
import { factRows, holderLine, link, type Fact } from './facts.ts';
import { currentMembers, membershipOf, statusOf } from './membership.ts';
import { chairOfYearReviewed, holderOn, holdersOf } from './offices.ts';

/**
 * The essentials a reader looks for first, each linked to the page that says more, as of the About
 * page's review date: where the Secretariat sits, the member states (a frozen participation
 * named), the Secretary General in office, the state in the chair that year, and
 * the Treaty's and the Charter's signing. Each fact from outside the source carries its sources'
 * words. The home page and the About page open with it.
 */
export function atAGlance(catalog: Catalog, overview: Item<'about'>, strings: Pick<Strings, 'lang' | 't' | 'tDynamic'>): Fact[] {
  const { lang, t } = strings;
  const d = overview.data;
  const seat = resolve(catalog, d.seatSince);
  const secretary = catalog.bodies.find((body) => body.id === 'secretary-general');
  const holder = secretary && holderOn(holdersOf(catalog, secretary), d.reviewed);
  const chair = chairOfYearReviewed(catalog, overview);
  const treaty = resolve(catalog, d.treatySigned);
  const charter = resolve(catalog, d.founded);
  // The document whose signing it is (its page), found by that development.
  const signing = (signed: Item<'developments'>, key: 'glance.treatySigned' | 'glance.charterSigned') => {
    const document = catalog.documents.find((each) => each.data.signed.id === signed.id);
    const text = format(t(key), { date: formatDate(signed.data.date, lang) });
    return document ? { ...link(document), text } : text;
  };
  return factRows(t, [
    ['glance.seat', [{ text: d.seat, path: 'bodies/secretariat' }], { quotations: quotationsOf(catalog, seat) }],
    [
      'glance.members',
      currentMembers(catalog).map((member) => {
        const item = link(member);
        return statusOf(membershipOf(catalog, member)) === 'participation-frozen' ? { ...item, text: `${item.text} (${t('glance.frozen')})` } : item;
      }),
    ],
    ['glance.secretaryGeneral', [holder && secretary && { text: holderLine(catalog, holder, strings), path: 'bodies/secretary-general' }], { quotations: holder ? quotationsOf(catalog, holder) : [] }],
    [
      'glance.chair',
      [{ ...link(resolve(catalog, chair.data.state)), text: format(t('glance.chairIn'), { state: resolve(catalog, chair.data.state).data.title, year: String(yearOf(d.reviewed)) }) }],
      { quotations: quotationsOf(catalog, chair) },
    ],
    [
      'glance.founded',
      [signing(treaty, 'glance.treatySigned'), signing(charter, 'glance.charterSigned')],
      { quotations: [...quotationsOf(catalog, treaty), ...quotationsOf(catalog, charter)] },
    ],
  ]);
}
