import type { ObjectId } from "../kernel/ids";
import { activeHub } from "../kernel/context";
import type { Greenlet } from "../greenlet/gevent-greenlet";
import { IMapGreenlet } from "./imap";
import { IMapStream } from "./imap-stream";
import type { RawGreenlet, AnyFn } from "../kernel/raw-greenlet";
import { spawn, type ResultOf } from "../greenlet/spawn";
import { callMaybeGenerator, type Stream } from "../kernel/stream";

/** Options of `imap` and `imapUnordered`. — `imap` 和 `imapUnordered` 的选项。 */
export interface IMapOptions {
  /** At most this many finished results wait for the reader. — 最多这么多已完成结果等待读取。 */
  maxsize?: number | null;
}

/**
 * gevent's GroupMappingMixin: map, imap, imapUnordered, apply and applyAsync, written against
 * `spawn` (which blocks while a Pool is full).
 */
export abstract class GroupMapping {
  /** @internal The trace id. */ abstract readonly _traceId: ObjectId;
  /** @internal The name LoopExit messages use. */ abstract _traceName: string;

  /** Create a greenlet running `fn(...args)`, track it and start it. — 创建、跟踪并启动 greenlet。 */
  abstract spawn<F extends AnyFn>(
    fn: F,
    ...args: Parameters<F>
  ): Generator<unknown, Greenlet<ResultOf<F>>, unknown>;

  /** True when `g` is tracked. — `g` 被跟踪时为 true。 */
  abstract has(g: RawGreenlet): boolean;

  /** True when `spawn` would block. — `spawn` 会阻塞时为 true。 */
  abstract full(): boolean;

  /**
   * Run `fn(...args)` in a tracked greenlet and return its result (re-throwing its exception);
   * called from one of this group's own greenlets, run it right here.
   * — 在被跟踪的 greenlet 中运行 `fn(...args)` 并返回结果（重新抛出其异常）；若在本组的 greenlet 中调用，则直接运行。
   */
  *apply<F extends AnyFn>(
    fn: F,
    args: Parameters<F> | [] = [],
  ): Generator<unknown, ResultOf<F>, unknown> {
    if (this.has(activeHub().current)) return (yield* callMaybeGenerator(fn, args)) as ResultOf<F>;
    const g = yield* this.spawn(fn, ...(args as Parameters<F>));
    return yield* g.get();
  }

  /**
   * Start `fn(...args)` and return its greenlet, never waiting or switching; `callback(result)`
   * runs in a greenlet of its own when it succeeds. On a full Pool the returned greenlet is not
   * a member: it waits for a free slot, then applies `fn` there (gevent's `apply_async`).
   * — 启动 `fn(...args)` 并返回其 greenlet，从不等待、不切换；成功时在独立 greenlet 中运行
   * `callback(结果)`。Pool 已满时返回的 greenlet 不是成员：它等到空位后再在池中运行 `fn`。
   */
  *applyAsync<F extends AnyFn>(
    fn: F,
    args: Parameters<F> | [] = [],
    callback?: (result: ResultOf<F>) => unknown,
  ): Generator<unknown, Greenlet<ResultOf<F>>, unknown> {
    if (this.full()) {
      const cb = callback as ((v: unknown) => unknown) | undefined;
      return spawn(boundApplyCb(this), fn, args, cb) as Greenlet<ResultOf<F>>;
    }
    const g = yield* this.spawn(fn, ...(args as Parameters<F>));
    if (callback !== undefined) g.link(passValue(callback as (v: unknown) => unknown));
    return g;
  }

  /**
   * `fn` applied to each item, in parallel (bounded by a Pool's size); the results in input
   * order. Runs in a greenlet of its own, as gevent's does.
   * — 并行地对每一项应用 `fn`（Pool 时受其大小限制）；结果按输入顺序排列。像 gevent 一样在独立的 greenlet 中运行。
   */
  *map<F extends AnyFn, I extends Iterable<Parameters<F>[0]>>(
    fn: F,
    items: I,
  ): Generator<unknown, Array<ResultOf<F>>, unknown> {
    const mapper = spawn(boundMap(this), fn, items);
    return (yield* mapper.get()) as Array<ResultOf<F>>;
  }

  /**
   * Like `map`, but hands the results over one by one, in input order, as they become available.
   * — 同 `map`，但按输入顺序逐个交出已可用的结果。
   */
  imap<F extends AnyFn>(
    fn: F,
    items: Iterable<Parameters<F>[0]>,
    options: IMapOptions = {},
  ): Stream<ResultOf<F>> {
    return this.startIMap<ResultOf<F>>(fn, items, options, true);
  }

  /**
   * Like `imap`, but in completion order.
   * — 同 `imap`，但按完成顺序交出结果。
   */
  imapUnordered<F extends AnyFn>(
    fn: F,
    items: Iterable<Parameters<F>[0]>,
    options: IMapOptions = {},
  ): Stream<ResultOf<F>> {
    return this.startIMap<ResultOf<F>>(fn, items, options, false);
  }

  private startIMap<R>(
    fn: AnyFn,
    items: Iterable<unknown>,
    options: IMapOptions,
    ordered: boolean,
  ): Stream<R> {
    const imap = new IMapGreenlet(this, fn, items, options.maxsize ?? null, ordered);
    imap.start();
    return new IMapStream<R>(imap);
  }
}

/** gevent spawns its bound `__map`: the greenlet shows (fn, items) as its arguments. */
function boundMap(group: GroupMapping) {
  return function _GroupMappingMixin__map(fn: AnyFn, items: Iterable<unknown>) {
    return mapAll(group, fn, items);
  };
}

/** gevent's `__map`: spawn one task per item (waiting while a Pool is full), then get each. */
function* mapAll(group: GroupMapping, fn: AnyFn, items: Iterable<unknown>) {
  const tasks: Greenlet[] = [];
  for (const item of items) tasks.push(yield* group.spawn(fn as (a: unknown) => unknown, item));
  const results: unknown[] = [];
  for (const g of tasks) results.push(yield* g.get());
  return results;
}

/** gevent spawns its bound `apply_cb` for an `apply_async` that would block. */
function boundApplyCb(group: GroupMapping) {
  return function* apply_cb(fn: AnyFn, args: unknown[], callback?: (v: unknown) => unknown) {
    const result: unknown = yield* group.apply(fn, args as []);
    if (callback !== undefined) spawn(callback, result);
    return result;
  };
}

/** gevent's `pass_value`: a link that calls `callback(value)` when the greenlet succeeded. */
function passValue(callback: (v: unknown) => unknown): (g: Greenlet) => unknown {
  return (g) => (g.successful() ? callback(g.value) : undefined);
}
