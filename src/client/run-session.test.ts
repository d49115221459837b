import { describe, expect, it } from "vitest";
import { toRunId, type WorkerToPage } from "../protocol";
import { EV, MAIN_GID } from "../runtime/tracing/trace-kinds";
import { MAX_BATCH_BYTES, MAX_OUTPUT_LINES, MAX_RUN_TEXT } from "./batch-budget";
import { RunSession } from "./run-session";

const runId = toRunId("00000000000000000000000000000001");
const OUTPUT = EV.OUTPUT | (MAIN_GID << 8);

/** A batch of `lines` OUTPUT events, all printing string 1. */
function outputBatch(lines: number, firstString: number, strings: string[] = []): WorkerToPage {
  const words = new Uint32Array(lines * 4);
  for (let at = 0; at < words.length; at += 4) words.set([OUTPUT, 1, 0, 0], at);
  return { type: "trace", runId, words: words.buffer, strings, firstString };
}

describe("a run session, given what the runner sends", () => {
  it("ends the run, keeping the trace so far, once the program printed too many lines", () => {
    const session = new RunSession(runId);
    expect(session.accept(outputBatch(60_000, 0, ["", "x"]))).toBeNull();
    let outcome = null;
    for (let sent = 60_000; outcome === null && sent <= MAX_OUTPUT_LINES; sent += 60_000) {
      outcome = session.accept(outputBatch(60_000, 2));
    }
    expect(outcome).toMatchObject({
      kind: "refused",
      refusal: { kind: "output-limit", lines: MAX_OUTPUT_LINES },
    });
    if (outcome?.kind !== "refused") throw new Error("not refused");
    expect(outcome.trace.strings).toEqual(["", "x"]);
    expect(outcome.trace.words.length).toBeGreaterThanOrEqual(4 * 240_000);
  });

  it("refuses a batch over the size of one, and a run whose text is over the size of one", () => {
    const huge: WorkerToPage = {
      type: "trace",
      runId,
      words: new ArrayBuffer(MAX_BATCH_BYTES + 16),
      strings: [""],
      firstString: 0,
    };
    expect(new RunSession(runId).accept(huge)).toMatchObject({ refusal: { kind: "too-large" } });
    const session = new RunSession(runId);
    const half = "y".repeat(MAX_RUN_TEXT / 2 + 1);
    expect(session.accept(outputBatch(1, 0, ["", half]))).toBeNull();
    expect(session.accept(outputBatch(1, 2, [half]))).toMatchObject({
      kind: "refused",
      refusal: { kind: "too-large" },
    });
  });

  it("ends the run with a clear refusal when a message is malformed or out of order", () => {
    expect(new RunSession(runId).accept(null)).toMatchObject({ refusal: { kind: "malformed" } });
    const session = new RunSession(runId);
    expect(session.accept(outputBatch(1, 5, ["late"]))).toMatchObject({
      kind: "refused",
      refusal: { kind: "malformed" },
    });
    const ragged: WorkerToPage = {
      type: "trace",
      runId,
      words: new ArrayBuffer(12),
      strings: [""],
      firstString: 0,
    };
    expect(new RunSession(runId).accept(ragged)).toMatchObject({ refusal: { kind: "malformed" } });
  });

  it("ignores a message for another run", () => {
    const other = toRunId("00000000000000000000000000000002");
    const session = new RunSession(runId);
    const done: WorkerToPage = {
      type: "done",
      runId: other,
      summary: { stdout: "", stderr: "", elapsed: 0, events: 0, error: null, warnings: [] },
    };
    expect(session.accept(done)).toBeNull();
  });
});
