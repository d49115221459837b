import { ValueError } from "../py/errors";
import type { Greenlet } from "../greenlet/gevent-greenlet";
import { Group } from "./group";
import { PoolFull } from "../queue/queue-errors";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import { SemaphoreCore } from "../sync/semaphore";
import { partOf, traceLimit } from "../sync/trace-role";
import { BLOCK, OBJ, type ObjectType } from "../tracing/trace-kinds";

/** Options of a Pool's `add`. — Pool 的 `add` 的选项。 */
export interface PoolAddOptions {
  /** Wait while full (default true); else throw PoolFull. — 满时是否等待（默认 true）；否则抛出 PoolFull。 */
  blocking?: boolean;
  /** Wait at most this many seconds, then throw PoolFull. — 最多等待的秒数，之后抛出 PoolFull。 */
  timeout?: number | null;
}

/**
 * A Group with at most `size` members (gevent's Pool): `spawn`, `add` and `start` wait while it
 * is full, in arrival order. `size` null (the default) means no limit.
 * — 最多 `size` 个成员的 Group：已满时 `spawn`、`add` 和 `start` 按到达顺序等待。`size` 为 null（默认）表示不限。
 */
export class Pool extends Group {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "Pool";
  }

  /** @internal */ static override readonly _traceType: ObjectType = OBJ.POOL;
  /** The most members it may have, or null for no limit. — 最大成员数；不限时为 null。 */
  readonly size: number | null;
  /** Its free places (gevent's `_semaphore`; none for an unlimited pool). */
  private readonly slots: SemaphoreCore | null;

  constructor(size: number | null = null) {
    if (size !== null && size < 0) throw new ValueError(`size must not be negative: ${size}`);
    super();
    this.size = size;
    this.slots =
      size === null
        ? null
        : new SemaphoreCore(size, partOf(this, BLOCK.POOL_SLOT, "spawn"), OBJ.SEMAPHORE, false);
    traceLimit(this._hub, this._role, size);
  }

  /** About how many more members it can take now. — 现在大约还能加入多少成员。 */
  freeCount(): number {
    return this.size === null ? 1 : Math.max(0, this.size - this.length);
  }

  /** True when `spawn` and `add` would wait. — `spawn` 和 `add` 会等待时为 true。 */
  override full(): boolean {
    return this.freeCount() <= 0;
  }

  /**
   * Wait until a member could be added, at most `timeout` seconds; returns how many could.
   * — 等到可以加入成员，最多 `timeout` 秒；返回可以加入的数量。
   */
  *waitAvailable(timeout?: number | null): Generator<unknown, number, unknown> {
    if (this.slots === null) return 1;
    return yield* this.slots._waitAvailable(timeout);
  }

  /**
   * Track `g`, waiting while the pool is full; with `blocking: false` or an expired `timeout`,
   * throw PoolFull.
   * — 跟踪 `g`，池满时等待；`blocking: false` 或超时则抛出 PoolFull。
   */
  override *add(g: RawGreenlet, options?: PoolAddOptions): Generator<unknown, void, unknown> {
    const slots = this.slots;
    if (slots !== null && !(yield* slots.acquire(options))) throw new PoolFull();
    try {
      this._track(g);
    } catch (e) {
      slots?.release();
      throw e;
    }
  }

  /** @internal Track `g` at once when a place is free (Semaphore.acquire's own fast path). */
  override _tryAdmit(g: RawGreenlet): boolean {
    if (this.slots !== null && !this.slots._tryAcquire()) return false;
    this._track(g);
    return true;
  }

  /** @internal A member left: its place is free again. */
  override _discard(g: RawGreenlet): void {
    super._discard(g);
    this.slots?.release();
  }
}

export type { Greenlet };
