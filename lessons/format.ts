/**
 * The lesson format (lessons/README.md): the shapes of index.json, meta.json and exercise.json,
 * and validators that list every problem of a parsed file, so a broken lesson is reported with
 * all its faults at once instead of failing somewhere in the app.
 */

import { isNonEmptyString, isObject, isStringArray, unknownKeys } from "./json-shape";
import { momentsProblems } from "./moments";
import { localizedProblems, type Localized } from "./localized";
import type { BlockReasonName, ObjectTypeName } from "./trace-vocabulary";

export { LESSON_LOCALES, localizedProblems } from "./localized";
export type { LessonLocale, Localized } from "./localized";

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
  /** Named points of the program's run, for links from the text (`#moment/<name>`). */
  moments?: Record<string, Moment>;
}

/** Bounds on the run's virtual elapsed time, both inclusive. */
export interface ElapsedRange {
  min?: number;
  max?: number;
}

/** Bounds on a count, both inclusive. */
export interface CountRange {
  min?: number;
  max?: number;
}

/**
 * A part of the run, cut by printed lines: from the first stdout line equal to `after` (or the
 * start) to the first equal to `before` (or the end). A line that is not printed leaves that
 * side open.
 */
export interface RunWindow {
  after?: string;
  before?: string;
}

/** A line printed at a virtual time (within 0.01 s), by a given greenlet when `by` is set. */
export interface PrintedAtExpect {
  line: string;
  time: number;
  by?: string;
}

/**
 * How many greenlets are inside a section at once: a greenlet enters it when it prints a line
 * matching the regular expression `enter` and leaves it at its next line matching `leave` (or
 * when it ends). The peak over the window must lie within min..max.
 */
export interface SectionExpect extends CountRange, RunWindow {
  enter: string;
  leave: string;
}

/** How many greenlets are blocked at once for `reason` (on `object`, when set): the peak. */
export interface BlockedAtOnceExpect extends CountRange, RunWindow {
  reason: BlockReasonName;
  object?: string;
}

/**
 * How many distinct greenlets (matching `greenlet`, when set) blocked for `reason` on `object`
 * (each when set) at some time in the run: min defaults to 1.
 */
export interface BlockedExpect extends CountRange {
  greenlet?: string;
  reason?: BlockReasonName;
  object?: string;
}

/** Wake-ups of `woken` by `waker` (through `object`), each when set: at least `min` (default 1), at most `max`. */
export interface WokeExpect extends CountRange {
  waker?: string;
  woken?: string;
  object?: string;
}

/** Objects of a type (`local`, `queue`, `lock`...: the runtime's names) the program created. */
export interface ObjectsExpect extends CountRange {
  type: ObjectTypeName;
}

/** Switches from `from` to `to` (any greenlet when unset, the hub included). */
export interface SwitchesExpect extends CountRange {
  from?: string;
  to?: string;
}

/**
 * What a run must show for a change task to count as done. Greenlets are named as the run knows
 * them: `main`, `hub`, the variable holding it, its `name`, its function (`task`) or call
 * (`task(1)`), or its timeline label (`task(1) #3`); objects by their variable or `queue #3`.
 */
export interface RunExpect {
  /** Whole lines that must appear in stdout in this order (other lines may come between). */
  stdout?: string[];
  /** Whole lines that must not appear in stdout. */
  absent?: string[];
  printedAt?: PrintedAtExpect[];
  elapsed?: ElapsedRange;
  /** No error escaped the main greenlet and the program compiled. */
  noError?: true;
  atOnce?: SectionExpect[];
  blockedAtOnce?: BlockedAtOnceExpect[];
  blocked?: BlockedExpect[];
  woke?: WokeExpect[];
  switches?: SwitchesExpect[];
  /** Greenlets the program created (spawned, raw, subclassed; not the hub, main or links). */
  spawned?: CountRange;
  /** Blocking calls that held the hub (an unpatched `time.sleep`, `time.busy`...). */
  hubHeld?: CountRange;
  /**
   * Preemptions (the scheduler lab's threads mode takes the CPU from a greenlet between two
   * statements, as an operating system does a thread's): `min: 1` asks for a run in threads
   * mode, where a gevent run has none.
   */
  preempted?: CountRange;
  objects?: ObjectsExpect[];
}

/**
 * A question answered before running, checked against the run: the order in which `lines` are
 * first printed; which greenlet (one of `choices`) runs first after a moment, the hub aside;
 * at which virtual time (one of `choices`) `line` is first printed; or which of the lines
 * `choices` the program prints (exactly one of them).
 */
export type Question =
  | { type: "order"; lines: string[] }
  | { type: "printed"; choices: string[] }
  | { type: "next"; moment: string; choices: string[] }
  | { type: "time"; line: string; choices: number[] };

export interface PredictTask {
  id: string;
  kind: "predict";
  prompt: Localized;
  question: Question;
  /** Shown one at a time, on request. */
  hints?: Localized[];
  /** Said after the answer is checked: why the run does what it does. */
  explain?: Localized;
}

export interface ChangeTask {
  id: string;
  kind: "change";
  prompt: Localized;
  /** Shown one at a time, on request: the first a nudge, the last nearly the answer. */
  hints: Localized[];
  /** The unchanged program must fail it; `solution` must pass it. */
  expect: RunExpect;
  /** The file of the lesson with a program that passes (offered after a try). */
  solution: string;
  /**
   * The task is done in the scheduler lab's threads mode (seeded random policy, preemption):
   * the tests check the unchanged program, the shortcuts and the solution under each of these
   * seeds. Its `expect` should ask for `preempted`, so a gevent run cannot pass it.
   */
  threads?: { seeds: number[] };
}

export type Task = PredictTask | ChangeTask;

/** lessons/<id>/exercise.json. */
export interface Exercise {
  /** At least one predict task and one change task, in the order the page shows them. */
  tasks: Task[];
}

/**
 * A named point of a lesson's run that its text links to (`[set() is called](#moment/set)`):
 * the `nth` (from 1) event of kind `event` whose fields match every one that is set. `held` is
 * a blocking call holding the hub (an unpatched `time.sleep`).
 */
export interface Moment {
  event: "output" | "switch" | "blocked" | "woken" | "state" | "started" | "finished" | "held";
  /** The greenlet the event concerns (for a switch: the one switching away). */
  greenlet?: string;
  /** output: the printed line. */
  line?: string;
  /** switch: the greenlet switched to. */
  to?: string;
  /** woken: the greenlet that woke it. */
  waker?: string;
  /** blocked: why. */
  reason?: BlockReasonName;
  /** blocked, woken, state: the object. */
  object?: string;
  /** state: the object's new value (an event's flag 0/1, a queue's length, a counter). */
  value?: number;
  nth?: number;
}

/** Lesson ids appear in URLs: lowercase words joined by single hyphens. */
export const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

const META_KEYS = [
  "id",
  "title",
  "summary",
  "conformance",
  "examples",
  "elapsed",
  "tags",
  "moments",
];

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
  if (value.moments !== undefined) problems.push(...momentsProblems(value.moments));
  return problems;
}

export { exerciseProblems } from "./exercise-problems";
