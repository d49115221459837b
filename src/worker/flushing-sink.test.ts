import { describe, expect, it } from "vitest";
import { TraceRecorder } from "../runtime/tracing/trace-recorder";
import { EV } from "../runtime/tracing/trace-kinds";
import { FlushingSink } from "./flushing-sink";

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("the worker's flushing sink", () => {
  it("flushes a line of output at once, so a program that hangs next still shows it", () => {
    let flushes = 0;
    const sink = new FlushingSink(
      new TraceRecorder(),
      () => flushes++,
      () => 0,
    );
    sink.emit(EV.CLOCK, 0, 0, 0, 0);
    expect(flushes).toBe(0);
    sink.emit(EV.OUTPUT, 1, 0, 0, 0);
    expect(flushes).toBe(1);
  });

  it("records every event in the recorder", () => {
    const recorder = new TraceRecorder();
    const sink = new FlushingSink(
      recorder,
      () => {},
      () => 0,
    );
    sink.emit(EV.CLOCK, 0, 1, 2, 0);
    sink.emit(EV.SWITCH, 1, 2, 0, 0);
    expect(sink.count).toBe(2);
    expect(sink.intern("x")).toBe(recorder.intern("x"));
  });

  it("flushes on each of the first 256 switches, then after ever longer runs of them", () => {
    const flushedAfter: number[] = [];
    let switches = 0;
    const sink = new FlushingSink(
      new TraceRecorder(),
      () => flushedAfter.push(switches),
      () => 0,
    );
    for (switches = 1; switches <= 300; switches++) {
      sink.emit(EV.CLOCK, 0, 0, 0, 0);
      sink.emit(EV.SWITCH, 1, 2, 0, 0);
    }
    expect(flushedAfter.slice(0, 256)).toEqual(range(1, 256));
    expect(flushedAfter.slice(256)).toEqual([258, 262, 270, 286]);
  });

  it("once spaced out, flushes no sooner than 10 ms after the last flush", () => {
    let now = 0;
    let flushes = 0;
    const sink = new FlushingSink(
      new TraceRecorder(),
      () => flushes++,
      () => now,
    );
    const switches = (n: number) => {
      for (let i = 0; i < n; i++) sink.emit(EV.SWITCH, 1, 2, 0, 0);
    };
    switches(256 + 2 + 4 + 8 + 16 + 32 + 64 + 128 + 256 + 512 + 1024);
    const spacedOut = flushes;
    switches(1024 * 20);
    expect(flushes).toBe(spacedOut);
    now = 10;
    switches(1024);
    expect(flushes).toBe(spacedOut + 1);
  });
});
