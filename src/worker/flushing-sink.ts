/**
 * The trace sink the worker gives the runtime: the recorder, plus early flushes on switches
 * and output. The runtime reports progress (and so lets the worker flush) only every ~100 ms of
 * running; a program that hangs sooner would leave the page neither its output nor a trace
 * naming the greenlet that hung. So each of the first switches and lines is flushed at once,
 * then ever more rarely (2, 4, ... up to 1024 a flush, and then no sooner than 10 ms after the
 * last): a teaching program streams every one, a long run stays cheap, and a flood of output
 * reaches the page in batches it can take without falling behind.
 */
import type { TraceRecorder, TraceSink } from "../runtime/tracing/trace-recorder";
import { EV } from "../runtime/tracing/trace-kinds";

/** Switches and lines flushed one by one before the flushes space out. */
const EAGER_EVENTS = 256;
const MAX_EVENTS_PER_FLUSH = 1024;
/** Real milliseconds between flushes once they are spaced out. */
const MIN_FLUSH_INTERVAL_MS = 10;

export class FlushingSink implements TraceSink {
  private flushes = 0;
  private sinceFlush = 0;
  private perFlush = 1;
  private lastFlush = -Infinity;
  private readonly recorder: TraceRecorder;
  private readonly flush: () => void;
  private readonly realNow: () => number;

  constructor(recorder: TraceRecorder, flush: () => void, realNow: () => number) {
    this.recorder = recorder;
    this.flush = flush;
    this.realNow = realNow;
  }

  get count(): number {
    return this.recorder.count;
  }

  emit(kind: number, gid: number, a: number, b: number, site: number): void {
    this.recorder.emit(kind, gid, a, b, site);
    // A BLOCKED event stands for a switch too (it implies the switch to the hub).
    if (kind !== EV.SWITCH && kind !== EV.BLOCKED && kind !== EV.OUTPUT) return;
    if (++this.sinceFlush < this.perFlush) return;
    this.sinceFlush = 0;
    if (this.perFlush === MAX_EVENTS_PER_FLUSH) {
      const now = this.realNow();
      if (now - this.lastFlush < MIN_FLUSH_INTERVAL_MS) return;
      this.lastFlush = now;
    }
    if (++this.flushes >= EAGER_EVENTS)
      this.perFlush = Math.min(this.perFlush * 2, MAX_EVENTS_PER_FLUSH);
    this.flush();
  }

  amend(event: number, word: number, value: number): void {
    this.recorder.amend(event, word, value);
  }

  intern(text: string): number {
    return this.recorder.intern(text);
  }
}
