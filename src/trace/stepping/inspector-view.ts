/**
 * What the inspector shows at one step, read from the run's model: every greenlet with its
 * status and line, every object with its contents and its waiters in wake order, the hub's
 * ready queue and pending timers, and what the step changed. Pure.
 */
import { BLOCK, HUB_GID, OBJ } from "../../runtime/tracing/trace-kinds";
import { nameIn } from "../labels";
import type { RunModel } from "../model/run-model";
import { readyOrder, type GreenletStatus } from "../model/run-state";
import { objectRef, objectTypeKey, type ObjectRef } from "./event-row";
import { changedAt, joinersOf, lineOf, waitersOf } from "./step-view";

export interface Who {
  gid: number;
  label: string;
}

export interface GreenletRow extends Who {
  status: GreenletStatus;
  /** For a blocked greenlet: the reason's key (`queue_get`) and what it waits on. */
  reason: string | null;
  on: ObjectRef | null;
  joined: Who | null;
  line: number;
  parent: Who | null;
  value: string | null;
  exception: string | null;
  running: boolean;
  changed: boolean;
  /** The greenlets joining it, in the order they will wake. */
  joiners: Who[];
}

/** Which picture an object gets: what its numbers mean. */
export type ObjectShape =
  "queue" | "event" | "result" | "semaphore" | "lock" | "group" | "socket" | "local" | "other";

export interface ObjectRow {
  ref: ObjectRef;
  shape: ObjectShape;
  value: number | null;
  limit: number | null;
  items: string[];
  holders: Who[];
  entries: Array<{ owner: Who; text: string }>;
  waiters: Who[];
  changed: boolean;
}

export interface TimerRow {
  id: number;
  owner: Who;
  due: number;
}

export interface InspectorView {
  step: number;
  time: number;
  greenlets: GreenletRow[];
  objects: ObjectRow[];
  ready: Who[];
  timers: TimerRow[];
  hubChanged: boolean;
}

const SHAPES: Record<number, ObjectShape> = {
  [OBJ.QUEUE]: "queue",
  [OBJ.JOINABLE_QUEUE]: "queue",
  [OBJ.LIFO_QUEUE]: "queue",
  [OBJ.PRIORITY_QUEUE]: "queue",
  [OBJ.EVENT]: "event",
  [OBJ.ASYNC_RESULT]: "result",
  [OBJ.SEMAPHORE]: "semaphore",
  [OBJ.BOUNDED_SEMAPHORE]: "semaphore",
  [OBJ.LOCK]: "lock",
  [OBJ.RLOCK]: "lock",
  [OBJ.GROUP]: "group",
  [OBJ.POOL]: "group",
  [OBJ.SOCKET]: "socket",
  [OBJ.LOCAL]: "local",
};

/** Objects the inspector leaves to the timers list. */
const TIMER_TYPES = new Set<number>([OBJ.TIMER, OBJ.TIMEOUT]);

export function inspectorView(model: RunModel, step: number): InspectorView | null {
  if (step < 0 || step >= model.stepCount) return null;
  const state = model.stateAt(step);
  const change = changedAt(model, step);
  const who = (gid: number): Who => ({ gid, label: model.label(gid) });
  const greenlets: GreenletRow[] = [];
  for (const g of state.greenlets) {
    if (g === undefined || g.gid === HUB_GID) continue;
    const info = model.greenlet(g.gid);
    const blocked = g.status === "blocked";
    const joins = blocked && g.reason === BLOCK.JOIN;
    greenlets.push({
      ...who(g.gid),
      status: g.status,
      reason: blocked && g.reason !== 0 ? nameIn(BLOCK, g.reason) : null,
      on: blocked && !joins && g.object !== 0 ? objectRef(model, g.object) : null,
      joined: joins && g.object !== 0 ? who(g.object) : null,
      line: lineOf(model, g),
      parent: info !== undefined && info.parent !== HUB_GID ? who(info.parent) : null,
      value: g.status === "finished" ? g.value : null,
      exception: g.status === "failed" || g.status === "killed" ? g.exception : null,
      running: g.gid === state.running,
      changed: change.greenlets.has(g.gid),
      joiners: joinersOf(state, g.gid).map((j) => who(j.gid)),
    });
  }
  const objects: ObjectRow[] = [];
  for (const [id, o] of state.objects) {
    const info = model.object(id);
    if (info === undefined || TIMER_TYPES.has(info.type)) continue;
    objects.push({
      ref: { id, name: info.name, type: objectTypeKey(info.type) },
      shape: SHAPES[info.type] ?? "other",
      value: o.value,
      limit: o.limit,
      items: o.items.map((item) => model.text(item)),
      holders: o.holders.map(who),
      entries: o.entries.map(([owner, text]) => ({ owner: who(owner), text: model.text(text) })),
      waiters: waitersOf(state, id).map((w) => who(w.gid)),
      changed: change.objects.has(id),
    });
  }
  const timers = [...state.timers.values()]
    .sort((a, b) => a.due - b.due || a.scheduledAt - b.scheduledAt)
    .map((t) => ({ id: t.id, owner: who(t.owner), due: t.due }));
  return {
    step,
    time: state.time,
    greenlets,
    objects,
    ready: readyOrder(state).map(who),
    timers,
    hubChanged: change.hub,
  };
}
