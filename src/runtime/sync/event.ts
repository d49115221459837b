import type { ObjectId } from "../kernel/ids";
import { activeHub } from "../kernel/context";
import { ARRIVE_LATER, LinkWait, type LinkSource, type LinkWaitKind } from "./link-wait";
import { Linkable } from "./linkable";
import { MUST_BLOCK, type Operation } from "../kernel/operation";
import { kindName, newObjectId, roleOf, traceState, type TraceRole } from "./trace-role";
import { BLOCK, OBJ } from "../tracing/trace-kinds";

/**
 * gevent's Event, the machinery: a flag and the greenlets waiting for it to become true. Groups
 * and joinable queues use one as a silent part (`part`); learners use the `Event` class below.
 */
export class EventCore {
  /** @internal The trace id. */ readonly _traceId: ObjectId;
  /** @internal The name LoopExit messages use. */ _traceName = kindName(OBJ.EVENT);
  /** @internal */ readonly _role: TraceRole;
  /** @internal */ readonly _links: Linkable<LinkSource>;
  private flag = false;

  constructor(part: TraceRole | null = null) {
    this._traceId = newObjectId(OBJ.EVENT, part);
    this._role = roleOf(this, part);
    this._links = new Linkable<LinkSource>(this, true, true);
    traceState(activeHub(), this._role, 0);
  }

  /**
   * Set the flag and wake every waiter, in the order they began to wait, from the hub (after the
   * current greenlet next yields).
   * — 置位标志，并按开始等待的顺序唤醒所有等待者（在当前 greenlet 下次让出之后由 hub 唤醒）。
   */
  set(): void {
    const hub = activeHub();
    this.flag = true;
    traceState(hub, this._role, 1);
    this._links.check(hub);
  }

  /** Reset the flag: later `wait` calls block. — 清除标志：之后的 `wait` 会阻塞。 */
  clear(): void {
    this.flag = false;
    traceState(activeHub(), this._role, 0);
  }

  /** True when the flag is set. — 标志已置位时为 true。 */
  isSet(): boolean {
    return this.flag;
  }

  /** True when the flag is set (like AsyncResult and Greenlet). — 标志已置位时为 true。 */
  ready(): boolean {
    return this.flag;
  }

  /**
   * Wait until the flag is set, at most `timeout` seconds; true unless the timeout expired.
   * — 等待标志被置位，最多 `timeout` 秒；除非超时，否则返回 true。
   */
  wait(timeout?: number | null): Operation<boolean> {
    return new LinkWait(this, EVENT_WAIT, null, timeout);
  }

  /** @internal Call `callback(event)` from the hub when set (for wait and iwait). */
  rawlink(callback: (source: unknown) => void): void {
    this._links.rawlink(callback, activeHub());
  }

  /** @internal Remove a callback added with `rawlink`. */
  unlink(callback: (source: unknown) => void): void {
    this._links.remove(callback);
  }

  toString(): string {
    return `<Event ${this.flag ? "set" : "clear"}>`;
  }
}

/** `wait()`: true at once when set (behind a notification under way), else when woken. */
const EVENT_WAIT: LinkWaitKind<boolean> = {
  reason: BLOCK.EVENT_WAIT,
  method: "wait",
  now: (event) => (!event.ready() ? MUST_BLOCK : event._links.notifying ? ARRIVE_LATER : true),
  woken: () => true,
  timedOut: () => false,
};

/**
 * A flag greenlets can wait on: `set` wakes every waiter, in the order they began waiting.
 * — 可供 greenlet 等待的标志：`set` 按开始等待的顺序唤醒所有等待者。
 */
export class Event extends EventCore {
  constructor() {
    super(null);
  }
}
