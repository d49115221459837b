import { Deque } from "../py/deque";

/**
 * Where a queue keeps its items, each with the trace text it entered with (so ITEM_OUT repeats
 * ITEM_IN's text without a second lookup). FIFO here; LifoQueue and PriorityQueue bring their
 * own orders.
 */
export interface ItemStore<T> {
  readonly length: number;
  push(item: T, text: number): void;
  /** Take the next item; its text is then in `takenText`. */
  take(): T;
  peek(): T;
  readonly takenText: number;
}

/** First in, first out. */
export class FifoStore<T> implements ItemStore<T> {
  private readonly items = new Deque<T>();
  private readonly texts = new Deque<number>();
  takenText = 0;

  get length(): number {
    return this.items.length;
  }

  push(item: T, text: number): void {
    this.items.push(item);
    this.texts.push(text);
  }

  take(): T {
    this.takenText = this.texts.shift();
    return this.items.shift();
  }

  peek(): T {
    return this.items.first() as T;
  }
}

/** Last in, first out. */
export class LifoStore<T> implements ItemStore<T> {
  private readonly items: T[] = [];
  private readonly texts: number[] = [];
  takenText = 0;

  get length(): number {
    return this.items.length;
  }

  push(item: T, text: number): void {
    this.items.push(item);
    this.texts.push(text);
  }

  take(): T {
    this.takenText = this.texts.pop() as number;
    return this.items.pop() as T;
  }

  peek(): T {
    return this.items[this.items.length - 1];
  }
}
