import type { Operation } from "../kernel/operation";
import { QueueCore } from "./queue-core";
import { Empty, Full, StopIteration } from "./queue-errors";
import { GetWait, PutWait } from "./queue-wait";
import { callMaybeGenerator } from "../kernel/stream";
import { OBJ, type ObjectType } from "../tracing/trace-kinds";

/** Options of `put` and `get`. — `put` 和 `get` 的选项。 */
export interface QueueWaitOptions {
  /** Wait when full (put) or empty (get); default true. — 满（put）或空（get）时是否等待；默认 true。 */
  block?: boolean;
  /** Wait at most this many seconds, then throw Full / Empty. — 最多等待的秒数，之后抛出 Full / Empty。 */
  timeout?: number | null;
}

/**
 * A FIFO queue between greenlets (gevent's Queue). `put` blocks while it is full, `get` while it
 * is empty; blocked putters and getters are served in the order they arrived. `maxsize` null or
 * <= 0 means unbounded.
 * — greenlet 之间的先进先出队列。满时 `put` 阻塞，空时 `get` 阻塞；被阻塞的 put/get 按到达顺序得到服务。
 * `maxsize` 为 null 或 <= 0 表示无界。
 */
export class Queue<T = unknown> extends QueueCore<T | typeof StopIteration> {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "Queue";
  }

  /** @internal */ static readonly _traceType: ObjectType = OBJ.QUEUE;

  constructor(maxsize?: number | null, items?: Iterable<T>) {
    super(null, (new.target as unknown as { _traceType: ObjectType })._traceType, maxsize);
    if (items !== undefined) for (const item of items) this.putNowait(item);
  }

  /** The capacity, or null when unbounded. — 容量；无界时为 null。 */
  get maxsize(): number | null {
    return this._max > 0 ? this._max : null;
  }

  /** The number of items (Python's `len(q)`). — 项数（Python 的 `len(q)`）。 */
  get length(): number {
    return this.qsize();
  }

  /** True when there is no item. — 没有项时为 true。 */
  empty(): boolean {
    return this.qsize() === 0;
  }

  /** True when `put` would block (never for an unbounded queue). — `put` 会阻塞时为 true（无界队列永不）。 */
  full(): boolean {
    return this._max > 0 && this.qsize() >= this._max;
  }

  /**
   * Put `item` in, waiting while the queue is full; with `block: false` or an expired `timeout`,
   * throw Full.
   * — 放入 `item`，队列满时等待；`block: false` 或超时则抛出 Full。
   */
  put(item: T | typeof StopIteration, options?: QueueWaitOptions): Operation<void> {
    return new PutWait(this, item, options?.block !== false, options?.timeout);
  }

  /** Put `item` in now, or throw Full. — 立即放入 `item`，否则抛出 Full。 */
  putNowait(item: T | typeof StopIteration): void {
    if (!this._hasRoom()) throw new Full();
    this._putItem(this._hub, item, this._hub.current.gid);
    if (this._getters.length > 0) this._scheduleUnlock(this._hub);
  }

  /**
   * Take the next item, waiting while the queue is empty; with `block: false` or an expired
   * `timeout`, throw Empty.
   * — 取出下一项，队列空时等待；`block: false` 或超时则抛出 Empty。
   */
  get(options?: QueueWaitOptions): Operation<T> {
    const op = new GetWait(this, options?.block !== false, options?.timeout);
    return op as Operation<unknown> as Operation<T>;
  }

  /** Take the next item now, or throw Empty. — 立即取出下一项，否则抛出 Empty。 */
  getNowait(): T {
    if (this.qsize() === 0) throw new Empty();
    if (this._putters.length > 0) this._scheduleUnlock(this._hub);
    return this._takeItem(this._hub) as T;
  }

  /** The next item without taking it, or throw Empty. — 查看下一项但不取出；为空时抛出 Empty。 */
  peek(): T {
    if (this.qsize() === 0) throw new Empty();
    return this._peekItem() as T;
  }

  /**
   * Take items one by one and run `fn` on each, until the `StopIteration` item.
   * — 逐个取出项并对每个运行 `fn`，直到遇到 `StopIteration`。
   */
  *forEach(fn: (item: T) => unknown): Generator<unknown, void, unknown> {
    for (;;) {
      const item: unknown = yield* this.get();
      if (item === StopIteration) return;
      yield* callMaybeGenerator(fn as (...args: never[]) => unknown, [item]);
    }
  }
}
