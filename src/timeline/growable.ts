/**
 * Typed arrays that grow by doubling: the layout's columns. One copy per doubling, so a
 * million values cost a few copies, and reading is a plain array access. Pure.
 */
export class GrowableU32 {
  data: Uint32Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Uint32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  pop(): void {
    if (this.length > 0) this.length--;
  }

  /** Bytes of the values held (not the spare capacity). */
  get bytes(): number {
    return this.length * 4;
  }
}

export class GrowableU8 {
  data: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Uint8Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint8Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  pop(): void {
    if (this.length > 0) this.length--;
  }

  get bytes(): number {
    return this.length;
  }
}

/** The index of the last value <= `value` in the ascending `data[0, length)`, -1 if none. */
export function lastAtMost(data: ArrayLike<number>, length: number, value: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (data[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
