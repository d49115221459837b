/**
 * The validator of exercise.json (format.ts has its shape): every problem of its tasks, their
 * questions, hints and expectations, so a broken exercise is reported with all its faults.
 */
import type { Task } from "./format";
import {
  isCount,
  isNonEmptyString,
  isObject,
  isStringArray,
  unknownKeys,
  type Json,
} from "./json-shape";
import { localizedProblems } from "./localized";
import { isBlockReasonName, isObjectTypeName } from "./trace-vocabulary";

const TASK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isLine = (line: unknown): line is string => typeof line === "string" && !line.includes("\n");
const isLineList = (value: unknown) =>
  Array.isArray(value) && value.length > 0 && value.every(isLine);
const isSeconds = (value: unknown) => typeof value === "number" && value >= 0;

function rangeProblems(
  value: Json,
  field: string,
  isBound: (value: unknown) => boolean = isCount,
): string[] {
  const problems: string[] = [];
  for (const bound of ["min", "max"] as const) {
    if (value[bound] !== undefined && !isBound(value[bound])) {
      problems.push(`${field}.${bound} must be a number >= 0`);
    }
  }
  const { min, max } = value;
  if (typeof min === "number" && typeof max === "number" && min > max) {
    problems.push(`${field}.min must not exceed max`);
  }
  return problems;
}

interface EntryShape {
  /** Optional keys whose values must be non-empty strings (greenlet, object, line names). */
  strings?: string[];
  /** Other keys the entry may have. */
  others?: string[];
  required?: string[];
  /** min and max are allowed, checked with `isBound`. */
  range?: boolean;
  isBound?: (value: unknown) => boolean;
}

/** Every problem of one entry of an expectation: unknown or missing keys, bad values. */
function entryProblems(value: unknown, field: string, shape: EntryShape): string[] {
  if (!isObject(value)) return [`${field} must be an object`];
  const strings = shape.strings ?? [];
  const known = [...strings, ...(shape.others ?? []), ...(shape.range ? ["min", "max"] : [])];
  const problems = unknownKeys(value, known, field);
  for (const key of shape.required ?? []) {
    if (value[key] === undefined) problems.push(`${field}.${key} is required`);
  }
  for (const key of strings) {
    if (value[key] !== undefined && !isNonEmptyString(value[key])) {
      problems.push(`${field}.${key} must be a non-empty string`);
    }
  }
  if (value.reason !== undefined && !isBlockReasonName(value.reason)) {
    problems.push(`${field}.reason "${String(value.reason)}" is not a block reason`);
  }
  for (const key of ["enter", "leave"]) {
    if (typeof value[key] !== "string") continue;
    try {
      new RegExp(value[key] as string);
    } catch {
      problems.push(`${field}.${key} is not a regular expression`);
    }
  }
  if (shape.range) problems.push(...rangeProblems(value, field, shape.isBound));
  return problems;
}

function listProblems(
  value: unknown,
  field: string,
  each: (item: unknown, at: string) => string[],
): string[] {
  if (!Array.isArray(value) || value.length === 0) return [`${field} must be a non-empty list`];
  return value.flatMap((item, index) => each(item, `${field}[${index}]`));
}

const EXPECT_KEYS = [
  "stdout",
  "absent",
  "printedAt",
  "elapsed",
  "noError",
  "atOnce",
  "blockedAtOnce",
  "blocked",
  "woke",
  "switches",
  "spawned",
  "hubHeld",
  "preempted",
  "objects",
];

/** Every problem of a change task's `expect`. */
export function expectProblems(value: unknown, field = "expect"): string[] {
  if (!isObject(value)) return [`${field} must be an object`];
  const problems = unknownKeys(value, EXPECT_KEYS, field);
  if (!EXPECT_KEYS.some((key) => value[key] !== undefined)) {
    problems.push(`${field} must check something`);
  }
  const v = value;
  const window = ["after", "before"];
  if (v.stdout !== undefined && !isLineList(v.stdout)) {
    problems.push(`${field}.stdout must be a non-empty list of single lines`);
  }
  if (v.absent !== undefined && !isLineList(v.absent)) {
    problems.push(`${field}.absent must be a non-empty list of single lines`);
  }
  if (v.noError !== undefined && v.noError !== true) {
    problems.push(`${field}.noError, when present, must be true`);
  }
  if (v.printedAt !== undefined) {
    problems.push(
      ...listProblems(v.printedAt, `${field}.printedAt`, (item, at) => {
        const own = entryProblems(item, at, {
          strings: ["line", "by"],
          others: ["time"],
          required: ["line", "time"],
        });
        if (isObject(item) && !isSeconds(item.time)) own.push(`${at}.time must be seconds >= 0`);
        return own;
      }),
    );
  }
  const ranged = (
    name: string,
    strings: string[],
    required: string[] = [],
    others: string[] = [],
  ) => {
    if (v[name] === undefined) return;
    problems.push(
      ...listProblems(v[name], `${field}.${name}`, (item, at) =>
        entryProblems(item, at, { strings, others, required, range: true }),
      ),
    );
  };
  ranged("atOnce", ["enter", "leave", ...window], ["enter", "leave"]);
  ranged("blockedAtOnce", ["object", ...window], ["reason"], ["reason"]);
  ranged("blocked", ["greenlet", "object"], [], ["reason"]);
  ranged("woke", ["waker", "woken", "object"]);
  ranged("switches", ["from", "to"]);
  ranged("objects", [], ["type"], ["type"]);
  for (const [index, item] of (Array.isArray(v.objects) ? v.objects : []).entries()) {
    if (isObject(item) && !isObjectTypeName(item.type)) {
      problems.push(`${field}.objects[${index}].type "${String(item.type)}" is not an object type`);
    }
  }
  for (const name of ["elapsed", "spawned", "hubHeld", "preempted"]) {
    if (v[name] === undefined) continue;
    const isBound = name === "elapsed" ? isSeconds : isCount;
    const own = entryProblems(v[name], `${field}.${name}`, { range: true, isBound });
    if (isObject(v[name]) && v[name].min === undefined && v[name].max === undefined) {
      own.push(`${field}.${name} needs min or max`);
    }
    problems.push(...own);
  }
  return problems;
}

function questionProblems(value: unknown, field: string): string[] {
  if (!isObject(value)) return [`${field} must be an object`];
  switch (value.type) {
    case "order": {
      const problems = unknownKeys(value, ["type", "lines"], field);
      const { lines } = value;
      if (!isLineList(lines) || (lines as string[]).length < 2) {
        problems.push(`${field}.lines must be a list of at least two lines`);
      } else if (new Set(lines as string[]).size !== (lines as string[]).length) {
        problems.push(`${field}.lines must be distinct`);
      }
      return problems;
    }
    case "next": {
      const problems = unknownKeys(value, ["type", "moment", "choices"], field);
      if (!isNonEmptyString(value.moment)) problems.push(`${field}.moment must name a moment`);
      if (!isStringArray(value.choices) || value.choices.length < 2) {
        problems.push(`${field}.choices must be at least two greenlet names`);
      }
      return problems;
    }
    case "time": {
      const problems = unknownKeys(value, ["type", "line", "choices"], field);
      if (!isLine(value.line) || value.line === "") problems.push(`${field}.line must be a line`);
      const { choices } = value;
      if (!Array.isArray(choices) || choices.length < 2 || !choices.every(isSeconds)) {
        problems.push(`${field}.choices must be at least two times in seconds`);
      }
      return problems;
    }
    case "printed": {
      const problems = unknownKeys(value, ["type", "choices"], field);
      const { choices } = value;
      if (!isLineList(choices) || (choices as string[]).length < 2) {
        problems.push(`${field}.choices must be a list of at least two lines`);
      }
      return problems;
    }
    default:
      return [`${field}.type must be order, next, time or printed`];
  }
}

function hintsProblems(value: unknown, field: string): string[] {
  return listProblems(value, field, (hint, at) => localizedProblems(hint, at));
}

function taskProblems(value: unknown, field: string): string[] {
  if (!isObject(value)) return [`${field} must be an object`];
  const problems: string[] = [];
  if (typeof value.id !== "string" || !TASK_ID.test(value.id)) {
    problems.push(`${field}.id must be lowercase words joined by hyphens`);
  }
  problems.push(...localizedProblems(value.prompt, `${field}.prompt`));
  if (value.kind === "predict") {
    problems.push(
      ...unknownKeys(value, ["id", "kind", "prompt", "question", "hints", "explain"], field),
    );
    problems.push(...questionProblems(value.question, `${field}.question`));
    if (value.hints !== undefined) problems.push(...hintsProblems(value.hints, `${field}.hints`));
    if (value.explain !== undefined)
      problems.push(...localizedProblems(value.explain, `${field}.explain`));
  } else if (value.kind === "change") {
    problems.push(
      ...unknownKeys(
        value,
        ["id", "kind", "prompt", "hints", "expect", "solution", "threads"],
        field,
      ),
    );
    problems.push(...hintsProblems(value.hints, `${field}.hints`));
    if (value.threads !== undefined) problems.push(...threadsProblems(value, `${field}.threads`));
    problems.push(...expectProblems(value.expect, `${field}.expect`));
    if (typeof value.solution !== "string" || !/^[a-z0-9-]+\.ts$/.test(value.solution)) {
      problems.push(`${field}.solution must be a file name like solution.ts`);
    } else if (value.solution === "program.ts") {
      problems.push(`${field}.solution must not be the program itself`);
    }
  } else {
    problems.push(`${field}.kind must be predict or change`);
  }
  return problems;
}

/** A threads-mode task: seeds to check it under, and a check that a gevent run fails. */
function threadsProblems(task: Record<string, unknown>, field: string): string[] {
  const threads = task.threads;
  if (!isObject(threads)) return [`${field} must be an object`];
  const problems = unknownKeys(threads, ["seeds"], field);
  const seeds = threads.seeds;
  if (!Array.isArray(seeds) || seeds.length === 0 || !seeds.every(isCount)) {
    problems.push(`${field}.seeds must be a non-empty list of whole numbers`);
  }
  const preempted = isObject(task.expect) ? task.expect.preempted : undefined;
  if (!isObject(preempted) || !(typeof preempted.min === "number" && preempted.min >= 1)) {
    problems.push(`${field} needs expect.preempted with min >= 1, or a gevent run would pass`);
  }
  return problems;
}

/** Every problem of a parsed exercise.json; empty when it is well-formed. */
export function exerciseProblems(value: unknown): string[] {
  if (!isObject(value)) return ["exercise.json must be an object"];
  const problems = unknownKeys(value, ["tasks"], "exercise");
  if (!Array.isArray(value.tasks)) return [...problems, "exercise.tasks must be a list"];
  const tasks = value.tasks as unknown[];
  problems.push(...tasks.flatMap((task, index) => taskProblems(task, `tasks[${index}]`)));
  const kinds = tasks.filter(isObject).map((task) => task.kind);
  if (!kinds.includes("predict")) problems.push("exercise needs a predict task");
  if (!kinds.includes("change")) problems.push("exercise needs a change task");
  const ids = tasks.filter(isObject).map((task) => task.id);
  if (new Set(ids).size !== ids.length) problems.push("exercise task ids must be distinct");
  return problems;
}

/** The change tasks of an exercise, in order. */
export const changeTasks = (tasks: readonly Task[]) =>
  tasks.filter((task): task is Extract<Task, { kind: "change" }> => task.kind === "change");
