import { pyLess } from "../py/py-compare";
import type { ItemStore } from "./item-store";
import type { StopIteration } from "./queue-errors";
import { Queue } from "./queue";
import { OBJ, type ObjectType } from "../tracing/trace-kinds";

/**
 * A queue that hands out the lowest item first. Items are numbers, strings, or
 * `[priority, value]` arrays compared element by element, as Python compares tuples.
 * — 先取出最小项的队列。项可以是数字、字符串或 `[优先级, 值]` 数组（像 Python 元组一样逐个元素比较）。
 */
export class PriorityQueue<T = unknown> extends Queue<T> {
  /** Its Python name, whatever a minifier calls the class. — 它的 Python 名字，不受压缩影响。 */
  // @ts-expect-error TS2699 is for assigned statics; this accessor comes with the class (fixClassName).
  static override get name(): string {
    return "PriorityQueue";
  }

  /** @internal */ static override readonly _traceType: ObjectType = OBJ.PRIORITY_QUEUE;

  /** @internal */
  override _createStore(): ItemStore<T | typeof StopIteration> {
    return new HeapStore<T | typeof StopIteration>();
  }
}

/**
 * A binary min-heap run exactly as Python's heapq, so ties come out in the same order. Each
 * item's trace text moves with it in a parallel array.
 */
class HeapStore<T> implements ItemStore<T> {
  private readonly heap: T[] = [];
  private readonly texts: number[] = [];
  takenText = 0;

  get length(): number {
    return this.heap.length;
  }

  peek(): T {
    return this.heap[0];
  }

  /** heapq.heappush */
  push(item: T, text: number): void {
    this.heap.push(item);
    this.texts.push(text);
    this.siftDown(0, this.heap.length - 1);
  }

  /** heapq.heappop */
  take(): T {
    const { heap, texts } = this;
    const last = heap.pop() as T;
    const lastText = texts.pop() as number;
    if (heap.length === 0) {
      this.takenText = lastText;
      return last;
    }
    const top = heap[0];
    this.takenText = texts[0];
    heap[0] = last;
    texts[0] = lastText;
    this.siftUp(0);
    return top;
  }

  /** heapq._siftdown: move the item at `pos` up towards `start` while it is smaller. */
  private siftDown(start: number, pos: number): void {
    const { heap, texts } = this;
    const item = heap[pos];
    const text = texts[pos];
    while (pos > start) {
      const parentPos = (pos - 1) >> 1;
      if (!pyLess(item, heap[parentPos])) break;
      heap[pos] = heap[parentPos];
      texts[pos] = texts[parentPos];
      pos = parentPos;
    }
    heap[pos] = item;
    texts[pos] = text;
  }

  /** heapq._siftup: move the smaller child up until a leaf, then sift the item down. */
  private siftUp(pos: number): void {
    const { heap, texts } = this;
    const end = heap.length;
    const start = pos;
    const item = heap[pos];
    const text = texts[pos];
    let child = 2 * pos + 1;
    while (child < end) {
      const right = child + 1;
      if (right < end && !pyLess(heap[child], heap[right])) child = right;
      heap[pos] = heap[child];
      texts[pos] = texts[child];
      pos = child;
      child = 2 * pos + 1;
    }
    heap[pos] = item;
    texts[pos] = text;
    this.siftDown(start, pos);
  }
}
