/** The languages of the lessons, and texts given in each of them. */
import { isNonEmptyString, isObject } from "./json-shape";

export type LessonLocale = "zh-CN" | "en";
export const LESSON_LOCALES: readonly LessonLocale[] = ["zh-CN", "en"];

/** A text in every language a learner can choose. */
export type Localized = Record<LessonLocale, string>;

/** Every problem of a parsed Localized at `field`. */
export function localizedProblems(value: unknown, field: string): string[] {
  if (!isObject(value)) return [`${field} must be an object with zh-CN and en`];
  const missing = LESSON_LOCALES.filter((locale) => !isNonEmptyString(value[locale]));
  const extra = Object.keys(value).filter((key) => !LESSON_LOCALES.includes(key as LessonLocale));
  return [
    ...missing.map((locale) => `${field}.${locale} must be a non-empty string`),
    ...extra.map((key) => `${field} has an unknown language "${key}"`),
  ];
}
