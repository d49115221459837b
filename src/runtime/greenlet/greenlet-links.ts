import { activeHub } from "../kernel/context";
import type { Greenlet } from "./gevent-greenlet";
import type { Hub } from "../kernel/hub";
import { Linkable, callLink, linkWakes, type Link } from "../sync/linkable";
import { SWITCH_INS } from "../kernel/switch-ins";
import { RawGreenlet, type AnyFn } from "../kernel/raw-greenlet";
import { CANDIDATE, GREENLET_TYPE, SWITCH_MODE, type GreenletType } from "../tracing/trace-kinds";

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
 * A Greenlet's links, notified in registration order from the hub when it finishes, those added
 * while the notification runs included (gevent's `Greenlet._notify_links`): joiners
 * (raw links that switch into the waiting greenlet) and callbacks (each started in a
 * LinkGreenlet of its own, so a generator callback may block without blocking the others).
 * It is the Linkable itself rather than holding one: every joined greenlet has one, and the
 * collector would have one more object per greenlet to trace (bench/README.md).
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
      hub.switchInto(runner, SWITCH_MODE.START, [source]);
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

/**
 * A greenlet's links while it has at most one, with no GreenletLinks (most joined greenlets:
 * one `join`, `get` or `joinall`). The one link sits in the greenlet itself, and its
 * notification runs exactly as a Linkable's would: scheduled from the hub when the greenlet is
 * ready, the link called in a callback of its own, then a step that picks up links added
 * meanwhile. A second link or a callback moves everything, a notification under way included,
 * into a GreenletLinks (`linksOf`), so a greenlet joined once keeps no list for its one link
 * (bench/README.md).
 */
export type LinkOneState = typeof ONE_IDLE | typeof ONE_PENDING | typeof ONE_RUNNING;
export const ONE_IDLE = 0;
/** Its notification is scheduled and has not started. */
const ONE_PENDING = 1;
/** Its link was called; the step after it is scheduled. */
const ONE_RUNNING = 2;

/** The greenlet's GreenletLinks, made now if need be, taking over the single-link state. */
export function linksOf(g: Greenlet): GreenletLinks {
  let links = g._linksOrNull;
  if (links === null) {
    links = g._linksOrNull = new GreenletLinks(g, true, false, true);
    if (g._linkOne !== null) links.push(g._linkOne);
    g._linkOne = null;
    if (g._linkOneState !== ONE_IDLE) links._adopt(g._linkOneState === ONE_RUNNING);
    g._linkOneState = ONE_IDLE;
  }
  return links;
}

/** Add a raw link (gevent's `rawlink`): notified from the hub once the greenlet is ready. */
export function rawlinkGreenlet(g: Greenlet, link: Link<Greenlet>, hub: Hub): void {
  if (g._linksOrNull === null && g._linkOne === null) {
    g._linkOne = link;
    checkOne(g, hub);
  } else {
    linksOf(g).rawlink(link, hub);
  }
}

/** Remove a raw link; true when it was there. */
export function unlinkGreenlet(g: Greenlet, link: Link<Greenlet>): boolean {
  if (g._linksOrNull !== null) return g._linksOrNull.remove(link);
  if (g._linkOne !== link) return false;
  g._linkOne = null;
  return true;
}

/** The greenlet finished: notify its links from the hub. */
export function notifyGreenletLinks(g: Greenlet, hub: Hub): void {
  if (g._linksOrNull !== null) g._linksOrNull.notify();
  else checkOne(g, hub);
}

/** Schedule the single link's notification when ready and none is under way (Linkable.check). */
function checkOne(g: Greenlet, hub: Hub): void {
  if (g._linkOneState !== ONE_IDLE || g._linkOne === null || !g.ready()) return;
  g._linkOneState = ONE_PENDING;
  hub.schedule(startOne, g, hub);
}

/** The notification starts (Linkable._start and _step): call the link, its step scheduled first. */
function startOne(greenlet: unknown, hubArg: unknown): void {
  const g = greenlet as Greenlet;
  const hub = hubArg as Hub;
  if (g._linksOrNull !== null) return g._linksOrNull._startAdopted(hub);
  const link = g._linkOne;
  if (link === null) {
    // Unlinked while pending: a notification of nobody.
    g._linkOneState = ONE_IDLE;
    return;
  }
  g._linkOne = null;
  g._linkOneState = ONE_RUNNING;
  hub.scheduleFirst(stepOne, g, hub);
  callLink(link, g);
}

// The notification's turn is its first waiter's (a joiner): the scheduler lab offers it.
SWITCH_INS.set(startOne, {
  kind: CANDIDATE.NOTIFY,
  runs: (greenlet) => {
    const g = greenlet as Greenlet;
    if (g._linksOrNull !== null) return g._linksOrNull._wakesAdopted();
    return g._linkOne === null ? null : linkWakes(g._linkOne);
  },
  from: (greenlet) => greenlet,
});

/** The step after the link: a link added meanwhile is called in this same notification. */
function stepOne(greenlet: unknown, hubArg: unknown): void {
  const g = greenlet as Greenlet;
  const hub = hubArg as Hub;
  if (g._linksOrNull !== null) return g._linksOrNull._step(hub);
  const link = g._linkOne;
  if (link === null) {
    g._linkOneState = ONE_IDLE;
    return;
  }
  g._linkOne = null;
  hub.scheduleFirst(stepOne, g, hub);
  callLink(link, g);
}
