/**
 * One step as a row of the event table: its time, its greenlet and what happened, as a fact
 * the i18n words put into a language (src/i18n/event-messages.ts has the same shapes). Pure.
 */
import { BLOCK, EV, OBJ } from "../../runtime/tracing/trace-kinds";
import { nameIn } from "../labels";
import type { RunModel } from "../model/run-model";

export interface ObjectRef {
  id: number;
  name: string | null;
  type: string;
}

export type EventFact =
  | { kind: "created"; parent: string }
  | { kind: "started"; call: string }
  | { kind: "switch"; to: string }
  | { kind: "blocked"; reason: string; on: ObjectRef | null; joined: string | null }
  | { kind: "woken"; by: string; on: ObjectRef | null }
  | { kind: "finished"; value: string }
  | { kind: "failed"; error: string }
  | { kind: "killed"; by: string; exception: string }
  | { kind: "timer-scheduled"; delay: number }
  | { kind: "timer-fired" }
  | { kind: "timer-cancelled" }
  | { kind: "object-created"; object: ObjectRef }
  | { kind: "named"; object: ObjectRef | null; name: string }
  | { kind: "state"; object: ObjectRef; value: number }
  | { kind: "limit"; object: ObjectRef; limit: number | null }
  | { kind: "item-in" | "item-out"; object: ObjectRef; item: string }
  | { kind: "output"; text: string; stderr: boolean }
  | { kind: "error"; name: string; message: string }
  | { kind: "hub-held"; seconds: number }
  | { kind: "warning"; message: string }
  | { kind: "abandoned" }
  /** The scheduler lab: a choice point with its candidates, one candidate, a preemption. */
  | { kind: "choice"; candidates: number; chosen: number | null }
  | { kind: "candidate"; call: string }
  | { kind: "preempted" };

export interface EventRow {
  step: number;
  time: number;
  gid: number;
  greenlet: string;
  fact: EventFact;
}

/** The lower-case key of an object type (`queue`, `bounded_semaphore`). */
export const objectTypeKey = (type: number) => nameIn(OBJ, type);

/** How a row names object `id`, or null for none (0) or one the model does not know. */
export function objectRef(model: RunModel, id: number): ObjectRef | null {
  const info = model.object(id);
  if (info === undefined) return null;
  return { id, name: info.name, type: objectTypeKey(info.type) };
}

function factOf(model: RunModel, step: number): EventFact {
  const e = model.event(step);
  const obj = (id: number) => objectRef(model, id) ?? { id, name: null, type: "object" };
  switch (e.kind) {
    case EV.CREATED:
      return { kind: "created", parent: model.label(e.parent) };
    case EV.STARTED:
      return { kind: "started", call: e.call };
    case EV.SWITCH:
      return { kind: "switch", to: model.label(e.to) };
    case EV.BLOCKED: {
      const joined = e.reason === BLOCK.JOIN && e.object !== 0 ? model.label(e.object) : null;
      const on = joined === null ? objectRef(model, e.object) : null;
      return { kind: "blocked", reason: nameIn(BLOCK, e.reason), on, joined };
    }
    case EV.WOKEN:
      return { kind: "woken", by: model.label(e.waker), on: objectRef(model, e.object) };
    case EV.FINISHED:
      return { kind: "finished", value: e.value };
    case EV.FAILED:
      return { kind: "failed", error: e.error };
    case EV.KILLED:
      return { kind: "killed", by: model.label(e.killer), exception: e.exception };
    case EV.TIMER_SCHEDULED:
      return { kind: "timer-scheduled", delay: e.delay };
    case EV.TIMER_FIRED:
      return { kind: "timer-fired" };
    case EV.TIMER_CANCELLED:
      return { kind: "timer-cancelled" };
    case EV.OBJ_CREATED:
      return { kind: "object-created", object: obj(e.object) };
    case EV.OBJ_NAMED:
      return { kind: "named", object: e.object === 0 ? null : obj(e.object), name: e.name };
    case EV.OBJ_STATE:
      return { kind: "state", object: obj(e.object), value: e.value };
    case EV.OBJ_LIMIT:
      return { kind: "limit", object: obj(e.object), limit: e.limit };
    case EV.ITEM_IN:
    case EV.ITEM_OUT:
      return {
        kind: e.kind === EV.ITEM_IN ? "item-in" : "item-out",
        object: obj(e.object),
        item: e.item,
      };
    case EV.OUTPUT:
      return { kind: "output", text: e.text, stderr: e.stream === "stderr" };
    case EV.ERROR:
      return { kind: "error", name: e.name, message: e.message };
    case EV.HUB_HELD:
      return { kind: "hub-held", seconds: e.seconds };
    case EV.WARNING:
      return { kind: "warning", message: e.message };
    case EV.ABANDONED:
      return { kind: "abandoned" };
    case EV.CHOICE:
      return { kind: "choice", candidates: e.candidates, chosen: e.chosen };
    case EV.CANDIDATE:
      return { kind: "candidate", call: e.call };
    case EV.PREEMPTED:
      return { kind: "preempted" };
    // The model folds the clock into the steps' times: CLOCK is never a step of its own.
    case EV.CLOCK:
      return { kind: "abandoned" };
  }
}

/** Row `step` of the event table. */
export function eventRow(model: RunModel, step: number): EventRow {
  const gid = model.gidAt(step);
  return {
    step,
    time: model.timeAt(step),
    gid,
    greenlet: model.label(gid),
    fact: factOf(model, step),
  };
}
