/**
 * What was true at one step of a run: every greenlet's status, every object's state, the hub's
 * ready queue and pending timers, the clock and the output so far. States are shared between
 * checkpoints and seeks copy-on-write: each state has an epoch, each greenlet or object the
 * epoch of the state that made it, and a state copies a part before it changes one it did not
 * make. A state handed out by the model is never changed again. Pure.
 */
import { BLOCK, type BlockReason, type HoldReason } from "../../runtime/tracing/trace-kinds";

export type GreenletStatus =
  /** Created, not yet scheduled (a `Greenlet` before `start()`, a raw greenlet). */
  | "unstarted"
  /** In the hub's queue, waiting for its turn (scheduled to start, or woken). */
  | "ready"
  | "running"
  /** Waiting on something: `reason` and `object` say what. */
  | "blocked"
  /** Running an unpatched blocking call: it holds the hub, nobody else can run. */
  | "holding"
  /** The hub when it does not run: the greenlets have the CPU. */
  | "waiting"
  | "finished"
  | "failed"
  | "killed"
  /** The program ended while it was suspended: its `finally` blocks never ran. */
  | "abandoned";

export interface GreenletState {
  readonly gid: number;
  status: GreenletStatus;
  /** Whether it ever ran (a ready greenlet may be waiting to start). */
  started: boolean;
  /** For "blocked": why, and on what (object id; for JOIN the gid joined; 0 none). */
  reason: BlockReason | 0;
  object: number;
  /** The step at which it entered its status. */
  since: number;
  /** Who made it ready last (gid), -1 when nobody did. */
  wokenBy: number;
  /** "finished": the value's repr; "failed" / "killed": the exception. */
  value: string | null;
  exception: string | null;
  /** The greenlet that killed it, -1 when none. */
  killedBy: number;
  /** The site (index into the sites table) where it stands: its last switch point. */
  site: number;
  /** "holding": why and for how long. */
  hold: HoldReason | 0;
  holdSeconds: number;
  /** @internal Copy-on-write stamp. */
  epoch: number;
}

export interface ObjectState {
  readonly id: number;
  /** The last numeric state (queue length, event flag, counter, occupancy), null before any. */
  value: number | null;
  /** Capacity or bound (queue maxsize, pool size, bounded semaphore), null when unbounded. */
  limit: number | null;
  /** The contents, oldest first, as string ids of their reprs (queue items, group members, socket bytes). */
  items: number[];
  /** For a local: the values set, as [gid, string id of "key = value"]. */
  entries: Array<[number, number]>;
  /** For semaphores and locks: the greenlets holding a unit, in acquisition order. */
  holders: number[];
  /** @internal Copy-on-write stamp. */
  epoch: number;
}

export interface TimerState {
  readonly id: number;
  /** The greenlet that scheduled it. */
  readonly owner: number;
  /** Virtual seconds it is due at. */
  readonly due: number;
  readonly scheduledAt: number;
}

/** The hub's queue of greenlets ready to run, in the order they will run. */
export interface ReadyQueue {
  items: number[];
  head: number;
  epoch: number;
}

export interface RunState {
  /** The step this state follows (-1: before the first). */
  step: number;
  time: number;
  /** The greenlet that has the CPU (the hub's id when the hub runs), -1 before any. */
  running: number;
  /** By gid; undefined for gids not yet created. */
  greenlets: Array<GreenletState | undefined>;
  objects: Map<number, ObjectState>;
  ready: ReadyQueue;
  /** Pending timers by id. */
  timers: Map<number, TimerState>;
  /** Output lines printed so far. */
  printed: number;
  warnings: number;
  /** The run-level error, once recorded. */
  error: { name: string; message: string } | null;
  /** @internal */
  epoch: number;
}

let epochs = 0;

export function emptyState(): RunState {
  return {
    step: -1,
    time: 0,
    running: -1,
    greenlets: [],
    objects: new Map(),
    ready: { items: [], head: 0, epoch: 0 },
    timers: new Map(),
    printed: 0,
    warnings: 0,
    error: null,
    epoch: ++epochs,
  };
}

/**
 * A state that shares every part with `s` and copies each part before changing it: what a
 * checkpoint hands out, and what the live state continues with after a checkpoint was taken.
 */
export function fork(s: RunState): RunState {
  return {
    ...s,
    greenlets: s.greenlets.slice(),
    objects: new Map(s.objects),
    timers: new Map(s.timers),
    epoch: ++epochs,
  };
}

/** The greenlet `gid` of `s`, ready to change. */
export function writableGreenlet(s: RunState, gid: number): GreenletState | undefined {
  const g = s.greenlets[gid];
  if (g === undefined || g.epoch === s.epoch) return g;
  const copy = { ...g, epoch: s.epoch };
  s.greenlets[gid] = copy;
  return copy;
}

/** The object `id` of `s`, ready to change. */
export function writableObject(s: RunState, id: number): ObjectState | undefined {
  const o = s.objects.get(id);
  if (o === undefined || o.epoch === s.epoch) return o;
  const copy = {
    ...o,
    items: o.items.slice(),
    entries: o.entries.slice(),
    holders: o.holders.slice(),
    epoch: s.epoch,
  };
  s.objects.set(id, copy);
  return copy;
}

/** The ready queue of `s`, ready to change. */
export function writableReady(s: RunState): ReadyQueue {
  if (s.ready.epoch === s.epoch) return s.ready;
  s.ready = { items: s.ready.items.slice(s.ready.head), head: 0, epoch: s.epoch };
  return s.ready;
}

/** The gids in the hub's ready queue, in the order they will run. */
export function readyOrder(s: RunState): number[] {
  return s.ready.items.slice(s.ready.head);
}

/** A rough measure of what copying the state costs, for spacing checkpoints. */
export function stateSize(s: RunState): number {
  let items = 0;
  for (const o of s.objects.values()) items += o.items.length + o.entries.length;
  return s.greenlets.length + s.objects.size + s.timers.size + items;
}

/**
 * The greenlets waiting on object `id` (or joining greenlet `id` when `join`), in the order they
 * began to wait: the order gevent wakes them in where it guarantees one.
 */
export function waitersOf(s: Readonly<RunState>, id: number, join = false): GreenletState[] {
  const waiting: GreenletState[] = [];
  for (const g of s.greenlets) {
    if (g === undefined || g.status !== "blocked" || g.object !== id) continue;
    if ((g.reason === BLOCK.JOIN) === join) waiting.push(g);
  }
  return waiting.sort((x, y) => x.since - y.since);
}
