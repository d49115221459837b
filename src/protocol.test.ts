import { describe, expect, it } from "vitest";
import { RunSession } from "./client/run-session";
import { readWorkerMessage } from "./client/read-message";
import { SAMPLE_MESSAGES, SAMPLE_RUN_ID } from "./client/sample-messages";
import { assertNever, toRunId, type WorkerToPage } from "./protocol";

const everyMessage = Object.values(SAMPLE_MESSAGES) as WorkerToPage[];

/** A fresh copy, since the trace sample's buffer is consumed by whoever reads it. */
const copy = (m: WorkerToPage): WorkerToPage =>
  m.type === "trace" ? { ...m, words: m.words.slice(0) } : structuredClone(m);

describe("the worker-to-page protocol", () => {
  it("has a sample of every message type, so every type below is exercised", () => {
    expect(everyMessage.map((m) => m.type).sort()).toEqual(Object.keys(SAMPLE_MESSAGES).sort());
  });

  it("accepts every well-formed message through the page's shape check", () => {
    for (const message of everyMessage) expect(readWorkerMessage(copy(message))).not.toBeNull();
  });

  it("handles every message type in a run session without falling through", () => {
    for (const message of everyMessage) {
      const session = new RunSession(SAMPLE_RUN_ID);
      expect(() => session.accept(copy(message))).not.toThrow();
    }
  });

  it("ends a run on exactly the messages that end it", () => {
    const ending = everyMessage.filter(
      (m) => new RunSession(SAMPLE_RUN_ID).accept(copy(m)) !== null,
    );
    expect(ending.map((m) => m.type).sort()).toEqual(["compile-error", "crashed", "done"]);
  });

  it("ignores messages of another run", () => {
    const session = new RunSession(toRunId("99999999999999999999999999999999"));
    expect(session.accept(copy(SAMPLE_MESSAGES.done))).toBeNull();
  });

  it("rejects an unknown message type at runtime through assertNever", () => {
    const unknown = { type: "teleport" } as unknown as never;
    expect(() => assertNever(unknown)).toThrow(/teleport/);
  });
});
