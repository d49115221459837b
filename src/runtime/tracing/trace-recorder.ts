import { EV, TRACE_VERSION, clockWordsOf } from "./trace-kinds";

/** Where the runtime writes trace events. The runtime never posts messages itself. */
export interface TraceSink {
  emit(kind: number, gid: number, a: number, b: number, site: number): void;
  intern(text: string): number;
  /** Events written so far. */
  readonly count: number;
  /** Rewrites word `word` (0-3) of event `event`, if the sink still holds it (open-choice.ts). */
  amend?(event: number, word: number, value: number): void;
}

/** The trace as data: four u32 words per event, interned strings, the compile step's sites. */
export interface EncodedTrace {
  version: number;
  words: Uint32Array;
  strings: string[];
  sites: Array<[number, number]>;
}

/** 64K events (1 MiB) per chunk: growing never copies, and full chunks can be streamed out. */
const CHUNK_WORDS = 1 << 18;
/** Distinct strings kept before new ones are folded into one "…" entry, bounding memory. */
const MAX_STRINGS = 200_000;

/**
 * Records events into fixed-size Uint32Array chunks, so a million events cost 16 MB, recording
 * never copies, and the buffers cross from the worker without copying. Strings are interned.
 */
export class TraceRecorder implements TraceSink {
  private chunk = new Uint32Array(CHUNK_WORDS);
  private at = 0;
  /** Full chunks not yet handed out by `drain`. */
  private full: Uint32Array[] = [];
  private readonly strings: string[] = [""];
  private readonly ids = new Map<string, number>([["", 0]]);
  /** Chunks handed out (and dropped) by `drain`. */
  private chunksDropped = 0;
  /** Words already drained: of `full[0]` when there are full chunks, else of `chunk`. */
  private headOffset = 0;
  private drainedAt = 0;
  private stringsDrained = 0;

  constructor(private readonly maxStrings = MAX_STRINGS) {}

  get count(): number {
    return ((this.chunksDropped + this.full.length) * CHUNK_WORDS + this.at) >>> 2;
  }

  emit(kind: number, gid: number, a: number, b: number, site: number): void {
    let at = this.at;
    if (at === CHUNK_WORDS) {
      this.rollOver();
      at = 0;
    }
    const w = this.chunk;
    w[at] = kind | (gid << 8);
    w[at + 1] = a;
    w[at + 2] = b;
    w[at + 3] = site;
    this.at = at + 4;
  }

  amend(event: number, word: number, value: number): void {
    // Events before the first held chunk were handed out by `drain`: their reader amends its copy.
    const index = event * 4 + word - this.chunksDropped * CHUNK_WORDS;
    if (index < 0) return;
    const chunk = Math.floor(index / CHUNK_WORDS);
    if (chunk < this.full.length) this.full[chunk][index % CHUNK_WORDS] = value;
    else if (chunk === this.full.length) this.chunk[index % CHUNK_WORDS] = value;
  }

  intern(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    // Past the cap every new string folds into "…", itself interned once, past the cap.
    if (this.strings.length >= this.maxStrings && text !== "…") return this.intern("…");
    const id = this.strings.length;
    this.strings.push(text);
    this.ids.set(text, id);
    return id;
  }

  /** The trace recorded so far (all of it unless `drain` handed parts out), in one array. */
  snapshot(sites: Array<[number, number]>): EncodedTrace {
    const words = new Uint32Array(this.full.length * CHUNK_WORDS + this.at);
    let off = 0;
    for (const c of this.full) {
      words.set(c, off);
      off += CHUNK_WORDS;
    }
    words.set(this.chunk.subarray(0, this.at), off);
    return { version: TRACE_VERSION, words, strings: this.strings.slice(), sites };
  }

  /**
   * Events and strings added since the last drain, for streaming batches out of a worker. Full
   * chunks are handed over whole (transferable; the recorder drops them), the current one copied.
   */
  drain(): { chunks: Uint32Array[]; strings: string[]; firstString: number } {
    const chunks: Uint32Array[] = [];
    if (this.full.length > 0) {
      chunks.push(this.full[0].subarray(this.headOffset), ...this.full.slice(1));
      this.chunksDropped += this.full.length;
      this.full = [];
      this.headOffset = 0;
    }
    if (this.at > this.drainedAt) chunks.push(this.chunk.slice(this.drainedAt, this.at));
    this.drainedAt = this.at;
    const firstString = this.stringsDrained;
    const strings = this.strings.slice(firstString);
    this.stringsDrained = this.strings.length;
    return { chunks, strings, firstString };
  }

  private rollOver(): void {
    if (this.full.length === 0) this.headOffset = this.drainedAt;
    this.full.push(this.chunk);
    this.chunk = new Uint32Array(CHUNK_WORDS);
    this.drainedAt = 0;
  }
}

/** A sink that keeps nothing: for benchmarks that measure the runtime without its trace. */
export class NullSink implements TraceSink {
  count = 0;
  emit(): void {
    this.count++;
  }
  intern(): number {
    return 0;
  }
}

/** Split a float64 into the two words a CLOCK event carries. */
export function emitClock(sink: TraceSink, seconds: number): void {
  const [low, high] = clockWordsOf(seconds);
  sink.emit(EV.CLOCK, 0, low, high, 0);
}
