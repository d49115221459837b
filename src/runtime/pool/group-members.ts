import { EventCore } from "../sync/event";
import { Greenlet, type KillOptions } from "../greenlet/gevent-greenlet";
import type { Hub } from "../kernel/hub";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import { Timeout } from "../sync/timeout";
import {
  ItemTexts,
  partOf,
  traceCountedItem,
  traceState,
  type TraceRole,
} from "../sync/trace-role";
import { BLOCK } from "../tracing/trace-kinds";
import { joinall } from "../greenlet/wait";

/**
 * A Group's members and their trace: each member is recorded (ITEM_IN / ITEM_OUT with its text,
 * OBJ_STATE with the count), and an "empty" event is set whenever none is left (gevent's
 * `_empty_event`, which `join` waits on).
 */
export class GroupMembers {
  /** Members, each with the trace text it was recorded with. */
  private readonly members = new Map<RawGreenlet, number>();
  private readonly texts: ItemTexts;
  /** Members already sent a kill (gevent's `dying`). */
  readonly dying = new Set<RawGreenlet>();
  readonly emptied: EventCore;

  constructor(
    private readonly hub: Hub,
    private readonly role: TraceRole,
  ) {
    this.texts = new ItemTexts(role);
    this.emptied = new EventCore(partOf(role.object, BLOCK.WAIT_ANY, "join"));
    this.emptied.set();
    traceState(hub, role, 0);
  }

  get size(): number {
    return this.members.size;
  }

  has(g: RawGreenlet): boolean {
    return this.members.has(g);
  }

  keys(): IterableIterator<RawGreenlet> {
    return this.members.keys();
  }

  /** The members that are gevent Greenlets (those `joinall` and `kill` can act on). */
  greenlets(): Greenlet[] {
    return [...this.members.keys()].filter((g): g is Greenlet => g instanceof Greenlet);
  }

  add(g: RawGreenlet): void {
    this.emptied.clear();
    if (this.members.has(g)) return;
    const hub = this.hub;
    const text = this.texts.of(hub, g);
    this.members.set(g, text);
    traceCountedItem(hub, this.role, true, text, hub.current.gid);
  }

  remove(g: RawGreenlet): void {
    const text = this.members.get(g);
    this.members.delete(g);
    this.dying.delete(g);
    if (this.members.size === 0) this.emptied.set();
    if (text === undefined) return;
    const hub = this.hub;
    traceCountedItem(hub, this.role, false, text, hub.current.gid);
  }

  /** gevent's `Group.kill`: kill each member once, then (with `block`) wait until none is left. */
  *killAll(options: KillOptions): Generator<unknown, void, unknown> {
    const timeout = options.timeout;
    const timer = timeout === undefined || timeout === null ? null : new Timeout(timeout).start();
    try {
      while (this.members.size > 0) {
        for (const g of [...this.members.keys()]) {
          if (this.dying.has(g)) continue;
          if (g instanceof Greenlet) yield* g.kill({ exception: options.exception, block: false });
          this.dying.add(g);
        }
        if (options.block === false) break;
        yield* joinall(this.greenlets());
      }
    } catch (e) {
      if (e !== timer) throw e;
    } finally {
      timer?.cancel();
    }
  }
}
