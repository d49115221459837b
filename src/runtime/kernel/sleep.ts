import { activeHub } from "./context";
import type { Hub } from "./hub";
import { MUST_BLOCK, Suspend, reasonOf, type Operation } from "./operation";
import type { RawGreenlet } from "./raw-greenlet";
import type { HubCallback } from "./callback-queue";
import { NO_OBJECT, type VirtualSeconds } from "./ids";
import { TIMER_FIRED, TIMER_PENDING, type TimerEntry, type TimerState } from "./timer-heap";
import { BLOCK, type BlockReason } from "../tracing/trace-kinds";

/**
 * `sleep(seconds)` for seconds > 0: the operation is its own timer entry, so a sleep costs one
 * object, and the hub finds the sleeper's wait in the cache line it just read to fire it.
 */
class SleepOp extends Suspend<void> implements TimerEntry {
  declare readonly reason: BlockReason;
  // The timer entry, set when the greenlet starts waiting; until then not on the clock.
  id = NO_OBJECT;
  deadline = 0 as VirtualSeconds;
  readonly fn: HubCallback = null;
  /** The sleeping greenlet, and its wait's token. */
  a: RawGreenlet | null = null;
  readonly b: unknown = undefined;
  c = 0;
  state: TimerState = TIMER_FIRED;

  constructor(private readonly seconds: number) {
    super();
  }

  protected tryNow(): typeof MUST_BLOCK {
    return MUST_BLOCK;
  }

  perform(hub: Hub, g: RawGreenlet): void {
    this.id = hub.allocObjectId();
    this.deadline = hub.clock.deadlineAfter(this.seconds);
    this.a = g;
    this.c = g._token;
    this.state = TIMER_PENDING;
    hub.clock.arm(this, this.seconds);
  }

  protected override teardown(): void {
    activeHub().clock.cancel(this);
  }

  describe(): string {
    return `sleep(${this.seconds})`;
  }
}
reasonOf(SleepOp, BLOCK.SLEEP);

/**
 * `sleep(0)` (or less): a turn at the back of the run queue. Apart from SleepOp because it is
 * the commonest wait of all and needs no timer: a smaller object, and no test of the seconds.
 */
class YieldOp extends Suspend<void> {
  declare readonly reason: BlockReason;

  constructor(private readonly seconds: number) {
    super();
  }

  protected tryNow(): typeof MUST_BLOCK {
    return MUST_BLOCK;
  }

  perform(hub: Hub, g: RawGreenlet): void {
    hub.requeue(g);
  }

  describe(): string {
    return `sleep(${this.seconds})`;
  }
}
reasonOf(YieldOp, BLOCK.YIELD);

/**
 * Pause this greenlet for `seconds` of virtual time; `sleep(0)` lets every other ready greenlet
 * run once first.
 * — 让当前 greenlet 暂停 `seconds` 虚拟秒；`sleep(0)` 让其他就绪的 greenlet 先各运行一次。
 */
export function sleep(seconds = 0): Operation<void> {
  return seconds > 0 ? new SleepOp(seconds) : new YieldOp(seconds);
}

/** `idle()`: wait until the hub has nothing else ready to run. */
class IdleOp extends Suspend<void> {
  declare readonly reason: BlockReason;

  protected tryNow(): typeof MUST_BLOCK {
    return MUST_BLOCK;
  }

  perform(hub: Hub, g: RawGreenlet): void {
    hub.schedule(idleCheck, g, g._token);
  }

  describe(): string {
    return "idle()";
  }
}
reasonOf(IdleOp, BLOCK.IDLE);

function idleCheck(g: unknown, token: unknown): void {
  const hub = activeHub();
  if (hub.queue.length > 0) hub.schedule(idleCheck, g, token);
  else hub.switchNow(g as RawGreenlet, undefined, token as number);
}

/** Wait until nothing else is ready to run. — 等到没有其他可运行的任务。 */
export function idle(): Operation<void> {
  return new IdleOp();
}
