import { activeHub } from "../kernel/context";
import type { Greenlet } from "./gevent-greenlet";
import { killNow } from "./greenlet-ops";
import type { Hub } from "../kernel/hub";
import { MUST_BLOCK, Suspend, reasonOf, type Operation } from "../kernel/operation";
import { STATE_NEW, type RawGreenlet } from "../kernel/raw-greenlet";
import { Stream } from "../kernel/stream";
import { FUNCTION_LINK_WAKES, stillWaiting } from "../kernel/switch-ins";
import type { Timer } from "../kernel/timer-heap";
import { BLOCK, type BlockReason } from "../tracing/trace-kinds";
import type { Waitable } from "./waitable";
import { Timeout } from "../sync/timeout";
import { TIMED_OUT } from "../sync/waiter";

/** Options of wait / iwait / joinall. */
export interface WaitOptions {
  /** Give up after this many seconds. — 最多等待的秒数。 */
  timeout?: number;
  /** Stop after this many objects are ready. — 就绪这么多个后停止。 */
  count?: number;
}

/**
 * gevent's `_WaitIterator` with its MultipleWaiter: link every object; an object that becomes
 * ready while the iterating greenlet waits is switched to it at once, otherwise it is kept for
 * the next `next()`.
 */
class WaitStream<T> extends Stream<T> {
  private readonly arrived: unknown[] = [];
  private waiter: RawGreenlet | null = null;
  private token = 0;
  private begun = false;
  private done = false;
  private timer: Timer | null = null;
  private remaining: number;
  private readonly onReady = (source: unknown): void => {
    const hub = activeHub();
    if (this.waiter !== null && hub.switchNow(this.waiter, source, this.token)) this.waiter = null;
    else this.arrived.push(source);
  };

  constructor(
    private readonly objects: Waitable[],
    private readonly options: WaitOptions,
  ) {
    super();
    this.remaining = Math.min(options.count ?? objects.length, objects.length);
    // The scheduler lab asks a notification which greenlet its link would switch into; only a
    // run under a policy asks, so only such a run pays for telling it.
    if (activeHub().policy !== null) {
      FUNCTION_LINK_WAKES.set(this.onReady, () => stillWaiting(this.waiter, this.token));
    }
  }

  next(): Operation<IteratorResult<T, undefined>> {
    return new NextArrivalOp(this);
  }

  /** @internal The next result without waiting, or MUST_BLOCK when nothing has arrived yet. */
  _take(): IteratorResult<T, undefined> | typeof MUST_BLOCK {
    this.begin();
    if (this.done || this.remaining <= 0) return this.finish();
    if (this.arrived.length === 0) return MUST_BLOCK;
    return this._arrival(this.arrived.shift());
  }

  /** @internal The result for an arrival (or the timeout's TIMED_OUT). */
  _arrival(item: unknown): IteratorResult<T, undefined> {
    if (item === TIMED_OUT) return this.finish();
    this.remaining--;
    return { done: false, value: item as T };
  }

  /** @internal The iterating greenlet waits for the next arrival. */
  _waitFor(g: RawGreenlet): void {
    this.waiter = g;
    this.token = g._token;
  }

  /** @internal */
  _stopWaiting(): void {
    this.waiter = null;
  }

  describeObjects(): string {
    return `${this.objects.length} object${this.objects.length === 1 ? "" : "s"}`;
  }

  private begin(): void {
    if (this.begun) return;
    this.begun = true;
    for (const obj of this.objects) obj.rawlink(this.onReady);
    if (this.options.timeout !== undefined) {
      this.timer = activeHub().clock.timer(this.options.timeout, timeUp, this.onReady);
    }
  }

  private finish(): IteratorResult<T, undefined> {
    if (!this.done) {
      this.done = true;
      for (const obj of this.objects) obj.unlink(this.onReady);
      if (this.timer !== null) activeHub().clock.cancel(this.timer);
    }
    return { done: true, value: undefined };
  }
}

function timeUp(onReady: unknown): void {
  (onReady as (s: unknown) => void)(TIMED_OUT);
}

/**
 * One `next()` of a WaitStream: an arrival kept from before, or a wait for the next one. One
 * object per arrival, no generator: joining a hundred thousand greenlets takes as many.
 */
class NextArrivalOp<T> extends Suspend<IteratorResult<T, undefined>> {
  declare readonly reason: BlockReason;
  constructor(private readonly stream: WaitStream<T>) {
    super();
  }
  protected tryNow(): IteratorResult<T, undefined> | typeof MUST_BLOCK {
    return this.stream._take();
  }
  perform(_hub: Hub, g: RawGreenlet): void {
    this.stream._waitFor(g);
  }
  protected override teardown(): void {
    this.stream._stopWaiting();
  }
  protected override resumed(item: unknown): IteratorResult<T, undefined> {
    return this.stream._arrival(item);
  }
  describe(): string {
    return `wait(${this.stream.describeObjects()})`;
  }
}
reasonOf(NextArrivalOp, BLOCK.WAIT_ANY);

/**
 * The objects as they become ready, in completion order.
 * — 按完成顺序逐个交出就绪的对象。
 */
export function iwait<T extends Waitable>(objects: T[], options: WaitOptions = {}): Stream<T> {
  return new WaitStream<T>(objects, options);
}

/**
 * Wait for the objects (greenlets, events, async results); returns the ready ones in completion order.
 * — 等待这些对象（greenlet、事件、AsyncResult）；按完成顺序返回已就绪的。
 */
export function wait<T extends Waitable>(objects: T[], options: WaitOptions = {}): Operation<T[]> {
  // The stream's own toArray, not a generator around it: every arrival resumes the waiting
  // greenlet through each generator on its `yield*` chain, so one level fewer counts.
  return iwait(objects, options).toArray();
}

/**
 * Wait for the greenlets to finish; returns the finished ones in completion order. With
 * `raiseError`, throw the first failure's exception.
 * — 等这些 greenlet 结束；按完成顺序返回已结束的。`raiseError` 时抛出第一个失败的异常。
 */
export function joinall<T extends Greenlet>(
  greenlets: T[],
  options: WaitOptions & { raiseError?: boolean } = {},
): Operation<T[]> {
  return options.raiseError ? joinRaising(greenlets, options) : wait(greenlets, options);
}

function* joinRaising<T extends Greenlet>(
  greenlets: T[],
  options: WaitOptions,
): Generator<unknown, T[], unknown> {
  const done: T[] = [];
  const stream = iwait(greenlets, options);
  for (;;) {
    const r = yield* stream.next();
    if (r.done) return done;
    if (r.value.exception !== undefined) throw r.value.exception;
    done.push(r.value);
  }
}

/**
 * Kill the greenlets (GreenletExit by default); with `block` (default) wait until they are dead,
 * at most `timeout` seconds (then throw Timeout). A greenlet that has not run yet never runs.
 * — 结束这些 greenlet（默认 GreenletExit）；`block`（默认）时等它们全部结束，最多 `timeout` 秒
 * （超时抛出 Timeout）。尚未运行的 greenlet 不会再运行。
 */
export function* killall(
  greenlets: Greenlet[],
  options: { exception?: unknown; block?: boolean; timeout?: number } = {},
): Generator<unknown, void, unknown> {
  const hub = activeHub();
  const exc = hub.makeException(options.exception);
  // gevent's first pass: a greenlet not yet run dies now, before any switch, as `kill` does.
  const needKilled: Greenlet[] = [];
  for (const g of greenlets) {
    if (g.ready()) continue;
    if (g._state === STATE_NEW) g._dieBeforeStart(exc, hub.current.gid);
    else needKilled.push(g);
  }
  if (needKilled.length === 0) return;
  if (options.block === false) {
    hub.schedule(killEach, needKilled, exc, null);
    return;
  }
  const timeout = new Timeout(options.timeout).start();
  try {
    yield* new KillAllOp(needKilled.slice(), exc);
    const alive = needKilled.filter((g) => !g.ready());
    if (alive.length > 0) yield* wait(alive);
  } finally {
    timeout.cancel();
  }
}

/** From the hub: raise in each greenlet in turn, then resume the killer if one waits. */
function killEach(list: unknown, exc: unknown, waiter: unknown): void {
  const hub = activeHub();
  const greenlets = list as Greenlet[];
  const g = greenlets.shift();
  if (g === undefined) {
    if (waiter !== null) {
      const w = waiter as { g: RawGreenlet; token: number };
      hub.switchNow(w.g, undefined, w.token);
    }
    return;
  }
  hub.scheduleFirst(killEach, greenlets, exc, waiter);
  killNow(hub, g, exc);
}

class KillAllOp extends Suspend<void> {
  declare readonly reason: BlockReason;
  constructor(
    private readonly greenlets: Greenlet[],
    private readonly exc: unknown,
  ) {
    super();
  }
  protected tryNow(): typeof MUST_BLOCK {
    return MUST_BLOCK;
  }
  perform(hub: Hub, g: RawGreenlet): void {
    hub.schedule(killEach, this.greenlets, this.exc, { g, token: g._token });
  }
  describe(): string {
    return `killall(${this.greenlets.length} greenlets)`;
  }
}
reasonOf(KillAllOp, BLOCK.JOIN);

export type { Operation };
