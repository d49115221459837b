import type { ObjectId } from "../kernel/ids";
import { activeHub } from "../kernel/context";
import { Deque } from "../py/deque";
import type { Hub } from "../kernel/hub";
import { FifoStore, type ItemStore } from "./item-store";
import type { GetWait, PutWait } from "./queue-wait";
import {
  ItemTexts,
  kindName,
  newObjectId,
  roleOf,
  traceCountedItem,
  traceLimit,
  traceState,
  type TraceRole,
} from "../sync/trace-role";
import { CANDIDATE, type ObjectType } from "../tracing/trace-kinds";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import { SWITCH_INS } from "../kernel/switch-ins";

/** Which waiters an unlock step serves (gevent's `_unlock` loop). */
type UnlockPhase = typeof PUTTERS | typeof GETTERS | typeof GETTERS_AFTER_PUT;
const PUTTERS = 0;
const GETTERS = 1;
const GETTERS_AFTER_PUT = 2;

/**
 * gevent's Queue, the machinery: items, the greenlets blocked in `put` (putters) and in `get`
 * (getters), both served in arrival order by one hub callback, `_unlock`, scheduled whenever one
 * side could serve the other. The learner-facing methods are in queue.ts.
 */
export class QueueCore<T> {
  /** @internal The trace id. */ readonly _traceId: ObjectId;
  /** @internal The name LoopExit messages use. */ _traceName: string;
  /** @internal */ readonly _role: TraceRole;
  /** @internal */ readonly _hub: Hub;
  /** @internal */ readonly _getters = new Deque<GetWait<T>>();
  /** @internal */ readonly _putters = new Deque<PutWait<T>>();
  /** @internal -1 when unbounded. */ protected _max: number;
  private readonly store: ItemStore<T>;
  private readonly texts: ItemTexts;
  /** True from scheduling `_unlock` until it returns (gevent's truthy `_event_unlock`). */
  private unlocking = false;

  constructor(part: TraceRole | null, type: ObjectType, maxsize: number | null | undefined) {
    this._hub = activeHub();
    this._traceId = newObjectId(type, part);
    this._traceName = kindName(type);
    this._role = roleOf(this, part);
    this._max = maxsize === null || maxsize === undefined || maxsize <= 0 ? -1 : maxsize;
    this.store = this._createStore();
    this.texts = new ItemTexts(this._role);
    traceLimit(this._hub, this._role, this._max < 0 ? null : this._max);
    traceState(this._hub, this._role, 0);
  }

  /** The number of items. — 队列中的项数。 */
  qsize(): number {
    return this.store.length;
  }

  toString(): string {
    const cls = (this.constructor as { name: string }).name;
    const size = this._max < 0 ? "" : ` maxsize=${this._max}`;
    return `<${cls}${size} qsize=${this.qsize()}>`;
  }

  /** @internal */
  _createStore(): ItemStore<T> {
    return new FifoStore<T>();
  }

  /** @internal */
  _hasRoom(): boolean {
    return this._max < 0 || this.store.length < this._max;
  }

  /** @internal The first item, not taken. */
  _peekItem(): T {
    return this.store.peek();
  }

  /** @internal Store `item`, on behalf of greenlet `gid` (a putter served by `_unlock`). */
  _putItem(hub: Hub, item: T, gid: number): void {
    const text = this.texts.of(hub, item);
    try {
      this.store.push(item, text);
    } finally {
      // A PriorityQueue item Python cannot compare throws, but stays in, as in heapq.
      traceCountedItem(hub, this._role, true, text, gid);
    }
  }

  /** @internal Take the next item, by the running greenlet. */
  _takeItem(hub: Hub): T {
    const store = this.store;
    const item = store.take();
    traceCountedItem(hub, this._role, false, store.takenText, hub.current.gid);
    return item;
  }

  /** @internal Schedule `_unlock` unless it is scheduled or running (gevent's `_schedule_unlock`). */
  _scheduleUnlock(hub: Hub): void {
    if (this.unlocking) return;
    this.unlocking = true;
    hub.schedule(unlockStep, this, hub, PUTTERS);
  }

  /**
   * @internal gevent's `_unlock`: repeatedly let the first putter in while there is room, then
   * hand an item to the first getter, until neither can go. Each hand-over switches into that
   * greenlet; the loop goes on (from `phase`) when it gives control back.
   */
  _unlock(hub: Hub, phase: UnlockPhase): void {
    for (;;) {
      if (phase === PUTTERS) {
        phase = GETTERS;
        if (this._putters.length > 0 && this._hasRoom()) {
          const putter = this._putters.shift();
          putter.taken = true;
          if (!putter.isWaiting()) continue;
          hub.scheduleFirst(unlockStep, this, hub, GETTERS_AFTER_PUT);
          try {
            this._putItem(hub, putter.item, (putter.g as { gid: number }).gid);
          } catch (e) {
            putter.throwNow(hub, e);
            return;
          }
          putter.switchNow(hub, putter);
          return;
        }
      }
      if (this._getters.length > 0 && this.store.length > 0) {
        const getter = this._getters.shift();
        getter.taken = true;
        hub.scheduleFirst(unlockStep, this, hub, PUTTERS);
        getter.switchNow(hub, getter);
        return;
      }
      if (phase !== GETTERS_AFTER_PUT) break;
      phase = PUTTERS;
    }
    this.unlocking = false;
  }

  /**
   * @internal The greenlet a scheduled `_unlock` would switch into first, as its loop would
   * find it from `PUTTERS`: the first putter while there is room, else the first getter while
   * there is an item. No side effects (the scheduler lab asks).
   */
  _wakes(): RawGreenlet | null {
    if (this._putters.length > 0 && this._hasRoom()) {
      const putter = this._putters.first() as PutWait<T>;
      // A putter no longer waiting is passed over, and the getters' turn comes (`_unlock`).
      if (putter.isWaiting()) return putter.g;
    }
    if (this._getters.length > 0 && this.store.length > 0) {
      const getter = this._getters.first() as GetWait<T>;
      return getter.isWaiting() ? getter.g : null;
    }
    return null;
  }
}

function unlockStep(queue: unknown, hub: unknown, phase: unknown): void {
  (queue as QueueCore<unknown>)._unlock(hub as Hub, phase as UnlockPhase);
}

// A hand-over's turn is the waiter's it serves: the scheduler lab offers it as a ready greenlet.
// Only a scheduled `_unlock` (from PUTTERS) is offered; a continuation is pinned to the front.
SWITCH_INS.set(unlockStep, {
  kind: CANDIDATE.NOTIFY,
  runs: (queue, _hub, phase) => (phase === PUTTERS ? (queue as QueueCore<unknown>)._wakes() : null),
  from: (queue) => queue,
});
