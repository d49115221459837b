/**
 * A callback the hub runs: `fn(a, b, c)`. Resuming a greenlet is the common case and has no
 * function (`fn === null`): then `a` is the greenlet, `b` the value, `c` the wait token.
 */
export type HubCallback = ((a: unknown, b: unknown, c: unknown) => void) | null;

/**
 * The hub's FIFO of callbacks (gevent's `loop.run_callback`), a ring buffer of parallel arrays
 * so that scheduling allocates nothing. `pushFront` lets a callback that switched into a
 * greenlet continue where it left off once the hub gets control back (gevent's hub does this by
 * simply being suspended mid-callback).
 */
export class CallbackQueue {
  private fns: HubCallback[] = new Array<HubCallback>(64).fill(null);
  private as: unknown[] = new Array<unknown>(64).fill(undefined);
  private bs: unknown[] = new Array<unknown>(64).fill(undefined);
  private cs: unknown[] = new Array<unknown>(64).fill(undefined);
  private head = 0;
  private size = 0;
  /**
   * Entries at the front put there by `pushFront` and not yet taken: continuations of a hub
   * callback, which must run next. A scheduling policy reorders nothing while there are any.
   */
  pinned = 0;

  /** Fields of the entry last taken by `shift`. */
  fn: HubCallback = null;
  a: unknown = undefined;
  b: unknown = undefined;
  c: unknown = undefined;

  get length(): number {
    return this.size;
  }

  push(fn: HubCallback, a: unknown, b: unknown, c: unknown): void {
    if (this.size === this.fns.length) this.grow();
    const at = (this.head + this.size) & (this.fns.length - 1);
    this.fns[at] = fn;
    this.as[at] = a;
    this.bs[at] = b;
    this.cs[at] = c;
    this.size++;
  }

  pushFront(fn: HubCallback, a: unknown, b: unknown, c: unknown): void {
    if (this.size === this.fns.length) this.grow();
    this.head = (this.head - 1) & (this.fns.length - 1);
    this.fns[this.head] = fn;
    this.as[this.head] = a;
    this.bs[this.head] = b;
    this.cs[this.head] = c;
    this.size++;
    this.pinned++;
  }

  /** The function of the entry `i` places from the front. */
  fnAt(i: number): HubCallback {
    return this.fns[(this.head + i) & (this.fns.length - 1)];
  }
  aAt(i: number): unknown {
    return this.as[(this.head + i) & (this.fns.length - 1)];
  }
  bAt(i: number): unknown {
    return this.bs[(this.head + i) & (this.fns.length - 1)];
  }
  cAt(i: number): unknown {
    return this.cs[(this.head + i) & (this.fns.length - 1)];
  }

  /** Move the entry `i` places from the front to the front, the others keeping their order. */
  moveToFront(i: number): void {
    const mask = this.fns.length - 1;
    const arrays = [this.fns, this.as, this.bs, this.cs] as unknown[][];
    for (const arr of arrays) {
      const moved = arr[(this.head + i) & mask];
      for (let k = i; k > 0; k--) arr[(this.head + k) & mask] = arr[(this.head + k - 1) & mask];
      arr[this.head] = moved;
    }
  }

  /** Take the first entry into `fn`, `a`, `b`, `c`. Returns false when empty. */
  shift(): boolean {
    if (this.size === 0) return false;
    const at = this.head;
    this.fn = this.fns[at];
    this.a = this.as[at];
    this.b = this.bs[at];
    this.c = this.cs[at];
    this.as[at] = undefined;
    this.bs[at] = undefined;
    this.head = (at + 1) & (this.fns.length - 1);
    this.size--;
    if (this.pinned > 0) this.pinned--;
    return true;
  }

  /**
   * Double the ring in place: each array keeps its backing store's contents (one native copy),
   * and the entries that had wrapped round to the front move to just past the old end, where
   * the larger ring continues, rather than copying the ring entry by entry (bench/README.md).
   */
  private grow(): void {
    const n = this.fns.length;
    const wrapped = this.head;
    for (const arr of [this.fns, this.as, this.bs, this.cs] as unknown[][]) {
      arr.length = 2 * n;
      arr.fill(undefined, n);
      if (wrapped > 0) {
        arr.copyWithin(n, 0, wrapped);
        arr.fill(undefined, 0, wrapped);
      }
    }
  }
}
