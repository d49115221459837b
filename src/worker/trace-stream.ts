/**
 * Streams the trace out of the worker while the run goes on, so a run that is stopped (the
 * frame removed) has already handed over everything recorded up to its last progress report.
 * Each batch also yields the output lines it holds, sent on for the console.
 */
import type { OutputLine, RunId } from "../protocol";
import type { TraceRecorder } from "../runtime/trace-recorder";
import { EV } from "../runtime/trace-kinds";
import type { Post } from "./post";

const WORDS_PER_EVENT = 4;

/** The OUTPUT events among `words`, as lines; `strings` is the whole string table so far. */
export function outputLines(words: Uint32Array, strings: readonly string[]): OutputLine[] {
  const lines: OutputLine[] = [];
  for (let at = 0; at < words.length; at += WORDS_PER_EVENT) {
    if ((words[at] & 0xff) !== EV.OUTPUT) continue;
    lines.push({ stream: words[at + 2] === 1 ? "stderr" : "stdout", text: strings[words[at + 1]] });
  }
  return lines;
}

export class TraceStream {
  /** Every string the recorder has handed out, to read the output events' text. */
  private readonly strings: string[] = [];
  private readonly runId: RunId;
  private readonly recorder: TraceRecorder;
  private readonly post: Post;

  constructor(runId: RunId, recorder: TraceRecorder, post: Post) {
    this.runId = runId;
    this.recorder = recorder;
    this.post = post;
  }

  /**
   * Sends the events and strings recorded since the last flush (one message a chunk, the new
   * strings with the first), then the output lines they hold.
   */
  flush(): void {
    const { chunks, strings, firstString } = this.recorder.drain();
    if (chunks.length === 0 && strings.length === 0) return;
    for (const text of strings) this.strings.push(text);
    const lines: OutputLine[] = [];
    chunks.forEach((chunk, index) => {
      lines.push(...outputLines(chunk, this.strings));
      const buffer = ownBuffer(chunk);
      const batch =
        index === 0 ? { strings, firstString } : { strings: [], firstString: this.strings.length };
      this.post({ type: "trace", runId: this.runId, words: buffer, ...batch }, [buffer]);
    });
    if (chunks.length === 0) {
      this.post(
        { type: "trace", runId: this.runId, words: new ArrayBuffer(0), strings, firstString },
        [],
      );
    }
    if (lines.length > 0) this.post({ type: "output", runId: this.runId, lines }, []);
  }
}

/** A buffer holding exactly `words`, to transfer: its own when it spans all of it, else a copy. */
function ownBuffer(words: Uint32Array): ArrayBuffer {
  const whole = words.byteOffset === 0 && words.byteLength === words.buffer.byteLength;
  return (whole ? words : words.slice()).buffer as ArrayBuffer;
}
