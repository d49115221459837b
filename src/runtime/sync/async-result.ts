import type { ObjectId } from "../kernel/ids";
import { activeHub } from "../kernel/context";
import { ARRIVE_LATER, LinkWait, type LinkSource, type LinkWaitKind } from "./link-wait";
import { Linkable } from "./linkable";
import { MUST_BLOCK, type Operation } from "../kernel/operation";
import { Timeout } from "./timeout";
import { reprText, kindName, roleOf, traceItem, traceState, type TraceRole } from "./trace-role";
import { BLOCK, EV, OBJ } from "../tracing/trace-kinds";

/** Not set yet, set with a value, or set with an exception. */
type ResultState = typeof UNSET | typeof VALUE | typeof EXCEPTION;
const UNSET = 0;
const VALUE = 1;
const EXCEPTION = 2;

/**
 * A one-time event that carries a value or an exception (gevent's AsyncResult): `set` or
 * `setException` wakes every waiter; `get` returns the value or re-throws the exception.
 * — 携带一个值或异常的一次性事件：`set` 或 `setException` 唤醒所有等待者；`get` 返回值或重新抛出异常。
 */
export class AsyncResult<T = unknown> {
  /** @internal The trace id. */ readonly _traceId: ObjectId;
  /** @internal The name LoopExit messages use. */ _traceName = kindName(OBJ.ASYNC_RESULT);
  /** @internal */ readonly _role: TraceRole;
  /** @internal */ readonly _links: Linkable<LinkSource>;
  private state: ResultState = UNSET;
  private _value: T | undefined = undefined;
  private _exception: unknown = undefined;

  constructor() {
    const hub = activeHub();
    this._traceId = hub.objectCreated(OBJ.ASYNC_RESULT);
    this._role = roleOf(this, null);
    this._links = new Linkable<LinkSource>(this, true, true);
    traceState(hub, this._role, UNSET);
  }

  /** The value once set, else undefined. — 已设置的值；未设置时为 undefined。 */
  get value(): T | undefined {
    return this._value;
  }

  /** The exception once set with `setException`, else undefined. — 用 `setException` 设置的异常。 */
  get exception(): unknown {
    return this._exception;
  }

  /** True once it holds a value or an exception. — 持有值或异常时为 true。 */
  ready(): boolean {
    return this.state !== UNSET;
  }

  /** True once it holds a value. — 持有值时为 true。 */
  successful(): boolean {
    return this.state === VALUE;
  }

  /** Store the value and wake every waiter. — 保存值并唤醒所有等待者。 */
  set(value?: T): void {
    this._value = value;
    this.state = VALUE;
    this.settled(value);
  }

  /** Store the exception and wake every waiter. — 保存异常并唤醒所有等待者。 */
  setException(error: unknown): void {
    this._exception = error;
    this.state = EXCEPTION;
    this.settled(error);
  }

  /**
   * The value, waiting for it if needed; re-throws a stored exception. `block: false` on an
   * unset result, or an expired `timeout`, throws Timeout.
   * — 取值，必要时等待；若存的是异常则重新抛出。未设置时 `block: false` 或超时会抛出 Timeout。
   */
  *get(options: { block?: boolean; timeout?: number | null } = {}): Generator<unknown, T, unknown> {
    if (!this.ready()) {
      if (options.block === false) throw new Timeout();
      const got = yield* new LinkWait(this, RESULT_GET, null, options.timeout);
      if (got === TIMED_OUT_GET) throw new Timeout(options.timeout ?? undefined);
    }
    return this.getNowait();
  }

  /** The value now, or throw Timeout when unset. — 立即取值；未设置时抛出 Timeout。 */
  getNowait(): T {
    if (this.state === VALUE) return this._value as T;
    if (this.state === EXCEPTION) throw this._exception;
    throw new Timeout();
  }

  /**
   * Wait until it is set, at most `timeout` seconds; returns the value (undefined if it holds an
   * exception or the timeout expired).
   * — 等待被设置，最多 `timeout` 秒；返回值（持有异常或超时时为 undefined）。
   */
  wait(timeout?: number | null): Operation<T | undefined> {
    return new LinkWait(this, RESULT_WAIT, null, timeout) as Operation<unknown> as Operation<
      T | undefined
    >;
  }

  /** @internal Call `callback(result)` from the hub when set (for wait and iwait). */
  rawlink(callback: (source: unknown) => void): void {
    this._links.rawlink(callback, activeHub());
  }

  /** @internal */
  unlink(callback: (source: unknown) => void): void {
    this._links.remove(callback);
  }

  toString(): string {
    if (this.state === UNSET) return "<AsyncResult unset>";
    return `<AsyncResult ${this.state === VALUE ? "value" : "exception"}=${String(this.state === VALUE ? this._value : this._exception)}>`;
  }

  private settled(item: unknown): void {
    const hub = activeHub();
    traceState(hub, this._role, this.state);
    traceItem(hub, this._role, EV.ITEM_IN, reprText(hub, item), hub.current.gid);
    this._links.check(hub);
  }
}

const TIMED_OUT_GET = Symbol("get-timed-out");

/**
 * `wait()` (gevent's `_wait`): the value, behind a notification under way; undefined on timeout.
 */
const RESULT_WAIT: LinkWaitKind<unknown> = {
  reason: BLOCK.RESULT_GET,
  method: "wait",
  now: (r) =>
    !r.ready() ? MUST_BLOCK : r._links.notifying ? ARRIVE_LATER : (r as AsyncResult).value,
  woken: (r) => (r as AsyncResult).value,
  timedOut: (r) => (r as AsyncResult).value,
};

/** The blocking part of `get()` (gevent's `_wait_core`): no late arrival; TIMED_OUT_GET. */
const RESULT_GET: LinkWaitKind<unknown> = {
  reason: BLOCK.RESULT_GET,
  method: "get",
  now: (r) => (!r.ready() ? MUST_BLOCK : (r as AsyncResult).value),
  woken: (r) => (r as AsyncResult).value,
  timedOut: () => TIMED_OUT_GET,
};
