/**
 * The lesson format (lessons/README.md): the shapes of index.json, meta.json and exercise.json,
 * and validators that list every problem of a parsed file, so a broken lesson is reported with
 * all its faults at once instead of failing somewhere in the app.
 */

export type LessonLocale = "zh-CN" | "en";
export const LESSON_LOCALES: readonly LessonLocale[] = ["zh-CN", "en"];

/** A text in every language a learner can choose. */
export type Localized = Record<LessonLocale, string>;

/** lessons/index.json: the lessons, in teaching order. */
export interface LessonIndex {
  version: 1;
  lessons: string[];
}

/** lessons/<id>/meta.json. */
export interface LessonMeta {
  id: string;
  title: Localized;
  summary: Localized;
  /** The conformance example whose `.out` expected.out equals byte for byte, or null. */
  conformance: string | null;
  /** Every conformance example the lesson draws on (may be empty). */
  examples: string[];
  /** The virtual seconds the program ends at. */
  elapsed: number;
  tags: string[];
}

/** Bounds on the run's virtual elapsed time, both inclusive. */
export interface ElapsedRange {
  min?: number;
  max?: number;
}

/** What a run must show for the exercise to count as done. */
export interface ExerciseExpect {
  /** Whole lines that must appear in stdout in this order (other lines may come between). */
  stdout?: string[];
  elapsed?: ElapsedRange;
  /** No error escaped the main greenlet and the program compiled. */
  noError?: true;
}

/** lessons/<id>/exercise.json. */
export interface Exercise {
  prompt: Localized;
  hint?: Localized;
  /** True when the unmodified program must not pass: the task is to change it. */
  requiresChange: boolean;
  expect: ExerciseExpect;
}

/** Lesson ids appear in URLs: lowercase words joined by single hyphens. */
export const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === "string" && value.trim().length > 0;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isNonEmptyString);

function localizedProblems(value: unknown, field: string): string[] {
  if (!isObject(value)) return [`${field} must be an object with zh-CN and en`];
  const missing = LESSON_LOCALES.filter((locale) => !isNonEmptyString(value[locale]));
  const extra = Object.keys(value).filter((key) => !LESSON_LOCALES.includes(key as LessonLocale));
  return [
    ...missing.map((locale) => `${field}.${locale} must be a non-empty string`),
    ...extra.map((key) => `${field} has an unknown language "${key}"`),
  ];
}

function unknownKeys(value: Json, known: readonly string[], field: string): string[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => `${field} has an unknown key "${key}"`);
}

/** Every problem of a parsed index.json; empty when it is well-formed. */
export function lessonIndexProblems(value: unknown): string[] {
  if (!isObject(value)) return ["index.json must be an object"];
  const problems = unknownKeys(value, ["version", "lessons"], "index.json");
  if (value.version !== 1) problems.push("index.json version must be 1");
  if (!isStringArray(value.lessons) || value.lessons.length === 0) {
    return [...problems, "index.json lessons must be a non-empty list of ids"];
  }
  const seen = new Set<string>();
  for (const id of value.lessons) {
    if (!LESSON_ID.test(id)) problems.push(`lesson id "${id}" is not lowercase-with-hyphens`);
    if (seen.has(id)) problems.push(`lesson id "${id}" is listed twice`);
    seen.add(id);
  }
  return problems;
}

const META_KEYS = ["id", "title", "summary", "conformance", "examples", "elapsed", "tags"];

/** Every problem of a parsed meta.json of the lesson in folder `id`. */
export function lessonMetaProblems(value: unknown, id: string): string[] {
  if (!isObject(value)) return ["meta.json must be an object"];
  const problems = unknownKeys(value, META_KEYS, "meta.json");
  if (value.id !== id) problems.push(`meta.json id must be its folder name "${id}"`);
  problems.push(...localizedProblems(value.title, "title"));
  problems.push(...localizedProblems(value.summary, "summary"));
  if (value.conformance !== null && !isNonEmptyString(value.conformance)) {
    problems.push("conformance must be an example name or null");
  }
  if (!isStringArray(value.examples)) problems.push("examples must be a list of example names");
  else if (isNonEmptyString(value.conformance) && !value.examples.includes(value.conformance)) {
    problems.push("examples must include the conformance example");
  }
  if (typeof value.elapsed !== "number" || !(value.elapsed >= 0)) {
    problems.push("elapsed must be a number of seconds >= 0");
  }
  if (!isStringArray(value.tags)) problems.push("tags must be a list of strings");
  return problems;
}

function elapsedProblems(value: unknown): string[] {
  if (!isObject(value)) return ["expect.elapsed must be an object with min and/or max"];
  const problems = unknownKeys(value, ["min", "max"], "expect.elapsed");
  const { min, max } = value;
  if (min === undefined && max === undefined) problems.push("expect.elapsed needs min or max");
  for (const [name, bound] of [
    ["min", min],
    ["max", max],
  ] as const) {
    if (bound !== undefined && (typeof bound !== "number" || !(bound >= 0))) {
      problems.push(`expect.elapsed.${name} must be a number >= 0`);
    }
  }
  if (typeof min === "number" && typeof max === "number" && min > max) {
    problems.push("expect.elapsed.min must not exceed max");
  }
  return problems;
}

function expectProblems(value: unknown): string[] {
  if (!isObject(value)) return ["expect must be an object"];
  const problems = unknownKeys(value, ["stdout", "elapsed", "noError"], "expect");
  if (value.stdout === undefined && value.elapsed === undefined && value.noError === undefined) {
    problems.push("expect must check at least one of stdout, elapsed, noError");
  }
  const { stdout } = value;
  const isLine = (line: unknown) => typeof line === "string" && !line.includes("\n");
  if (
    stdout !== undefined &&
    !(Array.isArray(stdout) && stdout.length > 0 && stdout.every(isLine))
  ) {
    problems.push("expect.stdout must be a non-empty list of single lines");
  }
  if (value.elapsed !== undefined) problems.push(...elapsedProblems(value.elapsed));
  if (value.noError !== undefined && value.noError !== true) {
    problems.push("expect.noError, when present, must be true");
  }
  return problems;
}

/** Every problem of a parsed exercise.json; empty when it is well-formed. */
export function exerciseProblems(value: unknown): string[] {
  if (!isObject(value)) return ["exercise.json must be an object"];
  const problems = unknownKeys(value, ["prompt", "hint", "requiresChange", "expect"], "exercise");
  problems.push(...localizedProblems(value.prompt, "prompt"));
  if (value.hint !== undefined) problems.push(...localizedProblems(value.hint, "hint"));
  if (typeof value.requiresChange !== "boolean") problems.push("requiresChange must be a boolean");
  problems.push(...expectProblems(value.expect));
  return problems;
}
