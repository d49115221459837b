import { MUST_BLOCK, Suspend, reasonOf, type Operation } from "./operation";
import type { Hub } from "./hub";
import type { RawGreenlet } from "./raw-greenlet";
import { BLOCK, type BlockReason } from "../tracing/trace-kinds";

/**
 * A preemption point (threads mode): the policy decides whether the running greenlet goes on or
 * goes to the back of the ready queue, as a preemptive thread could lose the CPU here. Either
 * way it ends with the value read before it, so `x = (yield* __p(x)) + 1` is a read, a possible
 * switch, then a write: the lost update.
 */
class PreemptOp<T> extends Suspend<T> {
  declare readonly reason: BlockReason;

  constructor(private readonly value: T) {
    super();
  }

  protected tryNow(hub: Hub): T | typeof MUST_BLOCK {
    return hub.preemptionPoint() ? MUST_BLOCK : this.value;
  }

  perform(hub: Hub, g: RawGreenlet): void {
    hub.requeue(g);
  }

  protected override resumed(): T {
    return this.value;
  }

  describe(): string {
    return "preemption point";
  }
}
reasonOf(PreemptOp, BLOCK.PREEMPT);

/** A preemption point that returns `value` (see PreemptOp). */
export function preempt<T>(value?: T): Operation<T> {
  return new PreemptOp(value as T);
}
