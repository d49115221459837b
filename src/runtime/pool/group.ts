import type { ObjectId } from "../kernel/ids";
import { activeHub } from "../kernel/context";
import { Greenlet, type KillOptions } from "../greenlet/gevent-greenlet";
import { GroupMapping } from "./group-mapping";
import { GroupMembers } from "./group-members";
import type { Hub } from "../kernel/hub";
import type { RawGreenlet, AnyFn } from "../kernel/raw-greenlet";
import type { ResultOf } from "../greenlet/spawn";
import { kindName, roleOf, type TraceRole } from "../sync/trace-role";
import { OBJ, type ObjectType } from "../tracing/trace-kinds";

/**
 * A set of running greenlets (gevent's Group): each leaves it when it finishes. `join` waits
 * until it is empty, `kill` kills them all, and `map` / `imap` run a function over items in
 * parallel. It does not limit how many run: see Pool.
 * — 一组正在运行的 greenlet：每个结束时自动离开。`join` 等待组变空，`kill` 结束全部，`map` / `imap`
 * 并行地对各项运行函数。它不限制数量：见 Pool。
 */
export class Group extends GroupMapping implements Iterable<RawGreenlet> {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "Group";
  }

  /** @internal */ static readonly _traceType: ObjectType = OBJ.GROUP;
  /** @internal The trace id. */ readonly _traceId: ObjectId;
  /** @internal The name LoopExit messages use. */ _traceName: string;
  /** @internal */ readonly _role: TraceRole;
  /** @internal */ readonly _hub: Hub;
  private readonly members: GroupMembers;
  /** One link for every member, so that `discard` can unlink it. */
  private readonly discardLink = (g: unknown): void => this._discard(g as RawGreenlet);

  constructor() {
    super();
    const type = (new.target as unknown as { _traceType: ObjectType })._traceType;
    this._hub = activeHub();
    this._traceId = this._hub.objectCreated(type);
    this._traceName = kindName(type);
    this._role = roleOf(this, null);
    this.members = new GroupMembers(this._hub, this._role);
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
    if (!this._tryAdmit(g)) yield* this.add(g);
    g.start();
  }

  /**
   * Create a greenlet running `fn(...args)`, track it and start it (a Pool waits for room first).
   * — 创建运行 `fn(...args)` 的 greenlet，跟踪并启动它（Pool 会先等待空位）。
   */
  *spawn<F extends AnyFn>(
    fn: F,
    ...args: Parameters<F>
  ): Generator<unknown, Greenlet<ResultOf<F>>, unknown> {
    const g = new Greenlet<ResultOf<F>>(fn, ...(args as unknown[]));
    if (!this._tryAdmit(g)) yield* this.add(g);
    g.start();
    return g;
  }

  /**
   * @internal Track `g` at once if that needs no wait (always, for a Group): the common case
   * of `spawn` and `start`, without the generator of `add`.
   */
  _tryAdmit(g: RawGreenlet): boolean {
    this._track(g);
    return true;
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
  *join(
    options: { timeout?: number | null; raiseError?: boolean } = {},
  ): Generator<unknown, boolean, unknown> {
    const watched = options.raiseError ? [...this.members.keys()] : [];
    const result = yield* this.members.emptied.wait(options.timeout);
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
    yield* this.members.killAll(options);
  }

  /** @internal Begin tracking (gevent's `Group.add`). */
  _track(g: RawGreenlet): void {
    if (g instanceof Greenlet) g.rawlink(this.discardLink);
    this.members.add(g);
  }

  /** @internal A member finished or was discarded. */
  _discard(g: RawGreenlet): void {
    this.members.remove(g);
  }

  override toString(): string {
    return `<${(this.constructor as { name: string }).name} length=${this.members.size}>`;
  }
}
