import { format } from '../../lib/i18n/format.ts';
import type { TextKey } from '../../lib/i18n/spec.ts';
import type { Strings } from '../../lib/i18n/strings.ts';
import { allowedValues, type PreferenceName } from './model.ts';

/**
 * How each preference is offered: its legend, where its option labels are, which part of the
 * panel holds it, and whether each option shows a sample (a colour swatch, the label in its font).
 * The main part shows when the panel opens: size and colours, the settings of the CIS panels'
 * first row; the rest folds under "More settings", so that on a phone at 200% text the open
 * panel stays about one and a half screens long (scripts/lib/panel-limits.ts).
 */
const controls: Record<PreferenceName, { legend: TextKey; labels: string; part: 'main' | 'more'; sample?: 'swatch' | 'font' }> = {
  fontSize: { legend: 'prefs.fontSize', labels: 'prefs.fontSizeOption', part: 'main' },
  scheme: { legend: 'prefs.colours', labels: 'prefs.scheme', part: 'main', sample: 'swatch' },
  fontFamily: { legend: 'prefs.fontFamily', labels: 'prefs.fontFamily', part: 'more', sample: 'font' },
  pictures: { legend: 'prefs.pictures', labels: 'prefs.pictures', part: 'more' },
  letterSpacing: { legend: 'prefs.letterSpacing', labels: 'prefs.spacing', part: 'more' },
  wordSpacing: { legend: 'prefs.wordSpacing', labels: 'prefs.spacing', part: 'more' },
  lineSpacing: { legend: 'prefs.lineSpacing', labels: 'prefs.lineSpacing', part: 'more' },
  paragraphSpacing: { legend: 'prefs.paragraphSpacing', labels: 'prefs.spacing', part: 'more' },
  speechRate: { legend: 'prefs.speechRate', labels: 'prefs.speechRate', part: 'more' },
};

/** One choice of a preference control: its value, visible label and accessible name. */
export interface PreferenceOption {
  value: string;
  label: string;
  /** Set where the visible label alone would not say what the option is ("150%"). */
  accessibleName?: string;
}

/** A preference control: a named radio group. */
export interface PreferenceGroupData {
  name: PreferenceName;
  legend: string;
  /** What each option shows beside its label: a colour swatch (the site colours), or its label in its own type. */
  sample?: 'swatch' | 'font';
  options: PreferenceOption[];
}

/** The controls of one part of the panel, in order, labelled from the strings file. */
export function preferenceGroups(part: 'main' | 'more', { t, tDynamic }: Strings): PreferenceGroupData[] {
  return (Object.keys(controls) as PreferenceName[])
    .filter((name) => controls[name].part === part)
    .map((name) => ({
      name,
      legend: t(controls[name].legend),
      sample: controls[name].sample,
      options: allowedValues[name].map((value: string) =>
        name === 'fontSize'
          ? { value, label: `${value}%`, accessibleName: format(t('prefs.fontSizeOption'), { value }) }
          : { value, label: tDynamic(`${controls[name].labels}.${value}`) },
      ),
    }));
}
