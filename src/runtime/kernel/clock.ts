import type { HubCallback } from "./callback-queue";
import type { Hub } from "./hub";
import type { VirtualSeconds } from "./ids";
import { TIMER_CANCELLED, TIMER_PENDING, Timer, TimerHeap, type TimerEntry } from "./timer-heap";
import { emitClock } from "../tracing/trace-recorder";
import { EV, type HoldReason } from "../tracing/trace-kinds";

/** The largest duration the trace's word holds, in microseconds. */
const MAX_TRACED_MICROS = 0xfffffffe;

/**
 * The run's virtual clock and its timers. Time moves only when the hub has nothing else to do
 * (`advanceTo` the next deadline) or when a greenlet holds the hub in an unpatched blocking call
 * (`hold`); a timer fires from the hub's loop once its deadline is reached. Scheduling and
 * cancelling are traced as done by the running greenlet.
 */
export class VirtualClock {
  /** Now, in virtual seconds since the run began. */
  now = 0 as VirtualSeconds;
  private readonly timers = new TimerHeap();
  /**
   * Due timers taken off the heap, in their order, to be offered together at a choice point
   * (a scheduling policy's `dueTimers`); they fire before the heap's. Empty under gevent's order.
   */
  private readonly drawn: TimerEntry[] = [];

  constructor(private readonly hub: Hub) {}

  /** The virtual time `seconds` from now (now, for none or less). */
  deadlineAfter(seconds: number): VirtualSeconds {
    return quantize(this.now + (seconds > 0 ? seconds : 0));
  }

  /** A new timer calling `fn(a, b, c)` from the hub after `seconds`. */
  timer(seconds: number, fn: HubCallback, a: unknown, b?: unknown, c?: unknown): Timer {
    const t = new Timer(this.hub.allocObjectId(), this.deadlineAfter(seconds), fn, a, b, c);
    this.arm(t, seconds);
    return t;
  }

  /** Put `entry`, its id and deadline set (`deadlineAfter(seconds)`), on the clock. */
  arm(entry: TimerEntry, seconds: number): void {
    this.timers.push(entry);
    const hub = this.hub;
    const micros = tracedMicros(seconds);
    hub.trace.emit(EV.TIMER_SCHEDULED, hub.current.gid, entry.id, micros, hub.site);
  }

  /** Call off a pending timer (a no-op for one that fired or was cancelled). */
  cancel(t: TimerEntry): void {
    if (t.state !== TIMER_PENDING) return;
    t.state = TIMER_CANCELLED;
    const hub = this.hub;
    hub.trace.emit(EV.TIMER_CANCELLED, hub.current.gid, t.id, 0, hub.site);
  }

  /** The earliest pending timer whose deadline has come, taken off the clock. */
  takeDue(): TimerEntry | undefined {
    if (this.drawn.length > 0 && this.dropCancelledDrawn()) return this.drawn.shift();
    const t = this.timers.peek();
    if (t === undefined || t.deadline > this.now) return undefined;
    this.timers.pop();
    return t;
  }

  /** Every pending timer whose deadline has come, in the order they would fire. */
  dueTimers(): readonly TimerEntry[] {
    for (;;) {
      const t = this.timers.peek();
      if (t === undefined || t.deadline > this.now) break;
      this.timers.pop();
      this.drawn.push(t);
    }
    this.dropCancelledDrawn();
    return this.drawn;
  }

  /** Take the due timer `i` of `dueTimers()` off the clock. */
  takeDueAt(i: number): TimerEntry {
    return this.drawn.splice(i, 1)[0];
  }

  /** Forget the drawn timers cancelled since; true when some are left. */
  private dropCancelledDrawn(): boolean {
    const drawn = this.drawn;
    let kept = 0;
    for (const t of drawn) if (t.state !== TIMER_CANCELLED) drawn[kept++] = t;
    drawn.length = kept;
    return kept > 0;
  }

  /** The deadline of the earliest pending timer, if any. */
  nextDeadline(): VirtualSeconds | undefined {
    if (this.drawn.length > 0 && this.dropCancelledDrawn()) return this.drawn[0].deadline;
    return this.timers.peek()?.deadline as VirtualSeconds | undefined;
  }

  /** Advance while the running greenlet holds the hub (an unpatched blocking call). */
  hold(seconds: number, reason: HoldReason): void {
    if (seconds <= 0) return;
    const hub = this.hub;
    hub.trace.emit(EV.HUB_HELD, hub.current.gid, reason, tracedMicros(seconds), hub.site);
    this.advanceTo(quantize(this.now + seconds));
  }

  /** Move to `time`; past the run's limit, stop there and end the run. */
  advanceTo(time: VirtualSeconds): void {
    const limits = this.hub.limits;
    if (time > limits.maxVirtualTime) {
      this.now = limits.maxVirtualTime as VirtualSeconds;
      emitClock(this.hub.trace, this.now);
      throw limits.virtualTimeError();
    }
    this.now = time;
    emitClock(this.hub.trace, time);
  }
}

/**
 * Virtual times are kept to the nanosecond, so ten sleeps of 0.1 end at exactly 1 and a learner
 * never sees 0.9999999999999999.
 */
function quantize(seconds: number): VirtualSeconds {
  return (Math.round(seconds * 1e9) / 1e9) as VirtualSeconds;
}

function tracedMicros(seconds: number): number {
  return Math.min(Math.round((seconds > 0 ? seconds : 0) * 1e6), MAX_TRACED_MICROS);
}
