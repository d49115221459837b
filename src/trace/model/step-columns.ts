/**
 * The steps of a run, column by column: one typed-array slot per step for its kind, greenlet,
 * two operands, site and time. Chunked, so growing never copies what is already stored and a
 * million steps cost about 28 bytes each. Pure.
 */

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

interface Chunk {
  kind: Uint8Array;
  gid: Uint32Array;
  a: Uint32Array;
  b: Uint32Array;
  site: Uint32Array;
  time: Float64Array;
}

function newChunk(): Chunk {
  return {
    kind: new Uint8Array(CHUNK),
    gid: new Uint32Array(CHUNK),
    a: new Uint32Array(CHUNK),
    b: new Uint32Array(CHUNK),
    site: new Uint32Array(CHUNK),
    time: new Float64Array(CHUNK),
  };
}

export class StepColumns {
  private readonly chunks: Chunk[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(kind: number, gid: number, a: number, b: number, site: number, time: number): number {
    const at = this.count & MASK;
    if (at === 0) this.chunks.push(newChunk());
    const c = this.chunks[this.chunks.length - 1];
    c.kind[at] = kind;
    c.gid[at] = gid;
    c.a[at] = a;
    c.b[at] = b;
    c.site[at] = site;
    c.time[at] = time;
    return this.count++;
  }

  kind(step: number): number {
    return this.chunks[step >>> CHUNK_BITS].kind[step & MASK];
  }
  gid(step: number): number {
    return this.chunks[step >>> CHUNK_BITS].gid[step & MASK];
  }
  a(step: number): number {
    return this.chunks[step >>> CHUNK_BITS].a[step & MASK];
  }
  b(step: number): number {
    return this.chunks[step >>> CHUNK_BITS].b[step & MASK];
  }
  site(step: number): number {
    return this.chunks[step >>> CHUNK_BITS].site[step & MASK];
  }
  time(step: number): number {
    return this.chunks[step >>> CHUNK_BITS].time[step & MASK];
  }

  /** Bytes held by the columns (whole chunks). */
  get bytes(): number {
    return this.chunks.length * CHUNK * (1 + 4 * 4 + 8);
  }
}

/** A growable list of u32 (step numbers), stored in chunks like the columns. */
export class U32List {
  private readonly chunks: Uint32Array[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    const at = this.count & 4095;
    if (at === 0) this.chunks.push(new Uint32Array(4096));
    this.chunks[this.chunks.length - 1][at] = value;
    this.count++;
  }

  at(index: number): number {
    return this.chunks[index >>> 12][index & 4095];
  }

  last(): number | undefined {
    return this.count === 0 ? undefined : this.at(this.count - 1);
  }

  /** The number of values <= `value` (the list is sorted ascending). */
  countAtMost(value: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at(mid) <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The largest value < `value`, or undefined (sorted ascending). */
  before(value: number): number | undefined {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at(mid) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : this.at(lo - 1);
  }

  /** The smallest value > `value`, or undefined (sorted ascending). */
  after(value: number): number | undefined {
    const index = this.countAtMost(value);
    return index < this.count ? this.at(index) : undefined;
  }

  get bytes(): number {
    return this.chunks.length * 4096 * 4;
  }
}
