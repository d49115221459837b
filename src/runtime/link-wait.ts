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
  readonly _role: TraceRole;
}

/**
 * A greenlet waiting on a Linkable (gevent's `AbstractLinkable._wait_core`): its link switches
 * into it, and is taken off the list by the notification itself. A greenlet that finds the
 * object ready while a notification is under way does not return at once: it waits its turn
 * behind the others (`arriveLater`, gevent's `__wait_to_be_notified`), without a timeout.
 */
export abstract class LinkWait<T> extends Waiter<T> {
  protected declare readonly source: LinkSource;
  private declare arriving: boolean;
  private declare link: Link<LinkSource> | null;
  private declare notified: boolean;

  constructor(source: LinkSource, timeout: number | null | undefined, reason: BlockReason) {
    super(timeout, source._role.reason ?? reason);
    this.source = source;
    this.arriving = false;
    this.link = null;
    this.notified = false;
  }

  protected role(): TraceRole {
    return this.source._role;
  }

  /** Block until the notification under way reaches this greenlet (the object is ready). */
  protected arriveLater(): typeof MUST_BLOCK {
    this.arriving = true;
    this.timeout = undefined;
    return MUST_BLOCK;
  }

  protected enlist(hub: Hub): void {
    // Assigned, not declared as a const: a named closure would cost a name definition per wait.
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
