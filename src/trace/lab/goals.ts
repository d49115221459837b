/**
 * Goals of the scheduler lab: a condition over a run ("two greenlets inside the critical section
 * at once", "reach a deadlock") that a lesson states and the page checks against the learner's
 * schedule, with the step where it first held. Pure.
 */
import { BLOCK, EV, HUB_GID, MAIN_GID } from "../../runtime/tracing/trace-kinds";
import { openChoice } from "../model/choice-points";
import type { RunModel } from "../model/run-model";
import type { GreenletState } from "../model/run-state";

export type GoalWait = "queue-get" | "queue-put" | "lock" | "event";

export type Goal =
  /** `count` greenlets at once stopped (or running) on lines `from` to `to`, both included. */
  | { kind: "inside"; from: number; to: number; count: number }
  /** The run ends in LoopExit: every greenlet waits on another. */
  | { kind: "deadlock" }
  /** `count` waits of that kind (by the greenlet of that variable, when given). */
  | { kind: "waits"; wait: GoalWait; count: number; greenlet?: string }
  /** The run finishes without an error before `seconds` of virtual time. */
  | { kind: "finish-under"; seconds: number }
  /** A line of output equal to `text`. */
  | { kind: "output"; text: string };

export interface GoalReached {
  step: number;
  time: number;
}

const WAIT_REASONS: Record<GoalWait, number> = {
  "queue-get": BLOCK.QUEUE_GET,
  "queue-put": BLOCK.QUEUE_PUT,
  lock: BLOCK.LOCK_ACQUIRE,
  event: BLOCK.EVENT_WAIT,
};

const alive = (g: GreenletState | undefined): g is GreenletState =>
  g !== undefined &&
  g.gid !== HUB_GID &&
  g.started &&
  (g.status === "ready" ||
    g.status === "running" ||
    g.status === "blocked" ||
    g.status === "holding");

/** Steps after which a greenlet's line may have changed. */
const MOVES = new Set<number>([EV.SWITCH, EV.BLOCKED, EV.PREEMPTED, EV.HUB_HELD]);

function insideAt(model: RunModel, goal: Extract<Goal, { kind: "inside" }>): number | null {
  for (let n = 0; n < model.stepCount; n++) {
    if (!MOVES.has(model.kindAt(n))) continue;
    let inside = 0;
    for (const g of model.stateAt(n).greenlets) {
      if (!alive(g)) continue;
      const [line] = model.siteAt(g.site);
      if (line >= goal.from && line <= goal.to) inside++;
    }
    if (inside >= goal.count) return n;
  }
  return null;
}

function waitsAt(model: RunModel, goal: Extract<Goal, { kind: "waits" }>): number | null {
  const reason = WAIT_REASONS[goal.wait];
  let seen = 0;
  for (let n = 0; n < model.stepCount; n++) {
    if (model.kindAt(n) !== EV.BLOCKED) continue;
    const [, gid, a] = model.wordsAt(n);
    if (a !== reason) continue;
    if (goal.greenlet !== undefined && model.greenlet(gid)?.variable !== goal.greenlet) continue;
    if (++seen >= goal.count) return n;
  }
  return null;
}

function finishedUnder(model: RunModel, seconds: number): number | null {
  const last = model.stepCount - 1;
  // A run left at an open choice point, or ended by an error, has not finished.
  if (last < 0 || model.stateAt(last).error !== null || openChoice(model) !== undefined) {
    return null;
  }
  const main = model.stateAt(last).greenlets[MAIN_GID];
  if (main?.status !== "finished") return null;
  return model.timeAt(last) < seconds ? last : null;
}

function outputAt(model: RunModel, text: string): number | null {
  for (let i = 0; i < model.outputCount; i++) {
    const step = model.outputStep(i)!;
    const e = model.event(step);
    if (e.kind === EV.OUTPUT && e.text === text) return step;
  }
  return null;
}

function deadlockAt(model: RunModel): number | null {
  for (let n = model.stepCount - 1; n >= 0; n--) {
    const e = model.kindAt(n) === EV.ERROR ? model.event(n) : null;
    if (e?.kind === EV.ERROR) return e.name === "LoopExit" ? n : null;
  }
  return null;
}

/** Where `goal` first holds in the run of `model`, or null when it does not (yet). */
export function goalReached(model: RunModel, goal: Goal): GoalReached | null {
  let step: number | null;
  switch (goal.kind) {
    case "inside":
      step = insideAt(model, goal);
      break;
    case "deadlock":
      step = deadlockAt(model);
      break;
    case "waits":
      step = waitsAt(model, goal);
      break;
    case "finish-under":
      step = finishedUnder(model, goal.seconds);
      break;
    case "output":
      step = outputAt(model, goal.text);
      break;
  }
  return step === null ? null : { step, time: model.timeAt(step) };
}

/** A goal from untrusted data (a lesson file): null unless it is well formed. */
export function goalOf(v: unknown): Goal | null {
  if (typeof v !== "object" || v === null) return null;
  const g = v as Record<string, unknown>;
  const count = (x: unknown) => (Number.isInteger(x) && (x as number) > 0 ? (x as number) : null);
  switch (g.kind) {
    case "inside": {
      const [from, to, c] = [count(g.from), count(g.to), count(g.count)];
      return from && to && c ? { kind: "inside", from, to, count: c } : null;
    }
    case "deadlock":
      return { kind: "deadlock" };
    case "waits": {
      const c = count(g.count);
      if (!c || typeof g.wait !== "string" || !Object.hasOwn(WAIT_REASONS, g.wait)) return null;
      const goal: Goal = { kind: "waits", wait: g.wait as GoalWait, count: c };
      if (typeof g.greenlet === "string") goal.greenlet = g.greenlet;
      return goal;
    }
    case "finish-under":
      return typeof g.seconds === "number" && g.seconds > 0
        ? { kind: "finish-under", seconds: g.seconds }
        : null;
    case "output":
      return typeof g.text === "string" ? { kind: "output", text: g.text } : null;
    default:
      return null;
  }
}
