import { activeHub } from "../kernel/context";
import { fixName } from "../py/errors";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import { callMaybeGenerator } from "../kernel/stream";
import type { Timer } from "../kernel/timer-heap";
import { SWITCH_MODE } from "../tracing/trace-kinds";

/**
 * gevent's Timeout: after `seconds`, raise in the greenlet that started it, wherever it waits.
 * `exception` is a class, an instance, or `false` (silent: `within` then returns undefined).
 * — gevent 的 Timeout：`seconds` 秒后在启动它的 greenlet 中抛出异常。`exception` 可为类、实例或
 * `false`（静默：`within` 返回 undefined）。
 */
export class Timeout extends Error {
  /** Seconds until it fires (undefined: never). — 到期秒数（undefined 表示永不）。 */
  readonly seconds: number | undefined;
  /** What it raises: undefined (itself), a class, an instance, or false. — 到期时抛出的内容。 */
  readonly exception: unknown;
  private timer: Timer | null = null;

  constructor(seconds?: number, exception?: unknown) {
    super(timeoutMessage(seconds, exception));
    this.seconds = seconds;
    this.exception = exception;
  }

  /** True while started and not yet fired or cancelled. — 已启动且未到期、未取消时为 true。 */
  get pending(): boolean {
    return this.timer !== null && this.timer.pending;
  }

  /** Start the countdown in the current greenlet. — 在当前 greenlet 中开始计时。 */
  start(): this {
    if (this.pending) this.cancel();
    if (this.seconds === undefined) return this;
    const hub = activeHub();
    this.timer = hub.clock.timer(this.seconds, fireTimeout, this, hub.current);
    return this;
  }

  /** Stop the countdown. — 取消计时。 */
  cancel(): void {
    if (this.timer !== null) activeHub().clock.cancel(this.timer);
  }

  /**
   * Python's `with timeout:`: start, run `fn`, cancel in `finally`. A silent timeout that fires
   * makes it return undefined.
   * — Python 的 `with timeout:`：启动、运行 `fn`、在 finally 中取消。静默超时到期时返回 undefined。
   */
  *within<R>(
    fn: () => R | Iterator<unknown, R, unknown>,
  ): Generator<unknown, R | undefined, unknown> {
    this.start();
    try {
      return (yield* callMaybeGenerator(fn as () => unknown, [])) as R;
    } catch (e) {
      if (e === this && this.exception === false) return undefined;
      throw e;
    } finally {
      this.cancel();
    }
  }

  /** `new Timeout(seconds).within(fn)`. */
  static within<R>(
    seconds: number,
    fn: () => R | Iterator<unknown, R, unknown>,
  ): Generator<unknown, R | undefined, unknown> {
    return new Timeout(seconds).within(fn);
  }

  /** @internal The error raised when it fires. */
  _error(): unknown {
    const e = this.exception;
    if (e === undefined || e === false || e === null) return this;
    if (typeof e === "function") return new (e as new () => unknown)();
    return e;
  }
}
fixName(Timeout, "Timeout");

/** Python's `str(Timeout(...))`: `0.2 seconds`, `1 second`, `1 second (silent)`. */
function timeoutMessage(seconds: number | undefined, exception: unknown): string {
  if (seconds === undefined) return "";
  const unit = seconds === 1 ? "second" : "seconds";
  if (exception === undefined || exception === null) return `${seconds} ${unit}`;
  if (exception === false) return `${seconds} ${unit} (silent)`;
  const name =
    typeof exception === "function" ? (exception as { name: string }).name : String(exception);
  return `${seconds} ${unit}: ${name}`;
}

function fireTimeout(t: unknown, g: unknown): void {
  const timeout = t as Timeout;
  activeHub().switchInto(g as RawGreenlet, SWITCH_MODE.THROW, timeout._error());
}

/**
 * Run `fn(...args)` for at most `seconds`; a trailing `{ timeoutValue }` is returned instead of
 * throwing Timeout.
 * — 最多运行 `fn(...args)` `seconds` 秒；末尾的 `{ timeoutValue }` 会在超时时作为返回值而不抛出。
 */
export function* withTimeout<T>(
  seconds: number,
  fn: (...args: never[]) => T | Iterator<unknown, T, unknown>,
  ...args: unknown[]
): Generator<unknown, T, unknown> {
  let options: { timeoutValue: unknown } | undefined;
  const last = args[args.length - 1];
  if (isTimeoutOptions(last)) {
    options = last;
    args = args.slice(0, -1);
  }
  const t = new Timeout(seconds).start();
  try {
    return (yield* callMaybeGenerator(fn, args)) as T;
  } catch (e) {
    if (e === t && options) return options.timeoutValue as T;
    throw e;
  } finally {
    t.cancel();
  }
}

function isTimeoutOptions(v: unknown): v is { timeoutValue: unknown } {
  return (
    typeof v === "object" &&
    v !== null &&
    Object.getPrototypeOf(v) === Object.prototype &&
    Object.prototype.hasOwnProperty.call(v, "timeoutValue")
  );
}
