import { format } from '../../lib/i18n/format.ts';
import type { TextKey } from '../../lib/i18n/spec.ts';
import type { Strings } from '../../lib/i18n/strings.ts';
import { allowedValues, type PreferenceName } from './model.ts';

/** How each preference is offered: its legend, where its option labels are, and which part of the panel holds it. */
const controls: Record<PreferenceName, { legend: TextKey; labels: string; part: 'main' | 'spacing'; swatches?: boolean }> = {
  fontSize: { legend: 'prefs.fontSize', labels: 'prefs.fontSizeOption', part: 'main' },
  scheme: { legend: 'prefs.colours', labels: 'prefs.scheme', part: 'main', swatches: true },
  letterSpacing: { legend: 'prefs.letterSpacing', labels: 'prefs.letterSpacing', part: 'spacing' },
  lineSpacing: { legend: 'prefs.lineSpacing', labels: 'prefs.lineSpacing', part: 'spacing' },
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
  /** Show a colour swatch beside each option (the site colours). */
  swatches: boolean;
  options: PreferenceOption[];
}

/** The controls of one part of the panel, in order, labelled from the strings file. */
export function preferenceGroups(part: 'main' | 'spacing', { t, tDynamic }: Strings): PreferenceGroupData[] {
  return (Object.keys(controls) as PreferenceName[])
    .filter((name) => controls[name].part === part)
    .map((name) => ({
      name,
      legend: t(controls[name].legend),
      swatches: controls[name].swatches ?? false,
      options: allowedValues[name].map((value: string) =>
        name === 'fontSize'
          ? { value, label: `${value}%`, accessibleName: format(t('prefs.fontSizeOption'), { value }) }
          : { value, label: tDynamic(`${controls[name].labels}.${value}`) },
      ),
    }));
}
