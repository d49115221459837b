/**
 * The preferences slice: language, theme and presentation size, each remembered once the
 * learner chooses it (preferences.ts); until then the defaults follow the browser.
 */
import type { AppSlice } from "./app-store";
import {
  storedChoices,
  storeChoices,
  type Locale,
  type PreferenceStorage,
  type Preferences,
  type Theme,
} from "./preferences";

export interface PrefsSlice extends Preferences {
  setLocale(locale: Locale): void;
  setTheme(theme: Theme): void;
  setPresentation(on: boolean): void;
}

export interface PrefsOptions {
  /** What applies until the learner chooses: the browser's language and colour scheme. */
  defaults: Preferences;
  storage: PreferenceStorage | null;
}

/** The preferences a visit starts with: the learner's remembered choices over the defaults. */
export function initialPreferences({ defaults, storage }: PrefsOptions): Preferences {
  return { ...defaults, ...storedChoices(storage) };
}

export function prefsSlice({ defaults, storage }: PrefsOptions): AppSlice<PrefsSlice> {
  return (set) => {
    const chosen = storedChoices(storage);
    const choose = (choice: Partial<Preferences>) => {
      Object.assign(chosen, choice);
      storeChoices(storage, chosen);
      set(choice);
    };
    return {
      ...defaults,
      ...chosen,
      setLocale: (locale) => choose({ locale }),
      setTheme: (theme) => choose({ theme }),
      setPresentation: (presentation) => choose({ presentation }),
    };
  };
}
