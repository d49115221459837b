/**
 * What the sentences look up around a step: an object's name and kind, the greenlets waiting on
 * it in the order they began, what the hub runs next, and which pool a greenlet belongs to.
 * Every look-ahead is bounded, so explaining a step costs a seek and a few index look-ups. Pure.
 */
import { BLOCK, EV, HUB_GID, OBJ } from "../../runtime/tracing/trace-kinds";
import type { RunModel } from "../model/run-model";
import type { GreenletState, RunState } from "../model/run-state";
import type { NextRun, Obj, WaitCause } from "./facts";

export function objOf(model: RunModel, id: number): Obj | null {
  if (id === 0) return null;
  const info = model.object(id);
  return { id, name: info?.name ?? null, type: info?.type ?? 0 };
}

/** The greenlets blocked on object `id` (not joins, whose operand is a gid), in wait order. */
export function waitersOn(state: Readonly<RunState>, id: number): GreenletState[] {
  const waiting: GreenletState[] = [];
  for (const g of state.greenlets) {
    if (g?.status === "blocked" && g.object === id && g.reason !== BLOCK.JOIN) waiting.push(g);
  }
  return waiting.sort((x, y) => x.since - y.since);
}

/** Why `g` waited, as the sentences of its waking name it. */
export function causeOf(model: RunModel, g: GreenletState | undefined): WaitCause {
  if (g === undefined || (g.status !== "blocked" && g.status !== "ready")) {
    return { reason: 0, on: null, joined: null };
  }
  const join = g.reason === BLOCK.JOIN;
  return {
    reason: g.reason,
    on: join ? null : objOf(model, g.object),
    joined: join ? model.label(g.object) : null,
  };
}

const LOOK_AHEAD = 4;

/**
 * After the greenlet of `step` gave up the CPU: the greenlet the hub switches to, whether the
 * clock jumps first, and whether it is LoopExit being thrown. Null when the run ends first.
 */
export function nextRun(model: RunModel, step: number): NextRun | null {
  let at = step;
  for (let tries = 0; tries < LOOK_AHEAD; tries++) {
    const next = model.nextSwitch(at);
    if (next === undefined) return null;
    if (model.gidAt(next) === HUB_GID) {
      const to = model.event(next);
      if (to.kind !== EV.SWITCH) return null;
      const before = model.stateAt(next - 1);
      const jumped = model.timeAt(next) > model.timeAt(step);
      return {
        to: model.label(to.to),
        jumpTo: jumped ? model.timeAt(next) : null,
        loopExit: to.mode === 1 && isStuck(before),
      };
    }
    at = next;
  }
  return null;
}

/** Nothing in the hub's queue and no timer pending: what makes the hub raise LoopExit. */
export function isStuck(state: Readonly<RunState>): boolean {
  return state.ready.items.length === state.ready.head && state.timers.size === 0;
}

/** The steps after `step` of greenlet `gid`, at most `limit` of them. */
export function stepsAfter(model: RunModel, gid: number, step: number, limit: number): number[] {
  const found: number[] = [];
  let at = step;
  while (found.length < limit) {
    const next = model.nextStepOf(gid, at);
    if (next === undefined) break;
    found.push(next);
    at = next;
  }
  return found;
}

/** Whether `text` is the repr gevent gives greenlet `gid`: `<Greenlet: call>`, `<Greenlet "n": call>`. */
export function isReprOf(model: RunModel, gid: number, text: string): boolean {
  const call = model.greenlet(gid)?.call;
  return call != null && text.startsWith("<Greenlet") && text.endsWith(`: ${call}>`);
}

const alive = (status: string | undefined) =>
  status !== undefined &&
  status !== "finished" &&
  status !== "failed" &&
  status !== "killed" &&
  status !== "abandoned";

/** The live greenlet whose repr is `text` (a member of a pool or group), or -1. */
export function greenletOfRepr(model: RunModel, state: Readonly<RunState>, text: string): number {
  if (!text.startsWith("<Greenlet")) return -1;
  for (const g of state.greenlets) {
    if (g !== undefined && alive(g.status) && isReprOf(model, g.gid, text)) return g.gid;
  }
  return -1;
}

/**
 * The pool or group `gid` is a member of in `state`, found by its repr among the members, and
 * how many of the other members still run (the slots that stay taken once it is gone).
 */
export function groupOf(
  model: RunModel,
  state: Readonly<RunState>,
  gid: number,
): { id: number; busy: number; limit: number | null } | null {
  for (const o of state.objects.values()) {
    const type = model.object(o.id)?.type;
    if (type !== OBJ.POOL && type !== OBJ.GROUP) continue;
    const texts = o.items.map((item) => model.text(item));
    if (!texts.some((text) => isReprOf(model, gid, text))) continue;
    const busy = texts.filter((text) => {
      const member = greenletOfRepr(model, state, text);
      return member >= 0 && member !== gid;
    }).length;
    return { id: o.id, busy, limit: o.limit };
  }
  return null;
}

/** The first line of a message (errors carry the waiters of a LoopExit on later lines). */
export const firstLine = (text: string) => text.split("\n")[0];
