import { LifoStore, type ItemStore } from "./item-store";
import type { StopIteration } from "./queue-errors";
import { Queue } from "./queue";
import { OBJ, type ObjectType } from "../tracing/trace-kinds";

/**
 * A queue that hands out the most recently put item first.
 * — 先取出最近放入的项的队列（后进先出）。
 */
export class LifoQueue<T = unknown> extends Queue<T> {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "LifoQueue";
  }

  /** @internal */ static override readonly _traceType: ObjectType = OBJ.LIFO_QUEUE;

  /** @internal */
  override _createStore(): ItemStore<T | typeof StopIteration> {
    return new LifoStore<T | typeof StopIteration>();
  }
}
