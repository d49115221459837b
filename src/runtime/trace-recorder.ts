import { EV, TRACE_VERSION } from "./trace-kinds";

/** Where the runtime writes trace events. The runtime never posts messages itself. */
export interface TraceSink {
  emit(kind: number, gid: number, a: number, b: number, site: number): void;
  intern(text: string): number;
  /** Events written so far. */
  readonly count: number;
}

/** The trace as data: four u32 words per event, interned strings, the compile step's sites. */
export interface EncodedTrace {
  version: number;
  words: Uint32Array;
  strings: string[];
  sites: Array<[number, number]>;
}

const WORDS_PER_EVENT = 4;
const INITIAL_EVENTS = 1 << 12;
/** Distinct strings kept before new ones are folded into one "…" entry, bounding memory. */
const MAX_STRINGS = 200_000;

/**
 * Records events into one growable Uint32Array (doubling), so a million events cost 16 MB and
 * the buffer crosses from the worker without copying. Strings are interned.
 */
export class TraceRecorder implements TraceSink {
  private words = new Uint32Array(INITIAL_EVENTS * WORDS_PER_EVENT);
  private used = 0;
  private readonly strings: string[] = [""];
  private readonly ids = new Map<string, number>([["", 0]]);
  /** Events before this index were already handed out by `drain`. */
  private drained = 0;
  private stringsDrained = 0;

  constructor(private readonly maxStrings = MAX_STRINGS) {}

  get count(): number {
    return this.used >>> 2;
  }

  emit(kind: number, gid: number, a: number, b: number, site: number): void {
    let at = this.used;
    if (at === this.words.length) {
      const bigger = new Uint32Array(this.words.length * 2);
      bigger.set(this.words);
      this.words = bigger;
    }
    const w = this.words;
    w[at++] = kind | (gid << 8);
    w[at++] = a;
    w[at++] = b;
    w[at++] = site;
    this.used = at;
  }

  intern(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    if (this.strings.length >= this.maxStrings) return this.intern("…");
    const id = this.strings.length;
    this.strings.push(text);
    this.ids.set(text, id);
    return id;
  }

  /** The whole trace so far (a copy of the used words). */
  snapshot(sites: Array<[number, number]>): EncodedTrace {
    return {
      version: TRACE_VERSION,
      words: this.words.slice(0, this.used),
      strings: this.strings.slice(),
      sites,
    };
  }

  /** Events and strings added since the last drain: for streaming batches out of a worker. */
  drain(): { words: Uint32Array; strings: string[]; firstString: number } {
    const from = this.drained * WORDS_PER_EVENT;
    const words = this.words.slice(from, this.used);
    const firstString = this.stringsDrained;
    const strings = this.strings.slice(firstString);
    this.drained = this.count;
    this.stringsDrained = this.strings.length;
    return { words, strings, firstString };
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

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Split a float64 into the two words a CLOCK event carries. */
export function emitClock(sink: TraceSink, seconds: number): void {
  f64[0] = seconds;
  sink.emit(EV.CLOCK, 0, u32[0], u32[1], 0);
}

/** Join the two words of a CLOCK event back into seconds. */
export function clockSeconds(low: number, high: number): number {
  u32[0] = low;
  u32[1] = high;
  return f64[0];
}
