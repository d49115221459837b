import type { HubCallback } from "./callback-queue";
import type { ObjectId, VirtualSeconds } from "./ids";

/** A timer's state: waiting for its deadline, called off, or fired. */
export type TimerState = typeof TIMER_PENDING | typeof TIMER_CANCELLED | typeof TIMER_FIRED;
export const TIMER_PENDING = 0;
export const TIMER_CANCELLED = 1;
export const TIMER_FIRED = 2;

/**
 * What the heap holds: a deadline, and what the hub calls then (`fn(a, b, c)`, or with no `fn`,
 * resume greenlet `a` with `b` if it still waits with token `c`). Timer is the general entry; a
 * sleep is its own entry (sleep.ts): one object fewer, and its wait found where the hub reads it.
 * Cancelling marks the entry; the heap drops cancelled entries when they reach the top, so
 * cancel is O(1). The order of scheduling, which breaks ties between equal deadlines, is kept by
 * the heap beside the deadline.
 */
export interface TimerEntry {
  /** Its traced object id. */
  readonly id: ObjectId;
  readonly deadline: VirtualSeconds;
  readonly fn: HubCallback;
  readonly a: unknown;
  readonly b: unknown;
  readonly c: unknown;
  state: TimerState;
}

/** A timer of the virtual clock. */
export class Timer implements TimerEntry {
  state: TimerState = TIMER_PENDING;
  constructor(
    readonly id: ObjectId,
    readonly deadline: VirtualSeconds,
    readonly fn: HubCallback,
    readonly a: unknown,
    readonly b: unknown,
    readonly c: unknown,
  ) {}

  get pending(): boolean {
    return this.state === TIMER_PENDING;
  }
  get cancelled(): boolean {
    return this.state === TIMER_CANCELLED;
  }
  get fired(): boolean {
    return this.state === TIMER_FIRED;
  }
  cancel(): void {
    if (this.state === TIMER_PENDING) this.state = TIMER_CANCELLED;
  }
}

/**
 * A binary min-heap of timer entries ordered by (deadline, seq). The keys live in typed arrays beside
 * the timers, so sifting compares numbers that sit together in memory instead of following a
 * pointer to each Timer (bench/README.md).
 */
export class TimerHeap {
  private items: TimerEntry[] = [];
  private deadlines = new Float64Array(64);
  private seqs = new Float64Array(64);
  /** Timers pushed so far: each one's order of scheduling. */
  private pushed = 0;

  get size(): number {
    return this.items.length;
  }

  push(t: TimerEntry): void {
    const i = this.items.length;
    if (i === this.deadlines.length) this.grow();
    this.items.push(t);
    this.siftUp(i, t, t.deadline, this.pushed++);
  }

  /** The earliest live timer, dropping cancelled ones on the way. */
  peek(): TimerEntry | undefined {
    const items = this.items;
    while (items.length > 0 && items[0].state === TIMER_CANCELLED) this.pop();
    return items[0];
  }

  pop(): TimerEntry | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop() as TimerEntry;
    const n = items.length;
    if (n > 0) this.siftDown(0, last, this.deadlines[n], this.seqs[n]);
    return top;
  }

  /** Move the hole at `i` up until `t` (with its keys) fits there. */
  private siftUp(i: number, t: TimerEntry, deadline: number, seq: number): void {
    const { deadlines, seqs } = this;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pd = deadlines[p];
      if (pd < deadline || (pd === deadline && seqs[p] < seq)) break;
      this.move(p, i);
      i = p;
    }
    this.place(i, t, deadline, seq);
  }

  /** Move the hole at `i` down until `t` (with its keys) fits there. */
  private siftDown(i: number, t: TimerEntry, deadline: number, seq: number): void {
    const { items, deadlines, seqs } = this;
    const n = items.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (
        r < n &&
        (deadlines[r] < deadlines[l] || (deadlines[r] === deadlines[l] && seqs[r] < seqs[l]))
      )
        c = r;
      const cd = deadlines[c];
      if (deadline < cd || (deadline === cd && seq < seqs[c])) break;
      this.move(c, i);
      i = c;
    }
    this.place(i, t, deadline, seq);
  }

  /** Copy the entry at `from` (timer and keys) to `to`. */
  private move(from: number, to: number): void {
    this.items[to] = this.items[from];
    this.deadlines[to] = this.deadlines[from];
    this.seqs[to] = this.seqs[from];
  }

  private place(i: number, t: TimerEntry, deadline: number, seq: number): void {
    this.items[i] = t;
    this.deadlines[i] = deadline;
    this.seqs[i] = seq;
  }

  private grow(): void {
    const deadlines = new Float64Array(this.deadlines.length * 2);
    deadlines.set(this.deadlines);
    this.deadlines = deadlines;
    const seqs = new Float64Array(this.seqs.length * 2);
    seqs.set(this.seqs);
    this.seqs = seqs;
  }
}
