import { allowedValues, type PreferenceName } from './preferences.ts';
import { format, type Strings } from './strings.ts';
import type { StringKey } from '../strings/en.ts';

/** One choice of a preference control: its value, visible label and accessible name. */
export interface PreferenceOption {
  value: string;
  label: string;
  /** Set where the visible label alone would not say what the option is ("150%"). */
  accessibleName?: string;
}

/** A preference control: a named radio group. */
export interface PreferenceGroup {
  name: PreferenceName;
  legend: string;
  options: PreferenceOption[];
}

const legends: Record<PreferenceName, StringKey> = {
  fontSize: 'prefs.fontSize',
  scheme: 'prefs.colours',
  letterSpacing: 'prefs.letterSpacing',
  lineSpacing: 'prefs.lineSpacing',
};

const labelPrefix: Record<PreferenceName, string> = {
  fontSize: 'prefs.fontSizeOption',
  scheme: 'prefs.scheme',
  letterSpacing: 'prefs.letterSpacing',
  lineSpacing: 'prefs.lineSpacing',
};

/** The controls for one preference, labelled from the strings file. */
export function preferenceGroup(name: PreferenceName, { t, tDynamic }: Strings): PreferenceGroup {
  return {
    name,
    legend: t(legends[name]),
    options: allowedValues[name].map((value) =>
      name === 'fontSize'
        ? { value, label: `${value}%`, accessibleName: format(t('prefs.fontSizeOption'), { value }) }
        : { value, label: tDynamic(`${labelPrefix[name]}.${value}`) },
    ),
  };
}
