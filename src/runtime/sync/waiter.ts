import { activeHub } from "../kernel/context";
import type { Hub } from "../kernel/hub";
import { MUST_BLOCK, Suspend } from "../kernel/operation";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import type { Timer } from "../kernel/timer-heap";
import { describeWait, type TraceRole } from "./trace-role";
import { SWITCH_MODE, type BlockReason } from "../tracing/trace-kinds";

/** The value a waiter's timer resumes it with. */
export const TIMED_OUT: unique symbol = Symbol("timed-out");

/**
 * gevent's Waiter: one greenlet's wait on a primitive (a queue, an event, a semaphore). The
 * primitive keeps the waiter in its list (`enlist`), and wakes it from the hub with
 * `switchNow` (gevent's `waiter.switch`, which switches into the greenlet at once). An optional
 * timeout resumes it with TIMED_OUT instead. However the wait ends, `delist` takes it out of
 * the primitive's list again, so kill and Timeout leave nothing behind.
 *
 * Every put, get, wait and acquire creates one.
 */
export abstract class Waiter<T> extends Suspend<T> {
  // Most puts and gets complete at once, so the fields of a wait are set by `perform`, when the
  // greenlet really waits: the commonest operation of all stays three stores smaller. Nothing
  // reads them before (teardown runs only after a wait began).
  /** @internal The waiting greenlet while it waits, and the token of this wait. */
  declare g: RawGreenlet | null;
  declare private token: number;
  declare private timer: Timer | null;
  declare protected timeout: number | null | undefined;

  constructor(timeout: number | null | undefined) {
    super();
    this.timeout = timeout;
  }

  /** For a subclass that usually waits: create the wait's fields now, before `perform` sets them. */
  protected initWait(): void {
    this.g = null;
    this.token = 0;
    this.timer = null;
  }

  /** The wait's reason for the trace: the primitive's own (a part of a Pool, ...) or the kind's. */
  get reason(): BlockReason {
    return this.role().reason ?? this.defaultReason();
  }

  /** The reason when the primitive has none of its own. */
  protected abstract defaultReason(): BlockReason;

  /** Where the primitive appears in the trace (for the object and the label). */
  protected abstract role(): TraceRole;

  /** The method waited in, for the label: "get" in "q.get()". */
  protected abstract method(): string;

  /** Put this waiter in the primitive's list of waiters. */
  protected abstract enlist(hub: Hub): void;

  /** Take it out of that list, if it is still there. */
  protected abstract delist(): void;

  /** The result when woken with `value` (not timed out). */
  protected abstract woken(value: unknown): T;

  /** The result (or the error thrown) when the timeout expired first. */
  protected abstract timedOut(): T;

  perform(hub: Hub, g: RawGreenlet): void {
    this.g = g;
    this.token = g._token;
    this.timer = null;
    this.enlist(hub);
    if (this.timeout !== undefined && this.timeout !== null) {
      this.timer = hub.wakeAfter(this.timeout, g, TIMED_OUT);
    }
  }

  /** True while the greenlet still waits here (not woken, killed or timed out). */
  isWaiting(): boolean {
    const g = this.g;
    return g !== null && g._token === this.token && g._blockedOn === this;
  }

  /** From the hub: switch into the waiting greenlet with `value`. */
  switchNow(hub: Hub, value: unknown): boolean {
    return this.g !== null && hub.switchNow(this.g, value, this.token);
  }

  /** From the hub: raise `error` in the waiting greenlet. */
  throwNow(hub: Hub, error: unknown): boolean {
    return this.isWaiting() && hub.switchInto(this.g as RawGreenlet, SWITCH_MODE.THROW, error);
  }

  protected tryNow(_hub: Hub): T | typeof MUST_BLOCK {
    return MUST_BLOCK;
  }

  protected override teardown(): void {
    if (this.timer !== null) activeHub().clock.cancel(this.timer);
    this.timer = null;
    this.delist();
    this.g = null;
  }

  protected override resumed(value: unknown): T {
    return value === TIMED_OUT ? this.timedOut() : this.woken(value);
  }

  override objectId(): number {
    return this.role().object._traceId;
  }

  describe(): string {
    return describeWait(this.role(), this.method());
  }
}
