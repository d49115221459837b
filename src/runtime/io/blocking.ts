import { activeHub } from "../kernel/context";
import { fixName, RunLimitError } from "../py/errors";
import type { Hub } from "../kernel/hub";
import { MUST_BLOCK, Suspend } from "../kernel/operation";
import { BLOCK, type HoldReason } from "../tracing/trace-kinds";

/**
 * An unpatched blocking call that can never complete: `accept()` with no client ever coming,
 * `recv()` with no data ever on its way. Python would hang there forever; the run ends with this
 * error instead, naming the call and the line. Like the run limits it ends the run however the
 * program catches it: a hang is not an exception a Python program could handle.
 * — 未打补丁、永远无法完成的阻塞调用（Python 会一直卡住）：运行以此错误结束，并指出调用和行号。
 */
export class BlockedForeverError extends RunLimitError {}
fixName(BlockedForeverError, "BlockedForeverError");

/** Why a call can never complete, in both languages: "no client is connecting", ... */
export interface HangReason {
  en: string;
  zh: string;
}

/**
 * A call of the simulated blocking library (socket, requests). Each attempt either completes or
 * says MUST_BLOCK. Patched, a call that must block suspends only its greenlet (BLOCKED with reason
 * SOCKET; the subclass registers the wake-up in `perform`). Unpatched, it holds the hub: the
 * virtual clock jumps to `readyAt()`, the moment something already under way (bytes in flight,
 * a connection being set up) completes it, while no other greenlet runs; the trace records
 * HUB_HELD. When nothing under way can complete it, the run ends with BlockedForeverError.
 */
export abstract class BlockingCall<T> extends Suspend<T> {
  readonly reason = BLOCK.SOCKET;

  /** The trace's HoldReason while unpatched. */
  protected abstract readonly holdReason: HoldReason;

  /** Whether the call cooperates (read when it runs, so patching after the imports works). */
  protected abstract patched(): boolean;

  /** Complete now, or MUST_BLOCK. */
  protected abstract attempt(hub: Hub): T | typeof MUST_BLOCK;

  /** When `attempt` will succeed with no greenlet running: a virtual time, or undefined: never. */
  abstract readyAt(): number | undefined;

  /** Why it can never complete while it holds the program. */
  protected abstract hangReason(): HangReason;

  protected tryNow(hub: Hub): T | typeof MUST_BLOCK {
    // A call that fails at once fails at this `yield*`: the trace and the report name its line.
    hub.current._site = hub.site;
    const result = this.attempt(hub);
    if (result !== MUST_BLOCK || this.patched()) return result;
    const at = this.readyAt();
    if (at === undefined) throw blockedForever(hub, this.describe(), this.hangReason());
    hub.clock.hold(at - hub.clock.now, this.holdReason);
    const late = this.attempt(hub);
    if (late === MUST_BLOCK) throw new Error(`internal: ${this.describe()} not ready at ${at}`);
    return late;
  }

  /** Woken: complete (the wake-up came when `attempt` can succeed), or fail. */
  protected override resumed(value: unknown): T {
    if (value instanceof WakeFailure) throw value.makeError();
    const result = this.attempt(activeHub());
    if (result === MUST_BLOCK) throw new Error(`internal: ${this.describe()} woken too early`);
    return result;
  }
}

/** A wake-up that makes the waiting call fail, the error made in the waiter's own stack. */
export class WakeFailure {
  constructor(readonly makeError: () => Error) {}
}

/** The error that ends the run at an unpatched call that can never complete. */
export function blockedForever(hub: Hub, call: string, why: HangReason): RunLimitError {
  const line = hub.siteLine(hub.site);
  const at = line > 0 ? ` at line ${line}` : "";
  const atZh = line > 0 ? `第 ${line} 行的 ` : "";
  const en =
    `${call}${at} would block forever: ${why.en}. Python would hang here: unpatched, the call ` +
    `holds the whole program, so no other greenlet can run. Call monkey.patchAll() at the top ` +
    `so that it blocks only its own greenlet.`;
  const zh =
    `${atZh}${call} 会永远阻塞：${why.zh}。Python 会在这里卡住：未打补丁时这个调用占住整个程序，` +
    `其他 greenlet 都无法运行。在程序开头调用 monkey.patchAll()，让它只阻塞自己的 greenlet。`;
  return hub.requestStop(new BlockedForeverError(`${en} — ${zh}`));
}
