import { activeHub } from "../kernel/context";
import type { Hub } from "../kernel/hub";
import type { Linkable, LinkTarget } from "./linkable";
import { MUST_BLOCK } from "../kernel/operation";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import type { TraceRole } from "./trace-role";
import type { BlockReason } from "../tracing/trace-kinds";
import { Waiter } from "./waiter";

/** What a link wait waits on: an object whose links are notified when it is ready. */
export interface LinkSource {
  ready(): boolean;
  readonly _links: Linkable<LinkSource>;
  readonly _role: TraceRole;
}

/** Returned by `LinkWaitKind.now`: wait behind the notification already under way. */
export const ARRIVE_LATER: unique symbol = Symbol("arrive-later");

/**
 * What one kind of link wait does (Event.wait, Semaphore.acquire, ...): its result when it need
 * not wait, when woken, and when the timeout expires. `arg` is the operation's own datum
 * (`blocking` for acquire). One constant object per kind, so an operation costs one object.
 */
export interface LinkWaitKind<T> {
  readonly reason: BlockReason;
  readonly method: string;
  now(source: LinkSource, arg: unknown, hub: Hub): T | typeof MUST_BLOCK | typeof ARRIVE_LATER;
  woken(source: LinkSource, arg: unknown): T;
  timedOut(source: LinkSource, arg: unknown): T;
}

/**
 * A greenlet waiting on a Linkable (gevent's `AbstractLinkable._wait_core`): its link switches
 * into it, and is taken off the list by the notification itself. A greenlet that finds the
 * object ready while a notification is under way does not return at once: it waits its turn
 * behind the others (ARRIVE_LATER, gevent's `__wait_to_be_notified`), without a timeout.
 *
 * One concrete class, its behaviour in `kind`: V8 (Node 20) kept abandoning the optimisation of
 * constructors one subclass deeper (bench/README.md).
 */
export class LinkWait<T> extends Waiter<T> implements LinkTarget<LinkSource> {
  declare private readonly source: LinkSource;
  declare private readonly kind: LinkWaitKind<T>;
  declare private readonly arg: unknown;
  /** ARRIVING before `enlist` for a late arrival; then LINKED (the wait is its own link) until notified. */
  declare private linked: LinkState;

  constructor(
    source: LinkSource,
    kind: LinkWaitKind<T>,
    arg: unknown,
    timeout: number | null | undefined,
  ) {
    super(timeout);
    this.source = source;
    this.kind = kind;
    this.arg = arg;
    this.linked = UNLINKED;
    // Unlike a put or a get, a link wait usually does wait: its fields exist from the start,
    // so the object keeps one shape instead of growing in `perform`.
    this.initWait();
  }

  protected override tryNow(hub: Hub): T | typeof MUST_BLOCK {
    const now = this.kind.now(this.source, this.arg, hub);
    if (now !== ARRIVE_LATER) return now;
    this.linked = ARRIVING;
    this.timeout = undefined;
    return MUST_BLOCK;
  }

  protected role(): TraceRole {
    return this.source._role;
  }

  protected method(): string {
    return this.kind.method;
  }

  protected defaultReason(): BlockReason {
    return this.kind.reason;
  }

  protected enlist(): void {
    const arriving = this.linked === ARRIVING;
    this.linked = LINKED;
    if (arriving) this.source._links.arrive(this);
    else this.source._links.add(this);
  }

  /** @internal The notification reached this wait: it has left the links already. */
  linkReady(source: LinkSource): void {
    this.linked = UNLINKED;
    this.switchNow(activeHub(), source);
  }

  /** The greenlet `linkReady` would switch into: the waiter, while it still waits here. */
  wakes(): RawGreenlet | null {
    return this.isWaiting() ? this.g : null;
  }

  protected delist(): void {
    if (this.linked === LINKED) this.source._links.remove(this);
    this.linked = UNLINKED;
  }

  protected woken(): T {
    return this.kind.woken(this.source, this.arg);
  }

  protected timedOut(): T {
    return this.kind.timedOut(this.source, this.arg);
  }
}

type LinkState = typeof UNLINKED | typeof ARRIVING | typeof LINKED;
const UNLINKED = 0;
/** A waiter that arrived during a notification, until it is enlisted. */
const ARRIVING = 1;
const LINKED = 2;
