/**
 * Puts the trace batches a worker streams back together, so a run ended from outside (stopped,
 * watchdog) still leaves the trace it recorded up to then.
 */
import type { EncodedTrace } from "../runtime/run";
import { TRACE_VERSION } from "../runtime/tracing/trace-kinds";

type Site = [line: number, column: number];

export class TraceAssembler {
  /** The batches as they came: appending one costs no copy; a snapshot joins them. */
  private readonly batches: Uint32Array[] = [];
  private used = 0;
  private readonly strings: string[] = [];
  private sites: Site[] = [[0, 0]];

  /** The compile step's site table, which the trace's `site` words index. */
  setSites(sites: Site[]): void {
    this.sites = sites;
  }

  /**
   * Appends one batch, kept as it is (the caller gives it up). Returns false, keeping nothing,
   * when the batch does not continue the strings received so far (a lost or reordered batch
   * would mislabel every later event).
   */
  append(batch: ArrayBuffer, strings: string[], firstString: number): boolean {
    if (firstString !== this.strings.length || batch.byteLength % 16 !== 0) return false;
    if (batch.byteLength > 0) this.batches.push(new Uint32Array(batch));
    this.used += batch.byteLength / 4;
    for (const text of strings) this.strings.push(text);
    return true;
  }

  get eventCount(): number {
    return this.used / 4;
  }

  /** A copy of everything received so far. */
  snapshot(): EncodedTrace {
    const words = new Uint32Array(this.used);
    let at = 0;
    for (const batch of this.batches) {
      words.set(batch, at);
      at += batch.length;
    }
    return { version: TRACE_VERSION, words, strings: this.strings.slice(), sites: this.sites };
  }
}
