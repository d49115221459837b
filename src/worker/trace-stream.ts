/**
 * Streams the trace out of the worker while the run goes on, so a run that is stopped (the
 * frame removed) has already handed over everything recorded up to its last progress report.
 * The page reads the program's output from these batches too: the trace is its one source.
 */
import type { RunId } from "../protocol";
import type { TraceRecorder } from "../runtime/tracing/trace-recorder";
import type { Post } from "./post";

export class TraceStream {
  private readonly recorder: TraceRecorder;
  private readonly post: Post;

  constructor(recorder: TraceRecorder, post: Post) {
    this.recorder = recorder;
    this.post = post;
  }

  /**
   * Sends the events and strings recorded since the last flush, as run `runId`: one message a
   * chunk, the new strings with the first.
   */
  flush(runId: RunId): void {
    const { chunks, strings, firstString } = this.recorder.drain();
    if (chunks.length === 0 && strings.length === 0) return;
    const afterNew = firstString + strings.length;
    chunks.forEach((chunk, index) => {
      const buffer = ownBuffer(chunk);
      const batch = index === 0 ? { strings, firstString } : { strings: [], firstString: afterNew };
      this.post({ type: "trace", runId, words: buffer, ...batch }, [buffer]);
    });
    if (chunks.length === 0) {
      this.post({ type: "trace", runId, words: new ArrayBuffer(0), strings, firstString }, []);
    }
  }
}
/** A buffer holding exactly `words`, to transfer: its own when it spans all of it, else a copy. */
function ownBuffer(words: Uint32Array): ArrayBuffer {
  const whole = words.byteOffset === 0 && words.byteLength === words.buffer.byteLength;
  return (whole ? words : words.slice()).buffer as ArrayBuffer;
}
