import { describe, expect, it } from "vitest";
import { toRunId, type WorkerToPage } from "../protocol";
import { TraceRecorder } from "../runtime/trace-recorder";
import { EV } from "../runtime/trace-kinds";
import { outputLines, TraceStream } from "./trace-stream";

describe("streaming the trace out of the worker", () => {
  it("reads output lines, stdout and stderr, from the events", () => {
    const words = new Uint32Array([
      EV.OUTPUT | (1 << 8),
      1,
      0,
      0,
      EV.CLOCK,
      0,
      0,
      0,
      EV.OUTPUT,
      2,
      1,
      0,
    ]);
    expect(outputLines(words, ["", "out", "err"])).toEqual([
      { stream: "stdout", text: "out" },
      { stream: "stderr", text: "err" },
    ]);
  });

  it("sends each event once, with only the strings new since the last batch", () => {
    const recorder = new TraceRecorder();
    const posted: WorkerToPage[] = [];
    const stream = new TraceStream(toRunId(1), recorder, (m) => posted.push(m));
    recorder.emit(EV.OUTPUT, 1, recorder.intern("first"), 0, 0);
    stream.flush();
    recorder.emit(EV.OUTPUT, 1, recorder.intern("first"), 0, 0);
    recorder.emit(EV.OUTPUT, 1, recorder.intern("second"), 0, 0);
    stream.flush();
    stream.flush();
    const batches = posted.filter((m) => m.type === "trace");
    expect(
      batches.map((m) => (m.type === "trace" ? [m.words.byteLength / 16, m.strings] : [])),
    ).toEqual([
      [1, ["", "first"]],
      [2, ["second"]],
    ]);
    const texts = posted.flatMap((m) => (m.type === "output" ? m.lines.map((l) => l.text) : []));
    expect(texts).toEqual(["first", "first", "second"]);
  });
});
