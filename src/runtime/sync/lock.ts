import { SemaphoreCore } from "./semaphore";
import { OBJ, type ObjectType } from "../tracing/trace-kinds";

/** What a semaphore class is in the trace, and whether it is bounded: read from `new.target`. */
interface SemaphoreKind {
  readonly _traceType: ObjectType;
  readonly _bounded: boolean;
}

/**
 * A counter of available units (default 1): `acquire` takes one, waiting in arrival order while
 * none is left; `release` gives one back. It can be released more times than acquired.
 * — 可用单位计数器（默认 1）：`acquire` 取一个，没有时按到达顺序等待；`release` 归还一个。可以多次释放。
 */
export class Semaphore extends SemaphoreCore {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "Semaphore";
  }

  /** @internal */ static readonly _traceType: ObjectType = OBJ.SEMAPHORE;
  /** @internal */ static readonly _bounded: boolean = false;

  constructor(value = 1) {
    const kind = new.target as unknown as SemaphoreKind;
    super(value, null, kind._traceType, kind._bounded);
  }
}

/**
 * A Semaphore that cannot be released past its initial value (that throws ValueError
 * `Semaphore released too many times`).
 * — 不能释放超过初始值的信号量（否则抛出 ValueError `Semaphore released too many times`）。
 */
export class BoundedSemaphore extends Semaphore {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "BoundedSemaphore";
  }

  /** @internal */ static override readonly _traceType: ObjectType = OBJ.BOUNDED_SEMAPHORE;
  /** @internal */ static override readonly _bounded: boolean = true;
}

/**
 * A lock: a BoundedSemaphore(1). Any greenlet may release it.
 * — 锁：即 BoundedSemaphore(1)。任何 greenlet 都可以释放它。
 */
export class Lock extends BoundedSemaphore {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "Lock";
  }

  /** @internal */ static override readonly _traceType: ObjectType = OBJ.LOCK;

  constructor() {
    super(1);
  }
}
