/**
 * The learner's display choices (language, theme, presentation size), remembered in the
 * browser's storage. Only what the learner chose is stored: a choice never made keeps following
 * the browser (its language, its light or dark setting). Storage may be missing or refuse
 * (private windows, blocked cookies): the app then works with the defaults. Pure but for the
 * storage passed in.
 */
import type { LessonLocale } from "../../lessons/format";

export type Locale = LessonLocale;
export type Theme = "light" | "dark";

export interface Preferences {
  locale: Locale;
  theme: Theme;
  /** Bigger text everywhere, for a projector. */
  presentation: boolean;
}

/** The part of the Web Storage API the preferences need. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const PREFERENCES_KEY = "greenlet-playground:preferences:v1";

const LOCALES: readonly string[] = ["en", "zh-CN"];
const THEMES: readonly string[] = ["light", "dark"];

/** The choices stored earlier, keeping only well-formed ones. */
export function storedChoices(storage: PreferenceStorage | null): Partial<Preferences> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(PREFERENCES_KEY) ?? "{}");
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null) return {};
  const { locale, theme, presentation } = parsed as Record<string, unknown>;
  const choices: Partial<Preferences> = {};
  if (typeof locale === "string" && LOCALES.includes(locale)) choices.locale = locale as Locale;
  if (typeof theme === "string" && THEMES.includes(theme)) choices.theme = theme as Theme;
  if (typeof presentation === "boolean") choices.presentation = presentation;
  return choices;
}

/** Remembers the learner's choices; a storage that refuses leaves them for this visit only. */
export function storeChoices(storage: PreferenceStorage | null, choices: Partial<Preferences>) {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(choices));
  } catch {
    // Full or forbidden storage: the choice still holds until the page closes.
  }
}
