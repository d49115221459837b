/**
 * One step's effect on the run's state: the rules that turn the trace's events into statuses,
 * queues and owners. The model applies them as the trace arrives and again when it seeks from
 * a checkpoint, so both paths give the same state. Pure.
 */
import {
  BLOCK,
  EV,
  GREENLET_TYPE,
  HUB_GID,
  NO_LIMIT,
  OBJ,
  type BlockReason,
  type GreenletType,
  type HoldReason,
  type ObjectType,
} from "../../runtime/tracing/trace-kinds";
import {
  writableGreenlet,
  writableObject,
  writableReady,
  type GreenletState,
  type RunState,
} from "./run-state";

/** What the rules need to know that is not in the state: what each object is. */
export interface StaticLookup {
  objectType(id: number): ObjectType | undefined;
  greenletType(gid: number): GreenletType | undefined;
  /** The text of a string id. */
  text(id: number): string;
}

const HOLDING_TYPES = new Set<number>([OBJ.SEMAPHORE, OBJ.BOUNDED_SEMAPHORE, OBJ.LOCK, OBJ.RLOCK]);

function newGreenlet(gid: number, type: GreenletType, step: number, epoch: number): GreenletState {
  return {
    gid,
    status: type === GREENLET_TYPE.HUB ? "waiting" : "unstarted",
    started: false,
    reason: 0,
    object: 0,
    since: step,
    wokenBy: -1,
    value: null,
    exception: null,
    killedBy: -1,
    site: 0,
    hold: 0,
    holdSeconds: 0,
    epoch,
  };
}

function dequeue(s: RunState, gid: number): void {
  const { items, head } = s.ready;
  if (items.length === head) return;
  if (items[head] === gid) {
    const ready = writableReady(s);
    ready.head++;
    if (ready.head > 64 && ready.head * 2 > ready.items.length) {
      ready.items = ready.items.slice(ready.head);
      ready.head = 0;
    }
    return;
  }
  const at = items.indexOf(gid, head);
  if (at >= 0) writableReady(s).items.splice(at, 1);
}

function enqueue(s: RunState, gid: number): void {
  const { items, head } = s.ready;
  if (items.indexOf(gid, head) >= 0) return;
  writableReady(s).items.push(gid);
}

const isDead = (g: GreenletState) =>
  g.status === "finished" ||
  g.status === "failed" ||
  g.status === "killed" ||
  g.status === "abandoned";

function leaveCpu(s: RunState, from: GreenletState, step: number): void {
  if (from.status !== "running" && from.status !== "holding") return;
  const g = writableGreenlet(s, from.gid)!;
  g.since = step;
  if (g.gid === HUB_GID) g.status = "waiting";
  else {
    // Control left it without a wait of its own: a raw greenlet that switched to its parent.
    g.status = "blocked";
    g.reason = BLOCK.RAW_SWITCH;
    g.object = 0;
  }
}

function applySwitch(s: RunState, from: number, to: number, site: number, step: number): void {
  const leaving = s.greenlets[from];
  if (leaving !== undefined) {
    if (site !== 0) writableGreenlet(s, from)!.site = site;
    leaveCpu(s, s.greenlets[from]!, step);
  }
  const g = writableGreenlet(s, to);
  if (g === undefined) return;
  dequeue(s, to);
  g.status = "running";
  g.started = true;
  g.reason = 0;
  g.object = 0;
  g.since = step;
  s.running = to;
}

function applyItem(
  s: RunState,
  kind: number,
  id: number,
  item: number,
  gid: number,
  look: StaticLookup,
): void {
  const o = writableObject(s, id);
  if (o === undefined) return;
  const type = look.objectType(id);
  if (type === OBJ.LOCAL) {
    const text = look.text(item);
    const key = text.slice(0, text.indexOf(" = ") >>> 0);
    const at = o.entries.findIndex(
      ([owner, t]) => owner === gid && look.text(t).startsWith(`${key} = `),
    );
    if (at >= 0) o.entries.splice(at, 1);
    if (kind === EV.ITEM_IN) o.entries.push([gid, item]);
    return;
  }
  if (type === OBJ.ASYNC_RESULT) {
    o.items = [item];
    return;
  }
  if (kind === EV.ITEM_IN) o.items.push(item);
  else removeItem(o.items, item, type === OBJ.LIFO_QUEUE);
  if (type !== undefined && COUNTED_TYPES.has(type)) o.value = o.items.length;
}

function removeItem(items: number[], item: number, lifo: boolean): void {
  // What left: the last in for a LIFO queue, else the oldest equal to it (a priority queue
  // takes the smallest, which may not be the oldest).
  let at = lifo ? items.lastIndexOf(item) : items.indexOf(item);
  if (at < 0) at = lifo ? items.length - 1 : 0;
  if (items.length > 0) items.splice(at, 1);
}

/**
 * Containers whose count is the number of their items: the trace writes the count right after
 * each item (EV_ENCODED), and the model folds it into the item's step.
 */
export const COUNTED_TYPES = new Set<number>([
  OBJ.QUEUE,
  OBJ.JOINABLE_QUEUE,
  OBJ.LIFO_QUEUE,
  OBJ.PRIORITY_QUEUE,
  OBJ.GROUP,
  OBJ.POOL,
]);

function applyState(s: RunState, id: number, value: number, gid: number, look: StaticLookup): void {
  const o = writableObject(s, id);
  if (o === undefined) return;
  const before = o.value;
  o.value = value;
  if (before === null || !HOLDING_TYPES.has(look.objectType(id) ?? 0)) return;
  if (value < before) o.holders.push(gid);
  else if (value > before && o.holders.length > 0) {
    const at = o.holders.indexOf(gid);
    o.holders.splice(at >= 0 ? at : 0, 1);
  }
}

/** Apply the step `step` (an expanded trace event, never CLOCK) to `s`. */
export function applyStep(
  s: RunState,
  step: number,
  kind: number,
  gid: number,
  a: number,
  b: number,
  site: number,
  time: number,
  look: StaticLookup,
): void {
  s.step = step;
  s.time = time;
  const holder = s.running >= 0 ? s.greenlets[s.running] : undefined;
  if (holder?.status === "holding" && kind !== EV.HUB_HELD) {
    writableGreenlet(s, holder.gid)!.status = "running";
  }
  switch (kind) {
    case EV.CREATED: {
      const type = (a >>> 24) as GreenletType;
      s.greenlets[gid] = newGreenlet(gid, type, step, s.epoch);
      return;
    }
    case EV.SWITCH:
      return applySwitch(s, gid, a, site, step);
    case EV.BLOCKED: {
      const g = writableGreenlet(s, gid);
      if (g === undefined) return;
      g.status = "blocked";
      g.reason = a as BlockReason;
      g.object = b;
      g.since = step;
      if (site !== 0) g.site = site;
      return;
    }
    case EV.WOKEN: {
      const g = writableGreenlet(s, gid);
      if (g === undefined || isDead(g)) return;
      g.wokenBy = a;
      if (g.status !== "running") {
        g.status = "ready";
        g.since = step;
      }
      enqueue(s, gid);
      return;
    }
    case EV.FINISHED:
    case EV.FAILED: {
      const g = writableGreenlet(s, gid);
      if (g === undefined) return;
      g.since = step;
      if (site !== 0) g.site = site;
      if (kind === EV.FAILED) {
        g.status = "failed";
        g.exception = look.text(a);
      } else if (g.killedBy >= 0) {
        g.status = "killed";
        g.value = look.text(a);
      } else {
        g.status = "finished";
        g.value = look.text(a);
      }
      dequeue(s, gid);
      return;
    }
    case EV.KILLED: {
      const g = writableGreenlet(s, gid);
      if (g === undefined) return;
      g.killedBy = a;
      g.exception = look.text(b);
      if (!g.started && g.status !== "running") {
        g.status = "killed";
        g.since = step;
        dequeue(s, gid);
      }
      return;
    }
    case EV.ABANDONED: {
      const g = writableGreenlet(s, gid);
      if (g === undefined || isDead(g)) return;
      g.status = "abandoned";
      g.since = step;
      dequeue(s, gid);
      return;
    }
    case EV.PREEMPTED: {
      // Threads mode: it lost the CPU without waiting for anything, back of the ready queue.
      const g = writableGreenlet(s, gid);
      if (g === undefined || isDead(g)) return;
      g.status = "ready";
      g.reason = 0;
      g.object = 0;
      g.since = step;
      if (site !== 0) g.site = site;
      enqueue(s, gid);
      return;
    }
    case EV.HUB_HELD: {
      const g = writableGreenlet(s, gid);
      if (g === undefined) return;
      g.status = "holding";
      g.hold = a as HoldReason;
      g.holdSeconds = b / 1e6;
      g.since = step;
      if (site !== 0) g.site = site;
      return;
    }
    case EV.TIMER_SCHEDULED:
      s.timers.set(a, { id: a, owner: gid, due: time + b / 1e6, scheduledAt: step });
      return;
    case EV.TIMER_FIRED:
    case EV.TIMER_CANCELLED:
      s.timers.delete(a);
      return;
    case EV.OBJ_CREATED:
      s.objects.set(a, {
        id: a,
        value: null,
        limit: null,
        items: [],
        entries: [],
        holders: [],
        epoch: s.epoch,
      });
      return;
    case EV.OBJ_STATE:
      return applyState(s, a, b, gid, look);
    case EV.OBJ_LIMIT: {
      const o = writableObject(s, a);
      if (o !== undefined) o.limit = b === NO_LIMIT ? null : b;
      return;
    }
    case EV.ITEM_IN:
    case EV.ITEM_OUT:
      return applyItem(s, kind, a, b, gid, look);
    case EV.OUTPUT:
      s.printed++;
      return;
    case EV.WARNING:
      s.warnings++;
      return;
    case EV.ERROR:
      s.error = { name: look.text(a), message: look.text(b) };
      return;
    default:
      return;
  }
}
