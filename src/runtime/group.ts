import { activeHub } from "./context";
import { EventCore } from "./event";
import { fixClassName } from "./errors";
import { Greenlet, type KillOptions } from "./gevent-greenlet";
import { GroupMapping } from "./group-mapping";
import type { Hub } from "./hub";
import type { RawGreenlet, AnyFn } from "./raw-greenlet";
import type { ResultOf } from "./spawn";
import { Timeout } from "./timeout";
import { ItemTexts, kindName, partOf, roleOf, traceItem, traceState, type TraceRole } from "./trace-role";
import { BLOCK, EV, OBJ, type ObjectType } from "./trace-kinds";
import { joinall } from "./wait";

/**
 * A set of running greenlets (gevent's Group): each leaves it when it finishes. `join` waits
 * until it is empty, `kill` kills them all, and `map` / `imap` run a function over items in
 * parallel. It does not limit how many run: see Pool.
 * — 一组正在运行的 greenlet：每个结束时自动离开。`join` 等待组变空，`kill` 结束全部，`map` / `imap`
 * 并行地对各项运行函数。它不限制数量：见 Pool。
 */
export class Group extends GroupMapping implements Iterable<RawGreenlet> {
  /** @internal */ static readonly _traceType: ObjectType = OBJ.GROUP;
  readonly _traceId: number;
  _traceName: string;
  /** @internal */ readonly _role: TraceRole;
  /** @internal */ readonly _hub: Hub;
  /** Members, each with the trace text it was recorded with. */
  private readonly members = new Map<RawGreenlet, number>();
  private readonly texts: ItemTexts;
  private readonly dying = new Set<RawGreenlet>();
  /** Set whenever the group is empty (gevent's `_empty_event`). */
  private readonly emptied: EventCore;
  /** One link for every member, so that `discard` can unlink it. */
  private readonly discardLink = (g: unknown): void => this._discard(g as RawGreenlet);

  constructor() {
    super();
    const type = (new.target as unknown as { _traceType: ObjectType })._traceType;
    this._hub = activeHub();
    this._traceId = this._hub.objectCreated(type);
    this._traceName = kindName(type);
    this._role = roleOf(this, null);
    this.texts = new ItemTexts(this._role);
    this.emptied = new EventCore(partOf(this, BLOCK.WAIT_ANY, "join"));
    this.emptied.set();
    traceState(this._hub, this._role, 0);
  }

  /** How many greenlets it tracks (Python's `len(group)`). — 跟踪的 greenlet 数量（Python 的 `len(group)`）。 */
  get length(): number {
    return this.members.size;
  }

  /** True when `g` is tracked. — `g` 被跟踪时为 true。 */
  has(g: RawGreenlet): boolean {
    return this.members.has(g);
  }

  /** The tracked greenlets. — 被跟踪的 greenlet。 */
  [Symbol.iterator](): Iterator<RawGreenlet> {
    return this.members.keys();
  }

  /** A Group is never full. — Group 永远不满。 */
  full(): boolean {
    return false;
  }

  /**
   * Start tracking `g` (it leaves the group when it finishes).
   * — 开始跟踪 `g`（它结束时离开组）。
   */
  *add(g: RawGreenlet): Generator<unknown, void, unknown> {
    this._track(g);
  }

  /**
   * Track the unstarted `g`, then start it.
   * — 跟踪尚未启动的 `g`，然后启动它。
   */
  *start(g: Greenlet): Generator<unknown, void, unknown> {
    yield* this.add(g);
    g.start();
  }

  *spawn<F extends AnyFn>(fn: F, ...args: Parameters<F>): Generator<unknown, Greenlet<ResultOf<F>>, unknown> {
    const g = new Greenlet<ResultOf<F>>(fn, ...(args as unknown[]));
    yield* this.start(g);
    return g;
  }

  /** Stop tracking `g`. — 停止跟踪 `g`。 */
  discard(g: RawGreenlet): void {
    this._discard(g);
    if (g instanceof Greenlet) g.unlink(this.discardLink);
  }

  /**
   * Wait until the group is empty, at most `timeout` seconds (true unless the timeout expired).
   * With `raiseError`, then throw the exception of a member that failed.
   * — 等待组变空，最多 `timeout` 秒（除非超时都返回 true）。`raiseError` 时随后抛出失败成员的异常。
   */
  *join(options: { timeout?: number | null; raiseError?: boolean } = {}): Generator<unknown, boolean, unknown> {
    const watched = options.raiseError ? [...this.members.keys()] : [];
    const result = yield* this.emptied.wait(options.timeout);
    for (const g of watched) {
      if (g instanceof Greenlet && g.exception !== undefined) throw g.exception;
    }
    return result;
  }

  /**
   * Kill every member (GreenletExit by default); with `block` (default) wait until they are gone.
   * — 结束所有成员（默认 GreenletExit）；`block`（默认）时等它们全部离开。
   */
  *kill(options: KillOptions = {}): Generator<unknown, void, unknown> {
    const timer = options.timeout === undefined || options.timeout === null ? null : new Timeout(options.timeout).start();
    try {
      while (this.members.size > 0) {
        for (const g of [...this.members.keys()]) {
          if (this.dying.has(g)) continue;
          if (g instanceof Greenlet) yield* g.kill({ exception: options.exception, block: false });
          this.dying.add(g);
        }
        if (options.block === false) break;
        yield* joinall([...this.members.keys()].filter((g): g is Greenlet => g instanceof Greenlet));
      }
    } catch (e) {
      if (e !== timer) throw e;
    } finally {
      timer?.cancel();
    }
  }

  /** @internal Begin tracking (gevent's `Group.add`). */
  _track(g: RawGreenlet): void {
    const hub = this._hub;
    if (g instanceof Greenlet) g.rawlink(this.discardLink);
    this.emptied.clear();
    if (this.members.has(g)) return;
    const text = this.texts.of(hub, g);
    this.members.set(g, text);
    traceItem(hub, this._role, EV.ITEM_IN, text, hub.current.gid);
    traceState(hub, this._role, this.members.size);
  }

  /** @internal A member finished or was discarded. */
  _discard(g: RawGreenlet): void {
    const hub = this._hub;
    const text = this.members.get(g);
    this.members.delete(g);
    this.dying.delete(g);
    if (this.members.size === 0) this.emptied.set();
    if (text === undefined) return;
    traceItem(hub, this._role, EV.ITEM_OUT, text, hub.current.gid);
    traceState(hub, this._role, this.members.size);
  }

  override toString(): string {
    return `<${(this.constructor as { name: string }).name} length=${this.members.size}>`;
  }
}
fixClassName(Group, "Group");
