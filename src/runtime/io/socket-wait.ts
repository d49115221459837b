import { WakeFailure } from "./blocking";
import { activeHub } from "../kernel/context";
import type { Hub } from "../kernel/hub";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import type { Timer } from "../kernel/timer-heap";

/** A greenlet waiting in a patched socket call; `readyAt` is when the call can complete. */
export interface SocketWaiter {
  readonly g: RawGreenlet;
  readonly token: number;
  readonly owner: object;
  readyAt(): number | undefined;
}

/**
 * The one greenlet that may wait on a socket at a time (gevent's watcher: a second greenlet
 * waiting on the same socket is an error). `check` runs whenever something arrives or is put on
 * its way: it wakes the waiter if its call can complete now, or sets a timer for the moment it
 * can (bytes in flight arrive at a known virtual time). The waiter stays in the slot until its
 * call resumes, so nobody else can take what it was woken for.
 */
export class WaitSlot {
  private waiter: SocketWaiter | null = null;
  private woken = false;
  private timer: Timer | null = null;

  constructor(private readonly objectId: number) {}

  /** True while a greenlet waits here (or was woken and has not run yet). */
  get busy(): boolean {
    return this.waiter !== null;
  }

  enter(hub: Hub, waiter: SocketWaiter): void {
    this.waiter = waiter;
    this.woken = false;
    this.check(hub);
  }

  /** The call of `owner` stopped waiting (resumed, killed, timed out). Idempotent. */
  leave(owner: object): void {
    if (this.waiter?.owner !== owner) return;
    this.waiter = null;
    this.cancelTimer(activeHub());
  }

  /** Something changed: wake the waiter if its call can complete now, or arrange to. */
  check(hub: Hub): void {
    const w = this.waiter;
    if (w === null || this.woken) return;
    const at = w.readyAt();
    if (at === undefined) return this.cancelTimer(hub);
    if (at <= hub.clock.now) return this.wake(hub, w, undefined);
    if (this.timer !== null && this.timer.pending && this.timer.deadline <= at) return;
    this.cancelTimer(hub);
    this.timer = hub.clock.timer(at - hub.clock.now, checkLater, this, hub);
  }

  /** Make the waiting call fail (its socket was closed by another greenlet). */
  fail(hub: Hub, makeError: () => Error): void {
    const w = this.waiter;
    if (w !== null && !this.woken) this.wake(hub, w, new WakeFailure(makeError));
  }

  private wake(hub: Hub, w: SocketWaiter, value: unknown): void {
    this.woken = true;
    this.cancelTimer(hub);
    // From a hub callback (a timer), switch straight in, as gevent's io watcher does; from a
    // running greenlet, queue the wake-up for when it yields.
    if (hub.current === hub.hubGreenlet) hub.switchNow(w.g, value, w.token);
    else hub.wake(w.g, value, this.objectId);
  }

  private cancelTimer(hub: Hub): void {
    if (this.timer !== null) hub.clock.cancel(this.timer);
    this.timer = null;
  }
}

function checkLater(slot: unknown, hub: unknown): void {
  (slot as WaitSlot).check(hub as Hub);
}
