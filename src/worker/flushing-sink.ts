/**
 * The trace sink the worker gives the runtime: the recorder, plus early flushes on switches
 * and output. The runtime reports progress (and so lets the worker flush) only every ~100 ms of
 * running; a program that hangs sooner would leave the page neither its output nor a trace
 * naming the greenlet that hung. So each of the first switches and lines is flushed at once,
 * then ever more rarely (2, 4, ... up to 1024 a flush): a teaching program streams every one,
 * a long run stays cheap.
 */
import type { TraceRecorder, TraceSink } from "../runtime/tracing/trace-recorder";
import { EV } from "../runtime/tracing/trace-kinds";

/** Switches and lines flushed one by one before the flushes space out. */
const EAGER_EVENTS = 256;
const MAX_EVENTS_PER_FLUSH = 1024;

export class FlushingSink implements TraceSink {
  private flushes = 0;
  private sinceFlush = 0;
  private perFlush = 1;
  private readonly recorder: TraceRecorder;
  private readonly flush: () => void;

  constructor(recorder: TraceRecorder, flush: () => void) {
    this.recorder = recorder;
    this.flush = flush;
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
    if (++this.flushes >= EAGER_EVENTS)
      this.perFlush = Math.min(this.perFlush * 2, MAX_EVENTS_PER_FLUSH);
    this.flush();
  }

  intern(text: string): number {
    return this.recorder.intern(text);
  }
}
