import { activeHub } from "../kernel/context";
import { PyTypeError, ValueError } from "../py/errors";
import { isPatchedNow } from "./monkey-state";
import { Suspend, type Operation } from "../kernel/operation";
import { sleep as geventSleep } from "../kernel/sleep";
import { preempt } from "../kernel/preempt";
import { BLOCK, HOLD, type HoldReason } from "../tracing/trace-kinds";

/** An operation that holds the hub for `seconds`: no other greenlet runs meanwhile. */
class HoldOp extends Suspend<void> {
  /** Never blocks, so never reported as blocked; the hub hold is traced instead. */
  readonly reason = BLOCK.HUB;

  constructor(
    private readonly seconds: number,
    private readonly why: HoldReason,
  ) {
    super();
  }

  protected tryNow(): void {
    activeHub().clock.hold(this.seconds, this.why);
  }

  perform(): void {}

  describe(): string {
    return this.why === HOLD.BUSY ? `busy(${this.seconds})` : `time.sleep(${this.seconds})`;
  }
}

/**
 * Python's `time.sleep`: unpatched it blocks the whole program (no other greenlet runs while the
 * virtual clock advances); after `monkey.patchTime()` or `patchAll()` it is `gevent.sleep`.
 * — Python 的 `time.sleep`：未打补丁时阻塞整个程序；`monkey.patchTime()`/`patchAll()` 后等同 `gevent.sleep`。
 */
export function sleep(seconds: number): Operation<void> {
  if (isPatchedNow("time")) return geventSleep(seconds);
  checkSeconds(seconds, "sleep length");
  return new HoldOp(seconds, HOLD.TIME_SLEEP);
}

/**
 * CPU-bound work for `seconds`: always holds the hub, patched or not (in the scheduler lab's
 * threads mode, a slice of the GIL's switch interval at a time).
 * — 占用 CPU `seconds` 秒：无论是否打补丁都会独占 hub（在线程模式下每次占用一个 GIL 切换间隔）。
 */
export function busy(seconds: number): Operation<void> {
  checkSeconds(seconds, "busy time");
  const policy = activeHub().policy;
  if (policy?.threads && seconds > policy.switchInterval) {
    return slicedBusy(seconds, policy.switchInterval);
  }
  return new HoldOp(seconds, HOLD.BUSY);
}

/**
 * Threads mode: CPU work as a thread holding the GIL does it, a switch interval at a time, with
 * a preemption point after each slice where another thread may take the GIL.
 */
function* slicedBusy(seconds: number, interval: number): Generator<unknown, void, unknown> {
  let left = seconds;
  while (left > interval * (1 + 1e-9)) {
    yield* new HoldOp(interval, HOLD.BUSY);
    left -= interval;
    yield* preempt();
  }
  yield* new HoldOp(left, HOLD.BUSY);
}

/** Python's check: `ValueError: sleep length must be non-negative`. */
function checkSeconds(seconds: number, what: string): void {
  if (typeof seconds !== "number" || Number.isNaN(seconds)) {
    throw new PyTypeError(`${what} must be a number of seconds`);
  }
  if (seconds < 0) throw new ValueError(`${what} must be non-negative`);
}

/** Virtual seconds since the run began. — 运行开始以来的虚拟秒数。 */
export function time(): number {
  return activeHub().clock.now;
}

/** Virtual seconds, for measuring intervals. — 用于计时的虚拟秒数。 */
export function perfCounter(): number {
  return activeHub().clock.now;
}

/** Virtual seconds that never go back. — 单调递增的虚拟秒数。 */
export function monotonic(): number {
  return activeHub().clock.now;
}
