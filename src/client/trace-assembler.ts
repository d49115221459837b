/**
 * Puts the trace batches a worker streams back together, so a run ended from outside (stopped,
 * watchdog) still leaves the trace it recorded up to then.
 */
import type { EncodedTrace } from "../runtime/run";
import { TRACE_VERSION } from "../runtime/tracing/trace-kinds";

type Site = [line: number, column: number];

export class TraceAssembler {
  private words = new Uint32Array(1 << 12);
  private used = 0;
  private readonly strings: string[] = [];
  private sites: Site[] = [[0, 0]];

  /** The compile step's site table, which the trace's `site` words index. */
  setSites(sites: Site[]): void {
    this.sites = sites;
  }

  /**
   * Appends one batch. Returns false, keeping nothing, when the batch does not continue the
   * strings received so far (a lost or reordered batch would mislabel every later event).
   */
  append(batch: ArrayBuffer, strings: string[], firstString: number): boolean {
    if (firstString !== this.strings.length || batch.byteLength % 16 !== 0) return false;
    const incoming = new Uint32Array(batch);
    this.reserve(this.used + incoming.length);
    this.words.set(incoming, this.used);
    this.used += incoming.length;
    for (const text of strings) this.strings.push(text);
    return true;
  }

  get eventCount(): number {
    return this.used / 4;
  }

  /** A copy of everything received so far. */
  snapshot(): EncodedTrace {
    return {
      version: TRACE_VERSION,
      words: this.words.slice(0, this.used),
      strings: this.strings.slice(),
      sites: this.sites,
    };
  }

  private reserve(size: number): void {
    if (size <= this.words.length) return;
    let capacity = this.words.length;
    while (capacity < size) capacity *= 2;
    const bigger = new Uint32Array(capacity);
    bigger.set(this.words.subarray(0, this.used));
    this.words = bigger;
  }
}
