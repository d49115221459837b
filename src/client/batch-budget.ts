/**
 * What the page accepts from one run, whatever the worker sends: batches and runs of bounded
 * size, and output of a bounded number of lines. An honest run stays far inside the sizes (the
 * runtime stops at 5,000,000 events); a forged or corrupted batch, or an output flood, ends the
 * run before it can hold the page's memory or time. Counting costs one pass over a batch's
 * event heads, about a microsecond per thousand events.
 */
import { EV } from "../runtime/tracing/trace-kinds";

/** An honest batch is one recorder chunk: 1 MiB of words. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/** Events in one run: above the runtime's own event limit (5,000,000). */
export const MAX_RUN_EVENTS = 6_000_000;
/** Characters of new strings (printed text, names) in one run. */
export const MAX_RUN_TEXT = 32 * 1024 * 1024;
/** Lines of output in one run: what a learner could read many times over. */
export const MAX_OUTPUT_LINES = 250_000;

const WORDS_PER_EVENT = 4;

/** Why a run's messages were refused. */
export type Refusal =
  /** A message that is not the protocol's, or a batch that does not continue the last one. */
  | { kind: "malformed" }
  /** A batch or the run's trace or text over the sizes above. */
  | { kind: "too-large" }
  /** The program printed more than MAX_OUTPUT_LINES lines. */
  | { kind: "output-limit"; lines: number };

export class BatchBudget {
  private events = 0;
  private text = 0;
  private lines = 0;

  /** Counts one trace batch; a refusal when it or the run so far is over a limit. */
  take(words: ArrayBuffer, strings: readonly string[]): Refusal | null {
    if (words.byteLength % (WORDS_PER_EVENT * 4) !== 0) return { kind: "malformed" };
    if (words.byteLength > MAX_BATCH_BYTES) return { kind: "too-large" };
    this.events += words.byteLength / (WORDS_PER_EVENT * 4);
    for (const text of strings) this.text += text.length;
    if (this.events > MAX_RUN_EVENTS || this.text > MAX_RUN_TEXT) return { kind: "too-large" };
    const heads = new Uint32Array(words);
    for (let at = 0; at < heads.length; at += WORDS_PER_EVENT) {
      if ((heads[at] & 0xff) === EV.OUTPUT) this.lines++;
    }
    if (this.lines > MAX_OUTPUT_LINES) return { kind: "output-limit", lines: MAX_OUTPUT_LINES };
    return null;
  }
}
