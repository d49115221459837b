import { Deque } from "../py/deque";
import type { Hub } from "../kernel/hub";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import { FUNCTION_LINK_WAKES, SWITCH_INS } from "../kernel/switch-ins";
import { CANDIDATE } from "../tracing/trace-kinds";

/**
 * A link: called from the hub with the object that became ready. Either a function, or an
 * object with `linkReady` (a greenlet's wait operation links itself: no closure per wait).
 */
export type Link<S> = ((source: S) => void) | LinkTarget<S>;

/** An object that is its own link. */
export interface LinkTarget<S> {
  linkReady(source: S): void;
  /** The greenlet `linkReady` would switch into now, if any (the scheduler lab asks). */
  wakes?(): RawGreenlet | null;
}

/** The greenlet notifying `link` would switch into now, when it can tell (the scheduler lab). */
export function linkWakes<S>(link: Link<S>): RawGreenlet | null {
  if (typeof link === "function") return FUNCTION_LINK_WAKES.get(link)?.() ?? null;
  return link.wakes?.() ?? null;
}

/** Notify one link that `source` is ready, whichever kind of link it is. */
export function callLink<S>(link: Link<S>, source: S): void {
  if (typeof link === "function") link(source);
  else link.linkReady(source);
}

/** A notification: none, scheduled, or running. */
type NotifyState = typeof IDLE | typeof PENDING | typeof RUNNING;
const IDLE = 0;
const PENDING = 1;
const RUNNING = 2;

/** Bits of `phase`: which list the running notification walks, and whether its last link went. */
const IN_ARRIVED = 1;
const PHASE_DONE = 2;

/** Bits of `options`. */
const NOTIFY_ALL = 1;
const CANCEL_WHEN_UNLINKED = 2;
const UNTIL_EMPTY = 4;

/**
 * gevent's AbstractLinkable: an ordered list of links notified from one hub callback, in the
 * order they were added. A link may switch into a greenlet (`hub.switchNow`); the notification
 * then continues with the next link once that greenlet gives control back to the hub, exactly as
 * gevent's hub, suspended mid-callback, would.
 *
 * As in gevent 22.10: the last link to notify is fixed when the notification starts running, so
 * links added later wait for the next one (except with `untilEmpty`: gevent's Greenlet, whose
 * `_notify_links` takes links until none is left, those added meanwhile included); a greenlet
 * that finds the object ready while a notification is scheduled or running waits its turn
 * (`arrive`: gevent's `arrived_while_waiting`) and is notified after the others; with
 * `notifyAll` false (semaphores), notification stops as soon as the object is no longer ready,
 * so each woken waiter takes what it needs before the next is considered.
 *
 * The Linkable is itself the deque of its links rather than holding one: every joined greenlet
 * has a Linkable, and one object fewer each is one allocation fewer for the collector and one
 * memory access fewer at every finish (bench/README.md).
 */
export class Linkable<S extends { ready(): boolean }> extends Deque<Link<S>> {
  private arrived: Deque<Link<S>> | null = null;
  private state: NotifyState = IDLE;
  /** Bumped when a pending notification is called off (gevent's `notifier.stop()`). */
  private generation = 0;
  private finalLink: Link<S> | undefined = undefined;
  private phase = 0;
  private readonly options: number;

  /**
   * `source` is what links receive; its `ready()` says whether to notify. With
   * `cancelWhenUnlinked` (gevent's AbstractLinkable, not Greenlet), removing the last link calls
   * off a notification that is scheduled and not yet running. With `untilEmpty` (Greenlet), a
   * running notification also calls the links added while it runs.
   */
  constructor(
    private readonly source: S,
    notifyAll = true,
    cancelWhenUnlinked = false,
    untilEmpty = false,
  ) {
    super();
    this.options =
      (notifyAll ? NOTIFY_ALL : 0) |
      (cancelWhenUnlinked ? CANCEL_WHEN_UNLINKED : 0) |
      (untilEmpty ? UNTIL_EMPTY : 0);
  }

  /** @internal What the links receive: the object notifying. */
  get _source(): S {
    return this.source;
  }

  /** True from the moment a notification is scheduled until it ends (gevent's `_notifier`). */
  get notifying(): boolean {
    return this.state !== IDLE;
  }

  add(link: Link<S>): void {
    this.push(link);
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

  override remove(link: Link<S>): boolean {
    const removed = super.remove(link) || (this.arrived?.remove(link) ?? false);
    if (
      (this.options & CANCEL_WHEN_UNLINKED) !== 0 &&
      this.length === 0 &&
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
    if (this.state !== IDLE || this.length === 0 || !this.source.ready()) return;
    this.state = PENDING;
    hub.schedule(notifyStart, this, hub, this.generation);
  }

  /** @internal The scheduled notification begins: fix the last link to notify. */
  _start(hub: Hub, generation: number): void {
    if (generation !== this.generation || this.state !== PENDING) return;
    this.state = RUNNING;
    this.finalLink = this.last();
    this.phase = 0;
    this._step(hub);
  }

  /**
   * @internal Take over a notification begun elsewhere (a greenlet's single-link path), as if it
   * were this one's: scheduled (`running` false; `_startAdopted` then starts it), or past its last
   * link with the step after it scheduled (`running`; `_step` then finishes it).
   */
  _adopt(running: boolean): void {
    this.state = running ? RUNNING : PENDING;
    this.phase = running && (this.options & UNTIL_EMPTY) === 0 ? PHASE_DONE : 0;
  }

  /**
   * @internal The greenlet the scheduled notification of `generation` would switch into first:
   * its first link's (as `_start` and `_step` would take it), or null. No side effects.
   */
  _wakes(generation: number): RawGreenlet | null {
    if (generation !== this.generation || this.state !== PENDING) return null;
    if ((this.options & NOTIFY_ALL) === 0 && !this.source.ready()) return null;
    const link = this.length > 0 ? this.first() : this.arrived?.first();
    return link === undefined ? null : linkWakes(link);
  }

  /** @internal `_wakes` for a notification taken over while scheduled. */
  _wakesAdopted(): RawGreenlet | null {
    return this._wakes(this.generation);
  }

  /** @internal Start a notification taken over while scheduled. */
  _startAdopted(hub: Hub): void {
    this._start(hub, this.generation);
  }

  /** @internal One link per step, so a switch into a greenlet happens between steps. */
  _step(hub: Hub): void {
    for (;;) {
      const inArrived = (this.phase & IN_ARRIVED) !== 0;
      const list: Deque<Link<S>> | null = inArrived ? this.arrived : this;
      if (
        (this.phase & PHASE_DONE) !== 0 ||
        list === null ||
        list.length === 0 ||
        ((this.options & NOTIFY_ALL) === 0 && !this.source.ready())
      ) {
        if (inArrived || !this.arrived?.length) return this.finish(hub);
        this.phase = IN_ARRIVED;
        this.finalLink = this.arrived.last();
        continue;
      }
      const link = list.shift();
      if (link === this.finalLink && (this.options & UNTIL_EMPTY) === 0) this.phase |= PHASE_DONE;
      hub.scheduleFirst(notifyStep, this, hub);
      callLink(link, this.source);
      return;
    }
  }

  /** The notification is over: late arrivals join the links, and may need one of their own. */
  private finish(hub: Hub): void {
    if (this.arrived?.length) this.takeAll(this.arrived);
    this.state = IDLE;
    this.finalLink = undefined;
    this.check(hub);
  }
}

function notifyStart(linkable: unknown, hub: unknown, generation: unknown): void {
  (linkable as Linkable<{ ready(): boolean }>)._start(hub as Hub, generation as number);
}

// The notification's turn is its first waiter's: the scheduler lab offers it as a ready greenlet.
SWITCH_INS.set(notifyStart, {
  kind: CANDIDATE.NOTIFY,
  runs: (linkable, _hub, generation) =>
    (linkable as Linkable<{ ready(): boolean }>)._wakes(generation as number),
  from: (linkable) => (linkable as Linkable<{ ready(): boolean }>)._source,
});

function notifyStep(linkable: unknown, hub: unknown): void {
  (linkable as Linkable<{ ready(): boolean }>)._step(hub as Hub);
}
