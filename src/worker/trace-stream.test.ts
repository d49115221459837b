import { describe, expect, it } from "vitest";
import { toRunId, type WorkerToPage } from "../protocol";
import { TraceRecorder } from "../runtime/tracing/trace-recorder";
import { EV } from "../runtime/tracing/trace-kinds";
import { TraceStream } from "./trace-stream";

describe("streaming the trace out of the worker", () => {
  it("sends each event once, with only the strings new since the last batch", () => {
    const recorder = new TraceRecorder();
    const posted: WorkerToPage[] = [];
    const runId = toRunId("11111111111111111111111111111111");
    const stream = new TraceStream(recorder, (m) => posted.push(m));
    recorder.emit(EV.OUTPUT, 1, recorder.intern("first"), 0, 0);
    stream.flush(runId);
    recorder.emit(EV.OUTPUT, 1, recorder.intern("first"), 0, 0);
    recorder.emit(EV.OUTPUT, 1, recorder.intern("second"), 0, 0);
    stream.flush(runId);
    stream.flush(runId);
    const batches = posted.filter((m) => m.type === "trace");
    expect(
      batches.map((m) => (m.type === "trace" ? [m.words.byteLength / 16, m.strings] : [])),
    ).toEqual([
      [1, ["", "first"]],
      [2, ["second"]],
    ]);
    // The output reaches the page inside the batches: the three OUTPUT events, in order.
    const strings = batches.flatMap((m) => (m.type === "trace" ? m.strings : []));
    const texts = batches.flatMap((m) => {
      if (m.type !== "trace") return [];
      const w = new Uint32Array(m.words);
      const out: string[] = [];
      for (let at = 0; at < w.length; at += 4) {
        if ((w[at] & 0xff) === EV.OUTPUT) out.push(strings[w[at + 1]]);
      }
      return out;
    });
    expect(texts).toEqual(["first", "first", "second"]);
  });
});
