import type { Hub } from "./hub";
import type { Link, Linkable } from "./linkable";
import { MUST_BLOCK } from "./operation";
import type { TraceRole } from "./trace-role";
import type { BlockReason } from "./trace-kinds";
import { Waiter } from "./waiter";

/** What a link wait waits on: an object whose links are notified when it is ready. */
export interface LinkSource {
  ready(): boolean;
  readonly _links: Linkable<LinkSource>;
}

/**
 * A greenlet waiting on a Linkable (gevent's `AbstractLinkable._wait_core`): its link switches
 * into it, and is taken off the list by the notification itself. A greenlet that finds the
 * object ready while a notification is under way does not return at once: it waits its turn
 * behind the others (`arriveLater`, gevent's `__wait_to_be_notified`), without a timeout.
 */
export abstract class LinkWait<T> extends Waiter<T> {
  private arriving = false;
  private link: Link<LinkSource> | null = null;
  private notified = false;

  constructor(
    protected readonly source: LinkSource,
    role: TraceRole,
    reason: BlockReason,
    method: string,
    timeout: number | null | undefined,
  ) {
    super(role, reason, method, timeout);
  }

  /** Block until the notification under way reaches this greenlet (the object is ready). */
  protected arriveLater(): typeof MUST_BLOCK {
    this.arriving = true;
    this.timeout = undefined;
    return MUST_BLOCK;
  }

  protected enlist(hub: Hub): void {
    // Assigned, not declared: a named closure would cost a name definition per wait.
    this.link = (src) => {
      this.notified = true;
      this.switchNow(hub, src);
    };
    if (this.arriving) this.source._links.arrive(this.link);
    else this.source._links.add(this.link);
  }

  protected delist(): void {
    if (this.link !== null && !this.notified) this.source._links.remove(this.link);
    this.link = null;
  }
}
