import { describe, expect, it } from "vitest";
import { readWorkerMessage } from "./read-message";
import { SAMPLE_MESSAGES } from "./sample-messages";

describe("reading a message from the sandbox", () => {
  it("rejects what is not an object with a known type", () => {
    for (const junk of [null, 42, "done", [], {}, { type: "teleport" }, { type: "toString" }]) {
      expect(readWorkerMessage(junk)).toBeNull();
    }
  });

  it("rejects a known type with fields of the wrong shape", () => {
    expect(readWorkerMessage({ ...SAMPLE_MESSAGES.progress, events: "many" })).toBeNull();
    expect(readWorkerMessage({ ...SAMPLE_MESSAGES.trace, strings: [{ html: "x" }] })).toBeNull();
    // Output reaches the page inside the trace only; a separate output message is not ours.
    expect(readWorkerMessage({ type: "output", runId: 1, lines: [] })).toBeNull();
    expect(readWorkerMessage({ ...SAMPLE_MESSAGES.trace, words: [1, 2, 3, 4] })).toBeNull();
    expect(
      readWorkerMessage({ ...SAMPLE_MESSAGES.done, summary: { stdout: "forged" } }),
    ).toBeNull();
    expect(readWorkerMessage({ ...SAMPLE_MESSAGES["compile-error"], runId: "7" })).toBeNull();
  });

  it("passes a well-formed message through unchanged", () => {
    const message = SAMPLE_MESSAGES.trace;
    expect(readWorkerMessage(message)).toBe(message);
  });
});
