/**
 * The steps of a run, column by column: one typed-array slot per step for its kind and
 * greenlet (one word, as the trace packs them), two operands and site; the time is kept apart,
 * once for each step at which the clock moved. Chunked, so growing never copies what is
 * already stored; a step costs 16 bytes. Pure.
 */

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

interface Chunk {
  /** kind | gid << 8. */
  head: Uint32Array;
  a: Uint32Array;
  b: Uint32Array;
  site: Uint32Array;
}

function newChunk(): Chunk {
  return {
    head: new Uint32Array(CHUNK),
    a: new Uint32Array(CHUNK),
    b: new Uint32Array(CHUNK),
    site: new Uint32Array(CHUNK),
  };
}

export class StepColumns {
  private readonly chunks: Chunk[] = [];
  private count = 0;
  /** The times the clock moved to, and the first step at each. */
  private readonly times: number[] = [];
  private readonly timeSteps = new U32List();

  get length(): number {
    return this.count;
  }

  push(kind: number, gid: number, a: number, b: number, site: number, time: number): number {
    const at = this.count & MASK;
    if (at === 0) this.chunks.push(newChunk());
    const c = this.chunks[this.chunks.length - 1];
    const times = this.times;
    if (times.length === 0 || times[times.length - 1] !== time) {
      times.push(time);
      this.timeSteps.push(this.count);
    }
    c.head[at] = (kind | (gid << 8)) >>> 0;
    c.a[at] = a;
    c.b[at] = b;
    c.site[at] = site;
    return this.count++;
  }

  kind(step: number): number {
    return this.chunks[step >>> CHUNK_BITS].head[step & MASK] & 0xff;
  }
  gid(step: number): number {
    return this.chunks[step >>> CHUNK_BITS].head[step & MASK] >>> 8;
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
    return this.times[this.timeSteps.countAtMost(step) - 1] ?? 0;
  }

  /** Bytes held by the columns (whole chunks) and the distinct times. */
  get bytes(): number {
    return this.chunks.length * CHUNK * 4 * 4 + this.times.length * 8 + this.timeSteps.bytes;
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
