/**
 * What the views that follow the cursor read from the run's model at one step: the line each
 * live greenlet stands at, the greenlets waiting on an object in the order they will wake, and
 * what the step changed. Pure: every function reads the model, none changes it.
 */
import { BLOCK, EV, HUB_GID } from "../../runtime/tracing/trace-kinds";
import { nameIn } from "../labels";
import type { RunModel } from "../model/run-model";
import type { GreenletState, GreenletStatus, RunState } from "../model/run-state";

const GONE: ReadonlySet<GreenletStatus> = new Set([
  "finished",
  "failed",
  "killed",
  "abandoned",
  "unstarted",
]);

/** A greenlet still in the run at a step: it ran or will run again. */
export const isLive = (g: GreenletState) => g.gid !== HUB_GID && !GONE.has(g.status);

/** The 1-based source line a greenlet stands at (its last switch point), 0 when unknown. */
export function lineOf(model: RunModel, g: GreenletState | undefined): number {
  return g === undefined ? 0 : model.siteAt(g.site)[0];
}

/** How far back the running greenlet's latest line is looked for among its own steps. */
const LOOK_BACK_STEPS = 4096;

/**
 * The line the running greenlet is at by `step`: the latest site among its steps since its
 * last switch point (a print, a spawn, a loop's turn), so that between two switch points the
 * mark moves with what it does; its last switch point when none of those has a site.
 */
export function runningLine(model: RunModel, g: GreenletState, step: number): number {
  let at = model.prevStepOf(g.gid, step + 1);
  for (let n = 0; at !== undefined && at >= g.since && n < LOOK_BACK_STEPS; n++) {
    const site = model.wordsAt(at)[4];
    if (site !== 0) return model.siteAt(site)[0];
    at = model.prevStepOf(g.gid, at);
  }
  return lineOf(model, g);
}

/**
 * The line the step is about: the running greenlet's, else that of the greenlet the step
 * concerns, else the step's own site; 0 when there is none.
 */
export function stepLine(model: RunModel, step: number): number {
  if (step < 0 || step >= model.stepCount) return 0;
  const state = model.stateAt(step);
  const running = state.running > HUB_GID ? state.greenlets[state.running] : undefined;
  if (running !== undefined) return runningLine(model, running, step);
  return lineOf(model, state.greenlets[model.gidAt(step)]) || model.event(step).line;
}

export interface GreenletMark {
  gid: number;
  line: number;
  status: GreenletStatus;
  /** For a blocked greenlet, the reason's key (`event_wait`), else null. */
  reason: string | null;
  running: boolean;
}

/** Every live greenlet with a known line at `step`, the running one first. */
export function greenletMarks(model: RunModel, step: number): GreenletMark[] {
  if (step < 0 || step >= model.stepCount) return [];
  const state = model.stateAt(step);
  const marks: GreenletMark[] = [];
  for (const g of state.greenlets) {
    if (g === undefined || !isLive(g)) continue;
    const running = g.gid === state.running;
    const line = running ? runningLine(model, g, step) : lineOf(model, g);
    if (line === 0) continue;
    const reason = g.status === "blocked" && g.reason !== 0 ? nameIn(BLOCK, g.reason) : null;
    const mark = { gid: g.gid, line, status: g.status, reason, running };
    if (running) marks.unshift(mark);
    else marks.push(mark);
  }
  return marks;
}

/**
 * The greenlets blocked on object `id` in the order they began to wait, which is the order
 * gevent's primitives wake them (links and waiter lists are first in, first out).
 */
export function waitersOf(state: Readonly<RunState>, id: number): GreenletState[] {
  const waiting = state.greenlets.filter(
    (g): g is GreenletState =>
      g !== undefined && g.status === "blocked" && g.object === id && g.reason !== BLOCK.JOIN,
  );
  return waiting.sort((a, b) => a.since - b.since);
}

/** The greenlets joining greenlet `gid`, in the order they began to wait. */
export function joinersOf(state: Readonly<RunState>, gid: number): GreenletState[] {
  const waiting = state.greenlets.filter(
    (g): g is GreenletState =>
      g !== undefined && g.status === "blocked" && g.reason === BLOCK.JOIN && g.object === gid,
  );
  return waiting.sort((a, b) => a.since - b.since);
}

export interface StepChange {
  greenlets: Set<number>;
  objects: Set<number>;
  /** The step touched the hub's ready queue or its timers. */
  hub: boolean;
}

const OBJECT_IN_A = new Set<number>([
  EV.OBJ_CREATED,
  EV.OBJ_NAMED,
  EV.OBJ_STATE,
  EV.OBJ_LIMIT,
  EV.ITEM_IN,
  EV.ITEM_OUT,
]);

/** What step `step` changed: the greenlets and objects it concerns. */
export function changedAt(model: RunModel, step: number): StepChange {
  const change: StepChange = { greenlets: new Set(), objects: new Set(), hub: false };
  if (step < 0 || step >= model.stepCount) return change;
  const [kind, gid, a, b] = model.wordsAt(step);
  change.greenlets.add(gid);
  if (kind === EV.SWITCH) change.greenlets.add(a);
  if (kind === EV.SWITCH || kind === EV.WOKEN) change.hub = true;
  if (kind === EV.TIMER_SCHEDULED || kind === EV.TIMER_FIRED || kind === EV.TIMER_CANCELLED) {
    change.hub = true;
  }
  if (OBJECT_IN_A.has(kind) && a !== 0) change.objects.add(a);
  if ((kind === EV.BLOCKED || kind === EV.WOKEN) && b !== 0) {
    const joined = kind === EV.BLOCKED ? a === BLOCK.JOIN : false;
    if (joined) change.greenlets.add(b);
    else if (model.object(b) !== undefined) change.objects.add(b);
  }
  return change;
}
