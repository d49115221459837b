import { activeHub } from "../kernel/context";
import { shortRepr } from "../py/format";
import type { Hub } from "../kernel/hub";
import { NO_OBJECT, type ObjectId } from "../kernel/ids";
import {
  EV,
  EV_ENCODED,
  NO_LIMIT,
  OBJ,
  type BlockReason,
  type ObjectType,
} from "../tracing/trace-kinds";

/** An object the trace knows: its id, and the name a learner knows it by. */
export interface Traced {
  readonly _traceId: ObjectId;
  /** The variable it was assigned to (set by the compile step's `__n`), else its kind. */
  _traceName: string;
}

/**
 * How a primitive appears in the trace. Most are objects of their own and record their state.
 * Some are parts of another object (a pool's semaphore, a group's "empty" event): they record
 * nothing themselves, and a greenlet waiting on them is shown waiting on their owner, for the
 * owner's reason ("pool.spawn()", not "semaphore.acquire()").
 */
export interface TraceRole {
  readonly object: Traced;
  /** False for parts: their state changes are not recorded. */
  readonly records: boolean;
  /** The reason and the label a wait on a part shows, in the owner's terms. */
  readonly reason?: BlockReason;
  readonly label?: string;
}

/** What an object is called until the compile step names it after its variable. */
const KIND_NAMES: Record<ObjectType, string> = {
  [OBJ.TIMER]: "timer",
  [OBJ.EVENT]: "event",
  [OBJ.ASYNC_RESULT]: "result",
  [OBJ.QUEUE]: "queue",
  [OBJ.SEMAPHORE]: "semaphore",
  [OBJ.LOCK]: "lock",
  [OBJ.RLOCK]: "rlock",
  [OBJ.GROUP]: "group",
  [OBJ.POOL]: "pool",
  [OBJ.LOCAL]: "local",
  [OBJ.SOCKET]: "socket",
  [OBJ.TIMEOUT]: "timeout",
  [OBJ.JOINABLE_QUEUE]: "queue",
  [OBJ.LIFO_QUEUE]: "queue",
  [OBJ.PRIORITY_QUEUE]: "queue",
  [OBJ.BOUNDED_SEMAPHORE]: "semaphore",
};

/** @internal The default name of an object of `type`. */
export function kindName(type: ObjectType): string {
  return KIND_NAMES[type];
}

/**
 * @internal The role of a primitive `object` that is traced in its own right (`part` null: it was just
 * recorded as created, with id `object._traceId`), or of a part of another object.
 */
export function roleOf(object: Traced, part: TraceRole | null): TraceRole {
  return part ?? { object, records: true };
}

/** @internal A part of `owner`: waits on it show as `label` on the owner, for `reason`. */
export function partOf(owner: Traced, reason: BlockReason, label: string): TraceRole {
  return { object: owner, records: false, reason, label };
}

/** @internal The id for a new primitive: a new traced object of `type`, or 0 for a part. */
export function newObjectId(type: ObjectType, part: TraceRole | null): ObjectId {
  return part === null ? activeHub().objectCreated(type) : NO_OBJECT;
}

/** @internal What a greenlet waiting on `role` with `method` waits for, in the learner's terms. */
export function describeWait(role: TraceRole, method: string): string {
  return `${role.object._traceName}.${role.label ?? method}()`;
}

/** @internal Record the numeric state of `role`'s object (length, flag, counter, occupancy). */
export function traceState(hub: Hub, role: TraceRole, value: number): void {
  if (!role.records) return;
  hub.trace.emit(EV.OBJ_STATE, hub.current.gid, role.object._traceId, value, hub.site);
}

/** @internal Record the capacity of `role`'s object (null: unbounded). */
export function traceLimit(hub: Hub, role: TraceRole, limit: number | null): void {
  if (!role.records) return;
  const value = limit === null ? NO_LIMIT : Math.min(Math.max(0, limit), NO_LIMIT - 1);
  hub.trace.emit(EV.OBJ_LIMIT, hub.current.gid, role.object._traceId, value, hub.site);
}

/** @internal The interned short repr of a value, for a one-off ITEM_IN (an AsyncResult's value). */
export function reprText(hub: Hub, value: unknown): number {
  return hub.trace.intern(shortRepr(value));
}

/** @internal How many items of one container get their own text in the trace; later ones show as "…". */
export const ITEM_TEXT_BUDGET = 10_000;

/**
 * @internal The interned short reprs of a container's items, for ITEM_IN / ITEM_OUT. Interning a new
 * string means a lookup in the run's (large) string table, the dearest part of passing an item
 * along; a container carrying a million items would spend most of its time there. So each
 * container names its first ITEM_TEXT_BUDGET items and shows the rest as "…" (the recorder
 * folds every string past its own cap into "…" anyway). Parts record no text at all.
 */
export class ItemTexts {
  private left = ITEM_TEXT_BUDGET;
  private ellipsis = -1;

  constructor(private readonly role: TraceRole) {}

  of(hub: Hub, item: unknown): number {
    if (!this.role.records) return 0;
    if (this.left > 0) {
      this.left--;
      return hub.trace.intern(typeof item === "number" ? String(item) : shortRepr(item));
    }
    if (this.ellipsis < 0) this.ellipsis = hub.trace.intern("…");
    return this.ellipsis;
  }
}

/**
 * @internal Record an item entering or leaving a counted container (a queue, a group), on behalf of
 * greenlet `gid`. One event stands for two: the decoder restores the container's OBJ_STATE
 * count from it (EV_ENCODED in trace-kinds.ts), which halves what passing an item along writes.
 */
export function traceCountedItem(
  hub: Hub,
  role: TraceRole,
  entering: boolean,
  text: number,
  gid: number,
): void {
  if (!role.records) return;
  const kind = entering ? EV_ENCODED.ITEM_IN_COUNTED : EV_ENCODED.ITEM_OUT_COUNTED;
  hub.trace.emit(kind, gid, role.object._traceId, text, hub.site);
}

/** @internal Record an item entering (EV.ITEM_IN) or leaving (EV.ITEM_OUT), on behalf of greenlet `gid`. */
export function traceItem(
  hub: Hub,
  role: TraceRole,
  kind: number,
  text: number,
  gid: number,
): void {
  if (!role.records) return;
  hub.trace.emit(kind, gid, role.object._traceId, text, hub.site);
}
