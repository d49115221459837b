/**
 * The checks of an expectation that read the schedule from the run's trace events: lines at a
 * time, greenlets inside a section or blocked at once, who blocked on what, who woke whom, the
 * switches, the greenlets created, the calls that held the hub. Pure.
 */
import type { TraceEvent } from "../src/trace/decode";
import type { CountRange, RunExpect, RunWindow } from "./format";
import type { ExerciseFailure } from "./exercise-failure";
import { firstPrinted, isGreenlet, isObject, type RunFacts } from "./run-facts";
import { BLOCK_REASONS, GREENLET_TYPES, KIND, OBJECT_TYPES } from "./trace-vocabulary";

/** The greenlets a program creates itself: raw ones and gevent Greenlets (not links). */
const PROGRAM_TYPES = new Set<number>([GREENLET_TYPES.RAW, GREENLET_TYPES.GREENLET]);

const inRange = (count: number, { min, max }: CountRange) =>
  (min === undefined || count >= min) && (max === undefined || count <= max);

/** Bounds of a failure: only the ones the expectation set. */
const bounds = ({ min, max }: CountRange) => ({
  ...(min === undefined ? {} : { min }),
  ...(max === undefined ? {} : { max }),
});

/** The seqs [from, to) a window covers: an unprinted `after` or `before` leaves that side open. */
function windowOf(facts: RunFacts, window: RunWindow): [number, number] {
  const from = window.after === undefined ? null : firstPrinted(facts, window.after);
  const to = window.before === undefined ? null : firstPrinted(facts, window.before);
  return [from ?? 0, to ?? Number.POSITIVE_INFINITY];
}

const ENDS = new Set<number>([KIND.FINISHED, KIND.FAILED, KIND.KILLED, KIND.ABANDONED]);

/** The most greenlets inside at once: `enters` and `leaves` say when one goes in or out. */
function peakOf(
  events: readonly TraceEvent[],
  [from, to]: [number, number],
  enters: (event: TraceEvent) => boolean,
  leaves: (event: TraceEvent) => boolean,
): number {
  const inside = new Set<number>();
  let peak = 0;
  for (const event of events) {
    if (event.seq >= to) break;
    if (enters(event)) inside.add(event.gid);
    else if (inside.has(event.gid) && (leaves(event) || ENDS.has(event.kind))) {
      inside.delete(event.gid);
    }
    if (event.seq >= from) peak = Math.max(peak, inside.size);
  }
  return peak;
}

function printedAtFailures(expect: RunExpect, facts: RunFacts): ExerciseFailure[] {
  return (expect.printedAt ?? []).flatMap((want) => {
    const lines = facts.printed.filter(
      (line) =>
        line.text === want.line && (want.by === undefined || isGreenlet(facts, line.gid, want.by)),
    );
    if (lines.some((line) => Math.abs(line.time - want.time) <= 0.01)) return [];
    return [
      { kind: "not-at-time", line: want.line, time: want.time, times: lines.map((l) => l.time) },
    ];
  });
}

function sectionFailures(expect: RunExpect, facts: RunFacts): ExerciseFailure[] {
  return (expect.atOnce ?? []).flatMap((section) => {
    const enter = new RegExp(section.enter);
    const leave = new RegExp(section.leave);
    const isLine = (event: TraceEvent, pattern: RegExp) =>
      event.kind === KIND.OUTPUT && event.stream === "stdout" && pattern.test(event.text);
    const peak = peakOf(
      facts.events,
      windowOf(facts, section),
      (event) => isLine(event, enter),
      (event) => isLine(event, leave),
    );
    if (inRange(peak, section)) return [];
    return [{ kind: "section", enter: section.enter, peak, ...bounds(section) }];
  });
}

function blockedAtOnceFailures(expect: RunExpect, facts: RunFacts): ExerciseFailure[] {
  return (expect.blockedAtOnce ?? []).flatMap((want) => {
    const reason = BLOCK_REASONS[want.reason];
    const peak = peakOf(
      facts.events,
      windowOf(facts, want),
      (event) =>
        event.kind === KIND.BLOCKED &&
        event.reason === reason &&
        (want.object === undefined || isObject(facts, event.object, want.object)),
      (event) => event.kind === KIND.WOKEN,
    );
    if (inRange(peak, want)) return [];
    const object = want.object === undefined ? {} : { object: want.object };
    return [{ kind: "blocked-at-once", reason: want.reason, ...object, peak, ...bounds(want) }];
  });
}

function blockedFailures(expect: RunExpect, facts: RunFacts): ExerciseFailure[] {
  return (expect.blocked ?? []).flatMap((want) => {
    const greenlets = new Set<number>();
    for (const event of facts.events) {
      if (event.kind !== KIND.BLOCKED) continue;
      if (want.reason !== undefined && event.reason !== BLOCK_REASONS[want.reason]) continue;
      if (want.object !== undefined && !isObject(facts, event.object, want.object)) continue;
      if (want.greenlet !== undefined && !isGreenlet(facts, event.gid, want.greenlet)) continue;
      greenlets.add(event.gid);
    }
    const range = { min: want.min ?? 1, max: want.max };
    if (inRange(greenlets.size, range)) return [];
    const { min: _min, max: _max, ...what } = want;
    return [{ kind: "blocked", ...what, count: greenlets.size, ...bounds(range) }];
  });
}

function wokeFailures(expect: RunExpect, facts: RunFacts): ExerciseFailure[] {
  return (expect.woke ?? []).flatMap((want) => {
    const count = facts.events.filter(
      (event) =>
        event.kind === KIND.WOKEN &&
        event.waker !== event.gid &&
        (want.waker === undefined || isGreenlet(facts, event.waker, want.waker)) &&
        (want.woken === undefined || isGreenlet(facts, event.gid, want.woken)) &&
        (want.object === undefined || isObject(facts, event.object, want.object)),
    ).length;
    const range = { min: want.min ?? 1, max: want.max };
    if (inRange(count, range)) return [];
    const { min: _min, max: _max, ...what } = want;
    return [{ kind: "woke", ...what, count, ...bounds(range) }];
  });
}

function switchFailures(expect: RunExpect, facts: RunFacts): ExerciseFailure[] {
  return (expect.switches ?? []).flatMap((want) => {
    const count = facts.events.filter(
      (event) =>
        event.kind === KIND.SWITCH &&
        event.to !== event.gid &&
        (want.from === undefined || isGreenlet(facts, event.gid, want.from)) &&
        (want.to === undefined || isGreenlet(facts, event.to, want.to)),
    ).length;
    if (inRange(count, want)) return [];
    const { min: _min, max: _max, ...what } = want;
    return [{ kind: "switches", ...what, count, ...bounds(want) }];
  });
}

function countFailures(expect: RunExpect, facts: RunFacts): ExerciseFailure[] {
  const failures: ExerciseFailure[] = [];
  if (expect.spawned) {
    const count = facts.events.filter(
      (event) => event.kind === KIND.CREATED && PROGRAM_TYPES.has(event.greenletType),
    ).length;
    if (!inRange(count, expect.spawned)) {
      failures.push({ kind: "spawned", count, ...bounds(expect.spawned) });
    }
  }
  for (const want of expect.objects ?? []) {
    const type = OBJECT_TYPES[want.type];
    const count = facts.events.filter(
      (event) => event.kind === KIND.OBJ_CREATED && event.objectType === type,
    ).length;
    if (!inRange(count, want))
      failures.push({ kind: "objects", type: want.type, count, ...bounds(want) });
  }
  if (expect.hubHeld) {
    const count = facts.events.filter((event) => event.kind === KIND.HUB_HELD).length;
    if (!inRange(count, expect.hubHeld)) {
      failures.push({ kind: "hub-held", count, ...bounds(expect.hubHeld) });
    }
  }
  if (expect.preempted) {
    const count = facts.events.filter((event) => event.kind === KIND.PREEMPTED).length;
    if (!inRange(count, expect.preempted)) {
      failures.push({ kind: "preempted", count, ...bounds(expect.preempted) });
    }
  }
  return failures;
}

/** Every failure of the schedule checks of `expect` in the run `facts` describes. */
export function scheduleFailures(expect: RunExpect, facts: RunFacts): ExerciseFailure[] {
  return [
    ...printedAtFailures(expect, facts),
    ...sectionFailures(expect, facts),
    ...blockedAtOnceFailures(expect, facts),
    ...blockedFailures(expect, facts),
    ...wokeFailures(expect, facts),
    ...switchFailures(expect, facts),
    ...countFailures(expect, facts),
  ];
}
