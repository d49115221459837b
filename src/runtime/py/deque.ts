/**
 * A FIFO with O(1) push and shift (Python's `collections.deque`, as far as the primitives need
 * one): an array read from a moving head, compacted once the dead prefix outgrows the live part.
 * Queues, waiter lists and link lists can hold a hundred thousand entries; `Array.shift` on such
 * an array would make each wake-up cost a copy.
 */
export class Deque<T> {
  // Empty deques share one array: V8 gives a growing empty array room for 16 entries, which
  // every joined greenlet's link list would otherwise keep for its one link.
  private items: T[] = EMPTY as T[];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    if (this.items === EMPTY) this.items = [item];
    else this.items.push(item);
  }

  /** Put `item` in front (LIFO use). */
  unshift(item: T): void {
    if (this.head > 0) this.items[--this.head] = item;
    else if (this.items === EMPTY) this.items = [item];
    else this.items.unshift(item);
  }

  /** Take the first entry; the deque must not be empty. */
  shift(): T {
    const items = this.items;
    const item = items[this.head];
    items[this.head++] = undefined as T;
    if (this.head === items.length) {
      this.items = EMPTY as T[];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** Take the last entry; the deque must not be empty. */
  pop(): T {
    const item = this.items.pop() as T;
    if (this.head === this.items.length) {
      this.items = EMPTY as T[];
      this.head = 0;
    }
    return item;
  }

  /** The first entry (undefined when empty). */
  first(): T | undefined {
    return this.length > 0 ? this.items[this.head] : undefined;
  }

  /** The last entry (undefined when empty). */
  last(): T | undefined {
    return this.length > 0 ? this.items[this.items.length - 1] : undefined;
  }

  /** The entry `i` places from the front. */
  at(i: number): T {
    return this.items[this.head + i];
  }

  /** Remove the first occurrence of `item`; returns whether there was one. */
  remove(item: T): boolean {
    const i = this.items.indexOf(item, this.head);
    if (i < 0) return false;
    if (i === this.head) this.shift();
    else this.items.splice(i, 1);
    return true;
  }

  /** Move every entry of `other` to the back of this one, in order. */
  takeAll(other: Deque<T>): void {
    while (other.length > 0) this.push(other.shift());
  }

  toArray(): T[] {
    return this.items.slice(this.head);
  }
}

/**
 * The storage of every empty deque. Never written: push and unshift replace it first. Not frozen,
 * because a frozen array has an elements kind of its own and would make every access polymorphic.
 */
const EMPTY: never[] = [];
