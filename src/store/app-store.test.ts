import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import type { RunListener, RunOutcome, Runner } from "../client/runner";
import type { RunRequest } from "../protocol";
import { createAppStore } from "./app-store";

describe("the app store", () => {
  it("runs the code it holds and ends idle with the output and the report", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: 'print("hello");\n' });
    const running = store.getState().run();
    expect(store.getState().status).toBe("running");
    await running;
    const state = store.getState();
    expect(state.status).toBe("idle");
    expect(state.output).toEqual([{ stream: "stdout", text: "hello" }]);
    expect(state.report).toMatchObject({ kind: "done", error: null });
    expect(state.trace?.words.length).toBeGreaterThan(0);
  });

  it("marks a syntax error's position as a problem", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: "let = 1;\n" });
    await store.getState().run();
    expect(store.getState().problems).toEqual([
      expect.objectContaining({ line: 1, column: 5, severity: "error" }),
    ]);
    expect(store.getState().trace).toBeNull();
  });

  it("retires the last run's marks once the code is edited", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: "let = 1;\n" });
    await store.getState().run();
    store.getState().setCode("let = 1;\n");
    expect(store.getState().problems).toHaveLength(1);
    store.getState().setCode("let x = 1;\n");
    expect(store.getState().problems).toEqual([]);
  });

  it("keeps a newer run's state when an older run ends late", async () => {
    const pending: Array<(o: RunOutcome) => void> = [];
    const runner: Runner = {
      run: (_request: RunRequest, _listener?: RunListener) =>
        new Promise((resolve) => pending.push(resolve)),
      stop: () => {},
      dispose: () => {},
    };
    const store = createAppStore({ runner });
    const first = store.getState().run();
    const second = store.getState().run();
    pending[1]({ kind: "compile-error", error: { line: 2, column: 1, message: "second" } });
    await second;
    pending[0]({ kind: "compile-error", error: { line: 1, column: 1, message: "first" } });
    await first;
    expect(store.getState().report).toMatchObject({ kind: "compile-error", message: "second" });
  });
});
