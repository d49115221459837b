/**
 * Moments: named points of a lesson's run that its text links to (`#moment/<name>`). A moment
 * is a small predicate over the decoded trace events (format.ts, `Moment`); `resolveMoment`
 * finds the event it names in a run, so the page can move its step cursor there. Pure.
 */
import type { TraceEvent } from "../src/trace/decode";
import type { Moment } from "./format";
import { isCount, isNonEmptyString, isObject, unknownKeys } from "./json-shape";
import { isGreenlet, isObject as isNamedObject, runFacts, type RunFacts } from "./run-facts";
import { BLOCK_REASONS, KIND, isBlockReasonName } from "./trace-vocabulary";

const EVENT_KINDS = {
  output: KIND.OUTPUT,
  switch: KIND.SWITCH,
  blocked: KIND.BLOCKED,
  woken: KIND.WOKEN,
  state: KIND.OBJ_STATE,
  started: KIND.STARTED,
  finished: KIND.FINISHED,
  held: KIND.HUB_HELD,
} as const satisfies Record<Moment["event"], number>;

/** The fields each kind of moment may test, beside `event`, `greenlet` and `nth`. */
const FIELDS: Record<Moment["event"], readonly string[]> = {
  output: ["line"],
  switch: ["to"],
  blocked: ["reason", "object"],
  woken: ["waker", "object"],
  state: ["object", "value"],
  started: [],
  finished: [],
  held: [],
};

/** True when `event` is one the moment names (its occurrence aside). */
function matches(moment: Moment, event: TraceEvent, facts: RunFacts): boolean {
  if (event.kind !== EVENT_KINDS[moment.event]) return false;
  if (moment.greenlet !== undefined && !isGreenlet(facts, event.gid, moment.greenlet)) return false;
  switch (event.kind) {
    case KIND.OUTPUT:
      return event.stream === "stdout" && (moment.line === undefined || event.text === moment.line);
    case KIND.SWITCH:
      return moment.to === undefined || isGreenlet(facts, event.to, moment.to);
    case KIND.BLOCKED:
      return (
        (moment.reason === undefined || event.reason === BLOCK_REASONS[moment.reason]) &&
        (moment.object === undefined || isNamedObject(facts, event.object, moment.object))
      );
    case KIND.WOKEN:
      return (
        (moment.waker === undefined || isGreenlet(facts, event.waker, moment.waker)) &&
        (moment.object === undefined || isNamedObject(facts, event.object, moment.object))
      );
    case KIND.OBJ_STATE:
      return (
        (moment.object === undefined || isNamedObject(facts, event.object, moment.object)) &&
        (moment.value === undefined || event.value === moment.value)
      );
    default:
      return true;
  }
}

/**
 * The seq of the event `moment` names in a run: the `nth` (default first) event that matches
 * it; null when the run has fewer (the learner's program may have changed).
 */
export function resolveMoment(
  moment: Moment,
  events: readonly TraceEvent[] | RunFacts,
): number | null {
  const facts = "printed" in events ? events : runFacts(events);
  let left = moment.nth ?? 1;
  for (const event of facts.events) {
    if (matches(moment, event, facts) && --left === 0) return event.seq;
  }
  return null;
}

/** The moment names a lesson text links to: `[words](#moment/name)`. */
export function momentLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(#moment\/([a-z0-9-]+)\)/g)].map((match) => match[1]);
}

const MOMENT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function momentProblems(value: unknown, field: string): string[] {
  if (!isObject(value)) return [`${field} must be an object`];
  const event = value.event as Moment["event"];
  if (!Object.hasOwn(EVENT_KINDS, event)) {
    return [`${field}.event must be one of ${Object.keys(EVENT_KINDS).join(", ")}`];
  }
  const problems = unknownKeys(value, ["event", "greenlet", "nth", ...FIELDS[event]], field);
  for (const key of ["greenlet", "line", "to", "waker", "object"]) {
    if (value[key] !== undefined && !isNonEmptyString(value[key])) {
      problems.push(`${field}.${key} must be a non-empty string`);
    }
  }
  if (value.reason !== undefined && !isBlockReasonName(value.reason)) {
    problems.push(`${field}.reason is not a block reason`);
  }
  if (value.value !== undefined && typeof value.value !== "number") {
    problems.push(`${field}.value must be a number`);
  }
  if (value.nth !== undefined && !(isCount(value.nth) && value.nth >= 1)) {
    problems.push(`${field}.nth must be a whole number >= 1`);
  }
  return problems;
}

/** Every problem of a meta.json's `moments`. */
export function momentsProblems(value: unknown): string[] {
  if (!isObject(value)) return ["moments must be an object of named moments"];
  return Object.entries(value).flatMap(([name, moment]) => [
    ...(MOMENT_NAME.test(name) ? [] : [`moment name "${name}" is not lowercase-with-hyphens`]),
    ...momentProblems(moment, `moments.${name}`),
  ]);
}
