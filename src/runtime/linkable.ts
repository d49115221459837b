import { Deque } from "./deque";
import type { Hub } from "./hub";

/** A link: called from the hub with the object that became ready. */
export type Link<S> = (source: S) => void;

const IDLE = 0;
const PENDING = 1;
const RUNNING = 2;

/**
 * gevent's AbstractLinkable: an ordered list of links notified from one hub callback, in the
 * order they were added. A link may switch into a greenlet (`hub.switchNow`); the notification
 * then continues with the next link once that greenlet gives control back to the hub, exactly as
 * gevent's hub, suspended mid-callback, would.
 *
 * As in gevent 22.10: the last link to notify is fixed when the notification starts running, so
 * links added later wait for the next one; a greenlet that finds the object ready while a
 * notification is scheduled or running waits its turn (`arrive`: gevent's
 * `arrived_while_waiting`) and is notified after the others; with `notifyAll` false
 * (semaphores), notification stops as soon as the object is no longer ready, so each woken
 * waiter takes what it needs before the next is considered.
 */
export class Linkable<S extends { ready(): boolean }> {
  private readonly links = new Deque<Link<S>>();
  private arrived: Deque<Link<S>> | null = null;
  private state = IDLE;
  /** Bumped when a pending notification is called off (gevent's `notifier.stop()`). */
  private generation = 0;
  private finalLink: Link<S> | undefined = undefined;
  private inArrived = false;
  private phaseDone = false;

  /**
   * `source` is what links receive; its `ready()` says whether to notify. With
   * `cancelWhenUnlinked` (gevent's AbstractLinkable, not Greenlet), removing the last link calls
   * off a notification that is scheduled and not yet running.
   */
  constructor(
    private readonly source: S,
    private readonly notifyAll = true,
    private readonly cancelWhenUnlinked = false,
  ) {}

  get length(): number {
    return this.links.length;
  }

  /** The links, first to last. */
  list(): ReadonlyArray<Link<S>> {
    return this.links.toArray();
  }

  /** True from the moment a notification is scheduled until it ends (gevent's `_notifier`). */
  get notifying(): boolean {
    return this.state !== IDLE;
  }

  add(link: Link<S>): void {
    this.links.push(link);
  }

  /** Add `link` and, when the object is ready already, schedule the notification (gevent's `rawlink`). */
  rawlink(link: Link<S>, hub: Hub): void {
    this.add(link);
    this.check(hub);
  }

  /** A waiter that found the object ready while `notifying`: it is notified after the others. */
  arrive(link: Link<S>): void {
    (this.arrived ??= new Deque()).push(link);
  }

  remove(link: Link<S>): boolean {
    const removed = this.links.remove(link) || (this.arrived?.remove(link) ?? false);
    if (
      this.cancelWhenUnlinked &&
      this.links.length === 0 &&
      this.state === PENDING &&
      !this.arrived?.length
    ) {
      // Nobody left to notify: call off the scheduled notification, as gevent's unlink does.
      this.generation++;
      this.state = IDLE;
    }
    return removed;
  }

  /** Schedule the notification of the current links when ready (gevent's `_check_and_notify`). */
  check(hub: Hub): void {
    if (this.state !== IDLE || this.links.length === 0 || !this.source.ready()) return;
    this.state = PENDING;
    hub.schedule(notifyStart, this, hub, this.generation);
  }

  /** @internal The scheduled notification begins: fix the last link to notify. */
  _start(hub: Hub, generation: number): void {
    if (generation !== this.generation || this.state !== PENDING) return;
    this.state = RUNNING;
    this.finalLink = this.links.last();
    this.inArrived = false;
    this.phaseDone = false;
    this._step(hub);
  }

  /** @internal One link per step, so a switch into a greenlet happens between steps. */
  _step(hub: Hub): void {
    for (;;) {
      const list = this.inArrived ? this.arrived : this.links;
      if (
        this.phaseDone ||
        list === null ||
        list.length === 0 ||
        (!this.notifyAll && !this.source.ready())
      ) {
        if (this.inArrived || !this.arrived?.length) return this.finish(hub);
        this.inArrived = true;
        this.phaseDone = false;
        this.finalLink = this.arrived.last();
        continue;
      }
      const link = list.shift();
      if (link === this.finalLink) this.phaseDone = true;
      hub.scheduleFirst(notifyStep, this, hub);
      link(this.source);
      return;
    }
  }

  /** The notification is over: late arrivals join the links, and may need one of their own. */
  private finish(hub: Hub): void {
    if (this.arrived?.length) this.links.takeAll(this.arrived);
    this.state = IDLE;
    this.finalLink = undefined;
    this.check(hub);
  }
}

function notifyStart(linkable: unknown, hub: unknown, generation: unknown): void {
  (linkable as Linkable<{ ready(): boolean }>)._start(hub as Hub, generation as number);
}

function notifyStep(linkable: unknown, hub: unknown): void {
  (linkable as Linkable<{ ready(): boolean }>)._step(hub as Hub);
}
