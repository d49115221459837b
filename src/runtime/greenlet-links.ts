import { activeHub } from "./context";
import type { Greenlet } from "./gevent-greenlet";
import { Linkable, type Link } from "./linkable";
import { RawGreenlet, type AnyFn } from "./raw-greenlet";
import { GREENLET_TYPE, type GreenletType } from "./trace-kinds";

type Filter = "any" | "value" | "exception";

/** The greenlet gevent's SpawnedLink runs a link callback in: a raw greenlet, parent the hub. */
export class LinkGreenlet extends RawGreenlet {
  override traceType(): GreenletType {
    return GREENLET_TYPE.LINK;
  }
  override toString(): string {
    return `<link ${this._describeFn()}>`;
  }
}

/**
 * A Greenlet's links, notified in registration order from the hub when it finishes: joiners
 * (raw links that switch into the waiting greenlet) and callbacks (each started in a
 * LinkGreenlet of its own, so a generator callback may block without blocking the others).
 * It is the Linkable itself rather than holding one: every joined greenlet has one, and a
 * hundred thousand of them made the extra object a measurable share of the collector's work.
 */
export class GreenletLinks extends Linkable<Greenlet> {
  /** Callback -> its wrapper, for unlink; made on the first callback only. */
  private wrappers: Map<unknown, Link<Greenlet>> | null = null;

  addCallback(callback: (g: unknown) => unknown, filter: Filter): void {
    const wrapper: Link<Greenlet> = (source) => {
      if (filter === "value" && !source.successful()) return;
      if (filter === "exception" && source.successful()) return;
      const hub = activeHub();
      const runner = new LinkGreenlet(callback as AnyFn, hub.hubGreenlet);
      hub.startNow(runner, [source]);
    };
    (this.wrappers ??= new Map()).set(callback, wrapper);
    this.rawlink(wrapper, activeHub());
  }

  removeCallback(callback: (g: unknown) => unknown): void {
    const wrapper = this.wrappers?.get(callback);
    if (wrapper) {
      this.wrappers?.delete(callback);
      this.remove(wrapper);
    } else {
      this.remove(callback as Link<Greenlet>);
    }
  }

  /** The greenlet finished: notify the links from the hub. */
  notify(): void {
    this.check(activeHub());
  }
}
