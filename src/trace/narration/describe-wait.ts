/**
 * The facts of the steps that move the CPU: a greenlet blocking (on what, and why it cannot go
 * on), being woken (by whom, and why now), and each switch (who gives way to whom, and why).
 * Pure.
 */
import {
  BLOCK,
  EV,
  HUB_GID,
  MAIN_GID,
  OBJ,
  SWITCH_MODE,
  type BlockReason,
} from "../../runtime/tracing/trace-kinds";
import type { RunModel } from "../model/run-model";
import { readyOrder } from "../model/run-state";
import type { StepFact, SwitchWhy } from "./facts";
import { causeOf, isStuck, nextRun, objOf, stepsAfter, waitersOn } from "./step-context";

type Fact<T extends StepFact["t"]> = Extract<StepFact, { t: T }>;

const LOCKS = new Set<number>([OBJ.SEMAPHORE, OBJ.BOUNDED_SEMAPHORE, OBJ.LOCK, OBJ.RLOCK]);

export function describeBlocked(
  model: RunModel,
  step: number,
  gid: number,
  reason: BlockReason,
  object: number,
): Fact<"blocked"> {
  const before = model.stateAt(step - 1);
  const join = reason === BLOCK.JOIN;
  const o = join ? undefined : before.objects.get(object);
  const joined = join ? before.greenlets[object] : undefined;
  const status = joined?.status;
  const fact: Fact<"blocked"> = {
    t: "blocked",
    who: model.label(gid),
    reason,
    on: join ? null : objOf(model, object),
    joined: join ? model.label(object) : null,
    sleep: null,
    joinedState:
      status === "unstarted" || status === "ready" || status === "blocked" ? status : "other",
    count: o?.items.length ?? 0,
    limit: o?.limit ?? null,
    holders: [],
    others: object === 0 || join ? 0 : waitersOn(before, object).length,
    socket: model.object(object)?.type === OBJ.SOCKET ? (o?.value ?? null) : null,
    next: reason === BLOCK.RAW_SWITCH ? null : nextRun(model, step),
  };
  if (o !== undefined && LOCKS.has(model.object(object)?.type ?? 0)) {
    fact.holders = o.holders.map((h) => model.label(h));
  }
  if (reason === BLOCK.POOL_SLOT) fact.count = o?.value ?? fact.count;
  if (reason === BLOCK.YIELD) fact.others = readyOrder(before).length;
  if (reason === BLOCK.SLEEP) {
    for (const at of stepsAfter(model, gid, step, 3)) {
      const e = model.event(at);
      if (e.kind === EV.TIMER_SCHEDULED) {
        fact.sleep = { delay: e.delay, due: e.time + e.delay };
        break;
      }
    }
  }
  return fact;
}

export function describeWoken(
  model: RunModel,
  step: number,
  gid: number,
  waker: number,
): Fact<"woken"> {
  const before = model.stateAt(step - 1);
  const after = model.stateAt(step);
  const order = readyOrder(after);
  const self = waker === gid;
  return {
    t: "woken",
    who: model.label(gid),
    by: waker === HUB_GID || self ? null : model.label(waker),
    cause: self
      ? { reason: BLOCK.YIELD, on: null, joined: null }
      : causeOf(model, before.greenlets[gid]),
    place: order.indexOf(gid) + 1,
    queued: order.length,
  };
}

function throwCause(model: RunModel, step: number, to: number): SwitchWhy {
  const before = model.stateAt(step - 1);
  const target = before.greenlets[to];
  if (target !== undefined && target.killedBy >= 0) {
    return { k: "throw", cause: "kill", exception: target.exception };
  }
  if (step > 0 && model.kindAt(step - 1) === EV.TIMER_FIRED) {
    return { k: "throw", cause: "timeout", exception: null };
  }
  if (to === MAIN_GID && isStuck(before)) {
    return { k: "throw", cause: "loop-exit", exception: "LoopExit" };
  }
  return { k: "throw", cause: "other", exception: null };
}

function switchWhy(model: RunModel, step: number, from: number, to: number, mode: number) {
  if (from === to) return { k: "program-start" } as const;
  const before = model.stateAt(step - 1);
  const leaving = before.greenlets[from];
  const ended =
    leaving?.status === "finished" || leaving?.status === "killed"
      ? "finished"
      : leaving?.status === "failed"
        ? "failed"
        : null;
  if (to === HUB_GID) {
    if (ended !== null) return { k: "to-hub", state: ended } as const;
    return { k: "to-hub", state: leaving?.status === "blocked" ? "blocked" : "other" } as const;
  }
  if (from !== HUB_GID) {
    if (ended !== null) return { k: "to-parent", state: ended } as const;
    const raw =
      mode === SWITCH_MODE.START ? "start" : mode === SWITCH_MODE.THROW ? "throw" : "value";
    return { k: "raw", mode: raw } as const;
  }
  if (mode === SWITCH_MODE.THROW) return throwCause(model, step, to);
  if (mode === SWITCH_MODE.START)
    return { k: "start", waiting: readyOrder(before).length - 1 } as const;
  return { k: "resume", cause: causeOf(model, before.greenlets[to]) } as const;
}

export function describeSwitch(
  model: RunModel,
  step: number,
  from: number,
  to: number,
  mode: number,
): Fact<"switch"> {
  return {
    t: "switch",
    from: model.label(from),
    to: model.label(to),
    why: switchWhy(model, step, from, to, mode),
  };
}
