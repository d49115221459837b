import type { HubCallback } from "./callback-queue";

/**
 * A timer of the virtual clock. Cancelling marks it; the heap drops cancelled timers when they
 * reach the top, so cancel is O(1).
 */
export class Timer {
  cancelled = false;
  fired = false;
  constructor(
    readonly id: number,
    readonly deadline: number,
    /** Order of scheduling: equal deadlines fire in this order. */
    readonly seq: number,
    readonly fn: HubCallback,
    readonly a: unknown,
    readonly b: unknown,
    readonly c: unknown,
  ) {}

  get pending(): boolean {
    return !this.cancelled && !this.fired;
  }
}

function before(x: Timer, y: Timer): boolean {
  return x.deadline < y.deadline || (x.deadline === y.deadline && x.seq < y.seq);
}

/** A binary min-heap of timers ordered by (deadline, seq). */
export class TimerHeap {
  private items: Timer[] = [];

  get size(): number {
    return this.items.length;
  }

  push(t: Timer): void {
    const a = this.items;
    let i = a.length;
    a.push(t);
    // Move the hole up instead of swapping: no temporary arrays on this hot path.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = a[p];
      if (!before(t, parent)) break;
      a[i] = parent;
      i = p;
    }
    a[i] = t;
  }

  /** The earliest live timer, dropping cancelled ones on the way. */
  peek(): Timer | undefined {
    while (this.items.length > 0 && this.items[0].cancelled) this.pop();
    return this.items[0];
  }

  pop(): Timer | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop() as Timer;
    if (a.length > 0) {
      a[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(i: number): void {
    const a = this.items;
    const n = a.length;
    const t = a[i];
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(a[r], a[l]) ? r : l;
      if (!before(a[c], t)) break;
      a[i] = a[c];
      i = c;
    }
    a[i] = t;
  }
}
