import { fixClassName } from "./errors";
import { LifoStore, type ItemStore } from "./item-store";
import type { StopIteration } from "./queue-errors";
import { Queue } from "./queue";
import { OBJ, type ObjectType } from "./trace-kinds";

/**
 * A queue that hands out the most recently put item first.
 * — 先取出最近放入的项的队列（后进先出）。
 */
export class LifoQueue<T = unknown> extends Queue<T> {
  /** @internal */ static override readonly _traceType: ObjectType = OBJ.LIFO_QUEUE;

  /** @internal */
  override _createStore(): ItemStore<T | typeof StopIteration> {
    return new LifoStore<T | typeof StopIteration>();
  }
}
fixClassName(LifoQueue, "LifoQueue");
