/**
 * One well-formed message of every type the worker sends, keyed by type: adding a message type
 * to the protocol fails to compile until it has a sample here, so the tests below cover it.
 */
import { toRunId, type WorkerMessageType, type WorkerToPage } from "../protocol";

const runId = toRunId("0123456789abcdef0123456789abcdef");

export const SAMPLE_MESSAGES: { [K in WorkerMessageType]: Extract<WorkerToPage, { type: K }> } = {
  ready: { type: "ready" },
  compiled: {
    type: "compiled",
    runId,
    sites: [
      [0, 0],
      [3, 5],
    ],
  },
  "compile-error": {
    type: "compile-error",
    runId,
    error: { line: 2, column: 9, message: "Unexpected token" },
  },
  progress: { type: "progress", runId, virtualTime: 1.5, events: 40 },
  trace: {
    type: "trace",
    runId,
    words: new Uint32Array([18 | (1 << 8), 1, 0, 0]).buffer,
    strings: ["hi"],
    firstString: 0,
  },
  done: {
    type: "done",
    runId,
    summary: { stdout: "hi\n", stderr: "", elapsed: 0, events: 1, error: null, warnings: [] },
  },
  crashed: { type: "crashed", runId, message: "the runner failed" },
};

export const SAMPLE_RUN_ID = runId;
