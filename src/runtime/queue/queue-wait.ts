import type { Hub } from "../kernel/hub";
import { MUST_BLOCK } from "../kernel/operation";
import { Empty, Full } from "./queue-errors";
import type { QueueCore } from "./queue-core";
import type { TraceRole } from "../sync/trace-role";
import { BLOCK, type BlockReason } from "../tracing/trace-kinds";
import { Waiter } from "../sync/waiter";

/**
 * A greenlet in `put` (gevent's ItemWaiter): when the queue has no room it waits in the queue's
 * putters with its item; the queue's unlock callback puts the item and switches to it.
 */
export class PutWait<T> extends Waiter<void> {
  /** @internal Taken off the putters (by the unlock callback, or at the end of the wait). */
  declare taken: boolean;
  declare readonly item: T;
  declare private readonly queue: QueueCore<T>;
  declare private readonly block: boolean;

  constructor(queue: QueueCore<T>, item: T, block: boolean, timeout: number | null | undefined) {
    super(timeout);
    this.taken = false;
    this.item = item;
    this.queue = queue;
    this.block = block;
  }

  protected override tryNow(hub: Hub): void | typeof MUST_BLOCK {
    const q = this.queue;
    if (q._hasRoom()) {
      q._putItem(hub, this.item, hub.current.gid);
      if (q._getters.length > 0) q._scheduleUnlock(hub);
      return;
    }
    if (!this.block) throw new Full();
    return MUST_BLOCK;
  }

  protected role(): TraceRole {
    return this.queue._role;
  }

  protected method(): string {
    return "put";
  }

  protected defaultReason(): BlockReason {
    return BLOCK.QUEUE_PUT;
  }

  protected enlist(hub: Hub): void {
    this.queue._putters.push(this);
    if (this.queue._getters.length > 0) this.queue._scheduleUnlock(hub);
  }

  protected delist(): void {
    if (!this.taken) this.queue._putters.remove(this);
    this.taken = true;
  }

  protected woken(): void {}

  protected timedOut(): void {
    throw new Full();
  }
}

/**
 * A greenlet in `get`: when the queue is empty it waits in the queue's getters; the unlock
 * callback switches to it once there is an item, which it takes as it resumes.
 */
export class GetWait<T> extends Waiter<T> {
  /** @internal Taken off the getters (by the unlock callback, or at the end of the wait). */
  declare taken: boolean;
  declare private readonly queue: QueueCore<T>;
  declare private readonly block: boolean;

  constructor(queue: QueueCore<T>, block: boolean, timeout: number | null | undefined) {
    super(timeout);
    this.taken = false;
    this.queue = queue;
    this.block = block;
  }

  protected override tryNow(hub: Hub): T | typeof MUST_BLOCK {
    const q = this.queue;
    if (q.qsize() > 0) {
      if (q._putters.length > 0) q._scheduleUnlock(hub);
      return q._takeItem(hub);
    }
    if (!this.block) throw new Empty();
    return MUST_BLOCK;
  }

  protected role(): TraceRole {
    return this.queue._role;
  }

  protected method(): string {
    return "get";
  }

  protected defaultReason(): BlockReason {
    return BLOCK.QUEUE_GET;
  }

  protected enlist(hub: Hub): void {
    this.queue._getters.push(this);
    if (this.queue._putters.length > 0) this.queue._scheduleUnlock(hub);
  }

  protected delist(): void {
    if (!this.taken) this.queue._getters.remove(this);
    this.taken = true;
  }

  /** Switched to by the unlock callback, which saw an item: take it before anyone else runs. */
  protected woken(): T {
    return this.queue._takeItem(this.queue._hub);
  }

  protected timedOut(): T {
    throw new Empty();
  }
}
