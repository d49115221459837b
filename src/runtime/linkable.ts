import type { Hub } from "./hub";

/** A link: called from the hub with the object that became ready. */
export type Link<S> = (source: S) => void;

/**
 * gevent's AbstractLinkable: an ordered list of links notified from one hub callback, in the
 * order they were added. A link may switch into a greenlet (`hub.switchNow`); the notification
 * then continues with the next link once that greenlet gives control back to the hub, exactly as
 * gevent's hub, suspended mid-callback, would. Links added during a notification wait for the
 * next one. With `notifyAll` false (semaphores), notification stops as soon as the object is no
 * longer ready, so each woken waiter takes what it needs before the next is considered.
 */
export class Linkable<S extends { ready(): boolean }> {
  private links: Array<Link<S>> = [];
  private scheduled = false;

  /** `source` is what links receive; its `ready()` says whether to notify. */
  constructor(
    private readonly source: S,
    private readonly notifyAll = true,
  ) {}

  get length(): number {
    return this.links.length;
  }

  /** The links, first to last. */
  list(): ReadonlyArray<Link<S>> {
    return this.links;
  }

  add(link: Link<S>): void {
    this.links.push(link);
  }

  remove(link: Link<S>): boolean {
    const i = this.links.indexOf(link);
    if (i < 0) return false;
    this.links.splice(i, 1);
    return true;
  }

  /** Schedule the notification of the current links when ready (gevent's `_check_and_notify`). */
  check(hub: Hub): void {
    if (this.scheduled || this.links.length === 0 || !this.source.ready()) return;
    this.scheduled = true;
    hub.schedule(notifyStep, this, hub, this.links[this.links.length - 1]);
  }

  /** @internal One link per step, so a switch into a greenlet happens between steps. */
  _step(hub: Hub, finalLink: Link<S>): void {
    if (this.links.length === 0 || (!this.notifyAll && !this.source.ready())) {
      this.scheduled = false;
      return;
    }
    const link = this.links.shift() as Link<S>;
    if (link !== finalLink && this.links.length > 0) {
      hub.scheduleFirst(notifyStep, this, hub, finalLink);
      link(this.source);
      return;
    }
    this.scheduled = false;
    link(this.source);
    // Links added while notifying get a notification of their own, as in gevent.
    this.check(hub);
  }
}

function notifyStep(linkable: unknown, hub: unknown, finalLink: unknown): void {
  (linkable as Linkable<{ ready(): boolean }>)._step(hub as Hub, finalLink as Link<unknown>);
}
