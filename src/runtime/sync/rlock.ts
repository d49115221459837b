import { activeHub } from "../kernel/context";
import { RuntimeError } from "../py/errors";
import type { Operation } from "../kernel/operation";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import { SemaphoreCore, type AcquireOptions } from "./semaphore";
import { callMaybeGenerator } from "../kernel/stream";
import { OBJ } from "../tracing/trace-kinds";

/**
 * A re-entrant lock (gevent's RLock): the greenlet that holds it may acquire it again; it is free
 * once released as many times. Only the owner may release it (anyone else gets RuntimeError
 * `cannot release un-acquired lock`).
 * — 可重入锁：持有它的 greenlet 可以再次获取；释放同样次数后才空闲。只有持有者能释放（否则抛出 RuntimeError）。
 */
export class RLock {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static get name(): string {
    return "RLock";
  }

  /** The underlying lock: traced as this RLock, its counter is 1 when free, 0 when held. */
  private readonly block: SemaphoreCore;
  private owner: RawGreenlet | null = null;
  private count = 0;

  constructor() {
    this.block = new SemaphoreCore(1, null, OBJ.RLOCK, false);
  }

  /** @internal The trace id (the underlying lock's). */
  get _traceId(): number {
    return this.block._traceId;
  }

  /** @internal The learner's name for it, shared with the underlying lock. */
  get _traceName(): string {
    return this.block._traceName;
  }
  set _traceName(name: string) {
    this.block._traceName = name;
  }

  /** 1 when free, 0 when held. — 空闲时为 1，被持有时为 0。 */
  get counter(): number {
    return this.block.counter;
  }

  /** True when held by some greenlet. — 被某个 greenlet 持有时为 true。 */
  locked(): boolean {
    return this.block.locked();
  }

  /**
   * Acquire it: at once when the current greenlet already holds it; otherwise wait (in arrival
   * order) as for a Lock. False when `blocking` is false or the `timeout` expired.
   * — 获取：当前 greenlet 已持有时立即成功；否则像 Lock 一样按到达顺序等待。`blocking` 为 false 或超时时返回 false。
   */
  *acquire(options: AcquireOptions = {}): Generator<unknown, boolean, unknown> {
    const me = activeHub().current;
    if (this.owner === me) {
      this.count++;
      return true;
    }
    const got = yield* this.block.acquire(options);
    if (got) {
      this.owner = me;
      this.count = 1;
    }
    return got;
  }

  /**
   * Release it once; the last release frees it. Throws RuntimeError unless the current greenlet
   * holds it.
   * — 释放一次；最后一次释放使其空闲。当前 greenlet 未持有时抛出 RuntimeError。
   */
  release(): void {
    if (this.owner !== activeHub().current) {
      throw new RuntimeError("cannot release un-acquired lock");
    }
    this.count--;
    if (this.count === 0) {
      this.owner = null;
      this.block.release();
    }
  }

  /**
   * Python's `with lock:`: acquire, run `fn`, release (also when `fn` throws).
   * — Python 的 `with lock:`：获取、运行 `fn`、释放（`fn` 抛出异常时也释放）。
   */
  *hold<R>(fn: () => R | Iterator<unknown, R, unknown>): Generator<unknown, R, unknown> {
    yield* this.acquire();
    try {
      return (yield* callMaybeGenerator(fn as () => unknown, [])) as R;
    } finally {
      this.release();
    }
  }

  toString(): string {
    return `<RLock ${this.owner === null ? "unlocked" : "locked"} count=${this.count}>`;
  }
}

export type { Operation };
