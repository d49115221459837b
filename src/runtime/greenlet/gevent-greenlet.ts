import { activeHub } from "../kernel/context";
import { SWITCH_INS } from "../kernel/switch-ins";
import { GreenletExit, errorName as errName } from "../py/errors";
import { reportFailure } from "../kernel/failure-report";
import { formatArgs } from "./greenlet-format";
import { DeathHandler } from "../kernel/hub-greenlet";
import { JoinOp, KillWaitOp, killCallback } from "./greenlet-ops";
import {
  type GreenletLinks,
  type LinkOneState,
  ONE_IDLE,
  linksOf,
  notifyGreenletLinks,
  rawlinkGreenlet,
  unlinkGreenlet,
} from "./greenlet-links";
import type { Link } from "../sync/linkable";
import { NO_ARGS, type Operation } from "../kernel/operation";
import { STATE_NEW, type AnyFn } from "../kernel/raw-greenlet";
import type { Hub } from "../kernel/hub";
import type { Gid } from "../kernel/ids";
import type { Timer } from "../kernel/timer-heap";
import {
  CANDIDATE,
  EV,
  GREENLET_TYPE,
  SWITCH_MODE,
  type GreenletType,
} from "../tracing/trace-kinds";
import { Timeout } from "../sync/timeout";

/** Options of `kill`: the exception, whether to wait, and for how long. */
export interface KillOptions {
  /** A class or an instance; default GreenletExit. — 异常类或实例；默认 GreenletExit。 */
  exception?: unknown;
  /** Wait until it is dead (default true). — 是否等它结束（默认 true）。 */
  block?: boolean;
  /** Wait at most this many seconds. — 最多等待的秒数。 */
  timeout?: number;
}

/**
 * gevent's Greenlet: a greenlet scheduled by the hub, whose parent is the hub. Create it with
 * `spawn(fn, ...args)`, or `new Greenlet(fn, ...args)` then `start()`, or subclass it and
 * override `*run()`.
 * — gevent 的 Greenlet：由 hub 调度、父亲是 hub 的 greenlet。用 `spawn(fn, ...args)` 创建，或
 * `new Greenlet(fn, ...args)` 再 `start()`，或继承它并重写 `*run()`。
 */
export class Greenlet<T = unknown> extends DeathHandler {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "Greenlet";
  }

  /** The value it returned (a killed greenlet's is its GreenletExit). — 返回值（被 kill 的是 GreenletExit）。 */
  value: T | GreenletExit | undefined = undefined;
  /** The exception it died of, if any. — 导致它结束的异常（如有）。 */
  exception: unknown = undefined;
  /**
   * The arguments its function gets (without any, one shared frozen `[]`, like Python's `()`).
   * — 传给函数的参数（没有参数时是共享的冻结 `[]`，如 Python 的 `()`）。
   */
  readonly args: unknown[];
  /** @internal */ _startPending = false;
  /** @internal */ _startTimer: Timer | null = null;
  /** @internal */ _ready = false;
  /** @internal Its links when it has had more than one (greenlet-links.ts), else null. */
  _linksOrNull: GreenletLinks | null = null;
  /** @internal Its one link while `_linksOrNull` is null, and that link's notification state. */
  _linkOne: Link<Greenlet> | null = null;
  /** @internal */ _linkOneState: LinkOneState = ONE_IDLE;
  private _name: string | undefined = undefined;
  private _ident: number | undefined = undefined;

  constructor(fn?: AnyFn, ...args: unknown[]) {
    super(fn, activeHub().hubGreenlet);
    // Most greenlets take no arguments: they share one empty array instead of one each.
    this.args = args.length === 0 ? (NO_ARGS as unknown[]) : args;
  }

  /** @internal Made on first use: most greenlets have one link (a join) or none. */
  get _links(): GreenletLinks {
    return linksOf(this);
  }

  override traceType(): GreenletType {
    return GREENLET_TYPE.GREENLET;
  }

  /**
   * What the greenlet runs: by default its function with its args. Override `*run()` in a subclass.
   * — greenlet 运行的内容：默认是用 args 调用函数。子类可重写 `*run()`。
   */
  run(...args: unknown[]): unknown {
    const fn = this._fn;
    return fn === undefined ? undefined : (fn as (...a: unknown[]) => unknown).apply(this, args);
  }

  /** @internal */
  override _call(): unknown {
    // Started by whatever path (a raw switch into it, say), it cancels its scheduled start, as
    // gevent's `run` does first.
    if (this._startPending) this._cancelStart(activeHub());
    const fn = this._fn;
    // Without a `run` of its own, call the function directly: no spread, no rest array.
    if (this.run === defaultRun && fn !== undefined) {
      return (fn as (...a: unknown[]) => unknown).apply(this, this.args);
    }
    return this.run(...this.args);
  }

  /** @internal */
  override _describeFn(): string {
    return formatArgs(this._fnName(), this.args);
  }

  /** @internal */
  override _fnName(): string {
    return this._fn?.name || (this._fn ? "<anonymous>" : "run");
  }

  /** A small number unique among this run's Greenlets. — 本次运行中唯一的小编号。 */
  get minimalIdent(): number {
    if (this._ident === undefined) this._ident = activeHubOrNull()?.nextIdent() ?? 0;
    return this._ident;
  }

  /** Its name (default `Greenlet-N`). — 名字（默认 `Greenlet-N`）。 */
  get name(): string {
    return this._name ?? `Greenlet-${this.minimalIdent}`;
  }
  set name(value: string) {
    this._name = value;
  }

  /** Schedule it to run (does not switch). — 安排它运行（不切换）。 */
  start(): void {
    if (this._startPending || this._state !== STATE_NEW || this._ready) return;
    this._startPending = true;
    const hub = activeHub();
    // Queued to start: the trace shows it ready, in the hub's queue, from now on.
    hub.trace.emit(EV.WOKEN, this.gid, hub.current.gid, 0, hub.site);
    hub.schedule(startCallback, this);
  }

  /** Schedule it to run after `seconds`. — 安排它在 `seconds` 秒后运行。 */
  startLater(seconds: number): void {
    if (this._startPending || this._state !== STATE_NEW || this._ready) return;
    this._startPending = true;
    this._startTimer = activeHub().clock.timer(seconds, startCallback, this);
  }

  /** True once started and until it finishes (gevent's `bool(g)`). — 已启动且未结束时为 true。 */
  get started(): boolean {
    return (this._startPending || this.active) && !this._ready;
  }

  /** True once it has finished, one way or another. — 已经结束（无论如何）时为 true。 */
  ready(): boolean {
    return this.dead || this._ready;
  }

  /** True when it finished without an exception. — 正常结束（无异常）时为 true。 */
  successful(): boolean {
    return this._ready && this.exception === undefined;
  }

  /**
   * Wait until it finishes, at most `timeout` seconds.
   * — 等它结束，最多 `timeout` 秒。
   */
  join(timeout?: number): Operation<void> {
    return new JoinOp(this, timeout, false) as Operation<unknown> as Operation<void>;
  }

  /**
   * Its return value once finished; re-throws its exception. `block: false` or an expired
   * `timeout` throws Timeout.
   * — 结束后的返回值；若它因异常结束则重新抛出。`block: false` 或超时会抛出 Timeout。
   */
  *get(options: { block?: boolean; timeout?: number } = {}): Generator<unknown, T, unknown> {
    if (!this.ready()) {
      if (options.block === false) throw new Timeout();
      const finished = yield* new JoinOp(this, options.timeout, true);
      if (!finished) throw new Timeout(options.timeout);
    }
    if (this.exception !== undefined) throw this.exception;
    return this.value as T;
  }

  /**
   * Raise `exception` (default GreenletExit) in it; with `block` (default) wait until it dies.
   * — 在它内部抛出 `exception`（默认 GreenletExit）；`block`（默认）时等它结束。
   */
  *kill(options: KillOptions = {}): Generator<unknown, void, unknown> {
    const hub = activeHub();
    const exc = hub.makeException(options.exception);
    if (this.ready()) return;
    if (this._state === STATE_NEW) {
      this._dieBeforeStart(exc, hub.current.gid);
      return;
    }
    if (options.block === false) {
      hub.schedule(killCallback, this, exc, null);
      return;
    }
    yield* new KillWaitOp(this, exc);
    yield* this.join(options.timeout);
  }

  /** Call `callback(g)` when it finishes, in a greenlet of its own. — 结束时在独立 greenlet 中调用 `callback(g)`。 */
  link(callback: (g: this) => unknown): void {
    this._links.addCallback(callback as (g: unknown) => unknown, "any");
  }

  /** Like `link`, only when it succeeds. — 同 `link`，仅在成功时。 */
  linkValue(callback: (g: this) => unknown): void {
    this._links.addCallback(callback as (g: unknown) => unknown, "value");
  }

  /** Like `link`, only when it fails. — 同 `link`，仅在失败时。 */
  linkException(callback: (g: this) => unknown): void {
    this._links.addCallback(callback as (g: unknown) => unknown, "exception");
  }

  /** Remove a callback added with `link*`. — 移除用 `link*` 添加的回调。 */
  unlink(callback: (g: this) => unknown): void {
    if (this._linksOrNull !== null) {
      this._linksOrNull.removeCallback(callback as (g: unknown) => unknown);
    } else {
      unlinkGreenlet(this, callback as Link<Greenlet>);
    }
  }

  /** @internal A raw link called from the hub (no greenlet of its own): for wait and iwait. */
  rawlink(callback: (source: unknown) => void): void {
    rawlinkGreenlet(this, callback, activeHub());
  }

  override toString(): string {
    const cls = (this.constructor as { name?: string }).name || "Greenlet";
    const named = this._name === undefined ? "" : ` "${this._name}"`;
    return `<${cls}${named}: ${this._describeFn()}>`;
  }

  /** @internal Its scheduled start will not happen. */
  _cancelStart(hub: Hub): void {
    this._startPending = false;
    if (this._startTimer) hub.clock.cancel(this._startTimer);
    this._startTimer = null;
  }

  /** @internal Killed (or thrown into) before it ever ran: it dies without running. */
  _dieBeforeStart(exc: unknown, killer: Gid): void {
    const hub = activeHub();
    this._cancelStart(hub);
    hub.killUnstarted(this, killer, errName(exc));
    if (exc instanceof GreenletExit) this._died(exc, undefined, false);
    else this._died(undefined, exc, true);
  }

  /** @internal */
  override _died(value: unknown, error: unknown, failed: boolean): boolean {
    const hub = activeHub();
    this._ready = true;
    if (failed) {
      this.exception = error;
      reportFailure(this, error);
    } else {
      this.value = value as T;
    }
    notifyGreenletLinks(this, hub);
    return true;
  }
}

/** Compared with, never called: a Greenlet whose `run` is this one runs its function directly. */
const defaultRun = Greenlet.prototype.run;

function activeHubOrNull() {
  try {
    return activeHub();
  } catch {
    return null;
  }
}

function startCallback(g: unknown): void {
  const glet = g as Greenlet;
  if (!glet._startPending) return;
  glet._startPending = false;
  glet._startTimer = null;
  activeHub().switchInto(glet, SWITCH_MODE.START, glet.args);
}

// The scheduler lab offers a scheduled start as a ready greenlet.
SWITCH_INS.set(startCallback, {
  kind: CANDIDATE.START,
  runs: (g) => ((g as Greenlet)._startPending ? (g as Greenlet) : null),
});
