import type { ObjectId } from "../kernel/ids";
import { activeHub } from "../kernel/context";
import { ValueError } from "../py/errors";
import type { Hub } from "../kernel/hub";
import { LinkWait, type LinkSource, type LinkWaitKind } from "./link-wait";
import { Linkable } from "./linkable";
import { MUST_BLOCK, type Operation } from "../kernel/operation";
import { callMaybeGenerator } from "../kernel/stream";
import {
  kindName,
  newObjectId,
  roleOf,
  traceLimit,
  traceState,
  type TraceRole,
} from "./trace-role";
import { BLOCK, type ObjectType } from "../tracing/trace-kinds";

/** Options of `acquire`. — `acquire` 的选项。 */
export interface AcquireOptions {
  /** Wait when unavailable (default true). — 不可用时是否等待（默认 true）。 */
  blocking?: boolean;
  /** Wait at most this many seconds. — 最多等待的秒数。 */
  timeout?: number | null;
}

/**
 * gevent's Semaphore, the machinery: a counter and the greenlets waiting for it to be positive,
 * woken in arrival order, each taking its unit before the next is considered. Pools use one as a
 * silent part (`part`); learners use the classes of lock.ts.
 */
export class SemaphoreCore {
  /** @internal The trace id. */ readonly _traceId: ObjectId;
  /** @internal The name LoopExit messages use. */ _traceName: string;
  /** @internal */ readonly _role: TraceRole;
  /** @internal */ readonly _links: Linkable<LinkSource>;
  private _counter: number;
  /** The counter's ceiling for a bounded semaphore (its initial value), else null. */
  private readonly _bound: number | null;

  constructor(value: number, part: TraceRole | null, type: ObjectType, bounded: boolean) {
    if (value < 0) throw new ValueError("semaphore initial value must be >= 0");
    this._bound = bounded ? value : null;
    this._traceId = newObjectId(type, part);
    this._traceName = kindName(type);
    this._role = roleOf(this, part);
    this._links = new Linkable<LinkSource>(this, false, true);
    this._counter = value;
    const hub = activeHub();
    traceLimit(hub, this._role, this._bound);
    traceState(hub, this._role, value);
  }

  /** The units left: acquire blocks at 0. — 剩余数量：为 0 时 acquire 会阻塞。 */
  get counter(): number {
    return this._counter;
  }

  /** True when `acquire` would block. — `acquire` 会阻塞时为 true。 */
  locked(): boolean {
    return this._counter <= 0;
  }

  /** @internal True when a unit is available. */
  ready(): boolean {
    return this._counter > 0;
  }

  /**
   * Take one unit, waiting (in arrival order) while none is left; false when `blocking` is false
   * or the `timeout` expired first.
   * — 取一个单位，没有时按到达顺序等待；`blocking` 为 false 或超时时返回 false。
   */
  acquire(options?: AcquireOptions): Operation<boolean> {
    return new LinkWait(this, ACQUIRE, options?.blocking !== false, options?.timeout);
  }

  /** @internal Take a unit if one is left, without an operation (acquire's fast path). */
  _tryAcquire(): boolean {
    if (this._counter <= 0) return false;
    this._change(activeHub(), -1);
    return true;
  }

  /**
   * Give one unit back, waking the next waiter; a bounded semaphore throws ValueError past its
   * initial value.
   * — 归还一个单位，唤醒下一个等待者；有界信号量超过初始值时抛出 ValueError。
   */
  release(): void {
    if (this._bound !== null && this._counter >= this._bound) {
      throw new ValueError("Semaphore released too many times");
    }
    const hub = activeHub();
    this._change(hub, 1);
    this._links.check(hub);
  }

  /**
   * Python's `with sem:`: acquire, run `fn`, release (also when `fn` throws).
   * — Python 的 `with sem:`：获取、运行 `fn`、释放（`fn` 抛出异常时也释放）。
   */
  *hold<R>(fn: () => R | Iterator<unknown, R, unknown>): Generator<unknown, R, unknown> {
    yield* this.acquire();
    try {
      return (yield* callMaybeGenerator(fn as () => unknown, [])) as R;
    } finally {
      this.release();
    }
  }

  /** @internal Wait until a unit is available, without taking it; returns the counter then. */
  _waitAvailable(timeout: number | null | undefined): Operation<number> {
    return new LinkWait(this, WAIT_AVAILABLE, null, timeout);
  }

  /** @internal */
  _change(hub: Hub, delta: number): void {
    this._counter += delta;
    traceState(hub, this._role, this._counter);
  }

  toString(): string {
    return `<${(this.constructor as { name: string }).name} counter=${this._counter}>`;
  }
}

/**
 * `acquire()`: a unit now, or wait for a release (gevent's `Semaphore.acquire`). Switched to by
 * the notification, the waiter takes its unit before anyone else runs. `arg`: blocking.
 */
const ACQUIRE: LinkWaitKind<boolean> = {
  reason: BLOCK.LOCK_ACQUIRE,
  method: "acquire",
  now: (sem, blocking) =>
    (sem as SemaphoreCore)._tryAcquire() ? true : blocking ? MUST_BLOCK : false,
  woken: (sem) => {
    (sem as SemaphoreCore)._change(activeHub(), -1);
    return true;
  },
  timedOut: () => false,
};

/** gevent's `Semaphore.wait`: wait for a unit without taking it; returns the counter. */
const WAIT_AVAILABLE: LinkWaitKind<number> = {
  reason: BLOCK.LOCK_ACQUIRE,
  method: "wait",
  now: (sem) => ((sem as SemaphoreCore).counter > 0 ? (sem as SemaphoreCore).counter : MUST_BLOCK),
  woken: (sem) => (sem as SemaphoreCore).counter,
  timedOut: (sem) => (sem as SemaphoreCore).counter,
};
