import type { BlockReason } from "../tracing/trace-kinds";
import type { RawGreenlet } from "./raw-greenlet";
import type { Hub } from "./hub";
import { activeHub } from "./context";

/**
 * Something that may switch greenlets, run with `yield*`; `const v = yield* op` is typed `T`.
 * — 可能切换 greenlet 的操作，用 `yield*` 运行；`const v = yield* op` 的类型是 `T`。
 */
export interface Operation<T> {
  [Symbol.iterator](): Iterator<unknown, T, unknown>;
}

/** @internal The one value every suspending operation yields up the `yield*` chain to the hub. */
export const SUSPEND: IteratorYieldResult<unknown> = Object.freeze({
  done: false,
  value: Symbol("suspend"),
}) as IteratorYieldResult<unknown>;

/**
 * The result of an operation that ends with `undefined` (sleep, join, put ...): one frozen
 * object, since `yield*` only reads it, so the commonest completion allocates nothing.
 */
const DONE_UNDEFINED: IteratorReturnResult<undefined> = Object.freeze({
  done: true,
  value: undefined,
});

/**
 * @internal No values (a switch without any, a greenlet without args): as immutable as Python's
 * `()`, so one array serves all.
 */
export const NO_ARGS: readonly unknown[] = Object.freeze([]);

/** A raw switch without values resumes its receiver with NO_ARGS: as common as `undefined`. */
const DONE_NO_ARGS: IteratorReturnResult<readonly unknown[]> = Object.freeze({
  done: true,
  value: NO_ARGS,
});

function doneWith<T>(value: T): IteratorReturnResult<T> {
  if (value === undefined) return DONE_UNDEFINED as IteratorReturnResult<T>;
  if (value === NO_ARGS) return DONE_NO_ARGS as IteratorReturnResult<T>;
  return { done: true, value };
}

/** @internal Returned by `Suspend.tryNow` when the operation must block. */
export const MUST_BLOCK: unique symbol = Symbol("must-block");

/** An operation's life: not yet run, its greenlet waiting on it, over. */
type Stage = typeof STAGE_NEW | typeof STAGE_WAITING | typeof STAGE_DONE;
const STAGE_NEW = 0;
const STAGE_WAITING = 1;
const STAGE_DONE = 2;

/**
 * The base of every primitive operation: an iterator that is its own iterable, so running it
 * costs one small object and no generator. The driver (the hub) sees it through
 * `hub.pendingOp` after it yields SUSPEND and calls `perform`, which registers the greenlet
 * wherever it waits. Whoever wakes it resumes it through the hub with the result.
 * `throw` and `return` run `teardown`, which is what makes kill and timeouts correct.
 */
export abstract class Suspend<T> implements Iterator<unknown, T, unknown> {
  // Set in the constructor, so an operation keeps one shape from birth to end: the cheaper
  // choice for the runtime built as it ships (bench/README.md).
  private stage: Stage;

  constructor() {
    this.stage = STAGE_NEW;
  }

  [Symbol.iterator](): Iterator<unknown, T, unknown> {
    return this;
  }

  next(value?: unknown): IteratorResult<unknown, T> {
    if (this.stage === STAGE_NEW) {
      const hub = activeHub();
      const now = this.tryNow(hub);
      if (now !== MUST_BLOCK) {
        this.stage = STAGE_DONE;
        return doneWith(now);
      }
      this.stage = STAGE_WAITING;
      hub.pendingOp = this;
      return SUSPEND;
    }
    this.stage = STAGE_DONE;
    this.teardown();
    return doneWith(this.resumed(value));
  }

  throw(error?: unknown): IteratorResult<unknown, T> {
    if (this.stage === STAGE_WAITING) this.teardown();
    this.stage = STAGE_DONE;
    throw error;
  }

  return(value?: unknown): IteratorResult<unknown, T> {
    if (this.stage === STAGE_WAITING) this.teardown();
    this.stage = STAGE_DONE;
    return { done: true, value: value as T };
  }

  /** @internal True until the operation is first run: an operation never run is a learner's mistake. */
  get neverRun(): boolean {
    return this.stage === STAGE_NEW;
  }

  /** @internal Complete without blocking when possible; return MUST_BLOCK otherwise. */
  protected abstract tryNow(hub: Hub): T | typeof MUST_BLOCK;

  /** @internal Register `g` as waiting (called by the hub right after the greenlet suspended). */
  abstract perform(hub: Hub, g: RawGreenlet): void;

  /**
   * @internal Undo what `perform` registered. Called whenever the wait ends, however it ends (resumed,
   * killed, timed out), so it must be idempotent: a timer cancelled twice, a waiter removed twice.
   */
  protected teardown(): void {}

  /** @internal Map the value the waker passed to the operation's result. */
  protected resumed(value: unknown): T {
    return value as T;
  }

  /** @internal What the greenlet waits for, in the learner's terms: "sleep(2)", "q.get()". */
  abstract describe(): string;

  /** @internal Why the greenlet waits, for the trace. */
  abstract readonly reason: BlockReason;

  /** @internal The traced object waited on (0 for none). */
  objectId(): number {
    return 0;
  }
}

/**
 * @internal Give every operation of class `cls` the wait reason `reason`, on its prototype: an
 * operation is made for every wait, and a constant needs no field of its own in each.
 */
export function reasonOf<C extends { prototype: Suspend<unknown> }>(
  cls: C,
  reason: BlockReason,
): C {
  Object.defineProperty(cls.prototype, "reason", { value: reason, writable: false });
  return cls;
}

/** True for values that are operations: our primitives and generator objects. */
export function isOperation(value: unknown): value is Operation<unknown> {
  if (value instanceof Suspend) return true;
  return (
    typeof value === "object" &&
    value !== null &&
    Object.prototype.toString.call(value) === "[object Generator]"
  );
}

/**
 * True for an operation that was created but never run. The compile step asks this of the value
 * of every bare call statement (`sleep(1);`): that value is discarded on the spot, so a generator
 * there can never run.
 */
export function isUnrunOperation(value: unknown): boolean {
  if (value instanceof Suspend) return value.neverRun;
  return isOperation(value);
}
