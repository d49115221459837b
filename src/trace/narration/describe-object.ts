/**
 * The facts of the steps that change an object or a timer: a queue filling, an event set with
 * its waiters counted, a permit taken or given back with the next in line named, a pool slot
 * taken or freed, a timer armed for a sleep or a timeout. Pure.
 */
import { BLOCK, OBJ, type ObjectType } from "../../runtime/tracing/trace-kinds";
import type { RunModel } from "../model/run-model";
import type { RunState } from "../model/run-state";
import type { StateChange, StepFact } from "./facts";
import { greenletOfRepr, objOf, waitersOn } from "./step-context";

type Fact<T extends StepFact["t"]> = Extract<StepFact, { t: T }>;

const COUNTED = new Set<number>([
  OBJ.QUEUE,
  OBJ.JOINABLE_QUEUE,
  OBJ.LIFO_QUEUE,
  OBJ.PRIORITY_QUEUE,
  OBJ.GROUP,
  OBJ.POOL,
]);
const PERMITS = new Set<number>([OBJ.SEMAPHORE, OBJ.BOUNDED_SEMAPHORE, OBJ.LOCK, OBJ.RLOCK]);

function change(
  model: RunModel,
  type: ObjectType | 0,
  before: Readonly<RunState>,
  id: number,
  value: number,
): StateChange {
  const previous = before.objects.get(id);
  const initial = previous === undefined || previous.value === null;
  const limit = previous?.limit ?? null;
  if (type === OBJ.EVENT) {
    return { k: "event", set: value !== 0, initial, waiters: waitersOn(before, id).length };
  }
  if (type === OBJ.ASYNC_RESULT) {
    return { k: "result", state: value, initial, waiters: waitersOn(before, id).length };
  }
  if (COUNTED.has(type)) return { k: "count", value, limit, initial };
  if (PERMITS.has(type)) {
    const waiting = waitersOn(before, id).filter((g) => g.reason === BLOCK.LOCK_ACQUIRE);
    return {
      k: "permits",
      value,
      limit,
      initial,
      acquired: !initial && value < (previous.value ?? 0),
      lock: type !== OBJ.SEMAPHORE && type !== OBJ.BOUNDED_SEMAPHORE,
      nextWaiter: waiting.length > 0 ? model.label(waiting[0].gid) : null,
      waiters: waiting.length,
    };
  }
  if (type === OBJ.SOCKET) return { k: "socket", state: value };
  if (type === OBJ.LOCAL) return { k: "local", value };
  return { k: "other", value };
}

export function describeState(
  model: RunModel,
  step: number,
  gid: number,
  id: number,
  value: number,
): Fact<"obj-state"> {
  const obj = objOf(model, id)!;
  return {
    t: "obj-state",
    who: model.label(gid),
    obj,
    change: change(model, obj.type, model.stateAt(step - 1), id, value),
  };
}

export function describeItem(
  model: RunModel,
  step: number,
  into: boolean,
  gid: number,
  id: number,
  item: string,
): Fact<"item"> {
  const state = model.stateAt(step - 1);
  const before = state.greenlets[gid];
  const after = model.stateAt(step).objects.get(id);
  const type = model.object(id)?.type;
  const member = type === OBJ.POOL || type === OBJ.GROUP ? greenletOfRepr(model, state, item) : -1;
  const waitingFor = into ? BLOCK.QUEUE_PUT : BLOCK.QUEUE_GET;
  return {
    t: "item",
    into,
    who: model.label(gid),
    obj: objOf(model, id)!,
    item: member >= 0 ? model.label(member) : item,
    count: after?.items.length ?? 0,
    limit: after?.limit ?? null,
    completesWait:
      before !== undefined &&
      before.status !== "running" &&
      before.reason === waitingFor &&
      before.object === id,
  };
}

export function describeTimerScheduled(
  model: RunModel,
  step: number,
  gid: number,
  delay: number,
): Fact<"timer-scheduled"> {
  const g = model.stateAt(step - 1).greenlets[gid];
  const blocked = g?.status === "blocked";
  return {
    t: "timer-scheduled",
    who: model.label(gid),
    delay,
    due: model.timeAt(step) + delay,
    purpose: blocked && g.reason === BLOCK.SLEEP ? "sleep" : blocked ? "wait-timeout" : "other",
  };
}

export function describeTimerEnd(
  model: RunModel,
  step: number,
  timer: number,
  fired: boolean,
): Fact<"timer-fired" | "timer-cancelled"> {
  const t = model.stateAt(step - 1).timers.get(timer);
  const owner = t === undefined ? null : model.label(t.owner);
  if (!fired) return { t: "timer-cancelled", owner, due: t?.due ?? null };
  const jumped = step > 0 && model.timeAt(step) > model.timeAt(step - 1);
  return { t: "timer-fired", owner, jumpTo: jumped ? model.timeAt(step) : null };
}
