import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import { createAppStore } from "./app-store";
import { connectEmbedBridge, type EmbedWindow } from "./embed-bridge";
import type { EmbedToHost } from "./embed-protocol";

const PROGRAM = [
  'import { spawn, sleep } from "gevent";',
  "function* task(n: number) { yield* sleep(n); print(`done ${n}`); }",
  "yield* spawn(task, 1).join();",
].join("\n");

/** A window whose parent and other frames the test plays. */
function testWindow() {
  const parent = { name: "host" };
  const posted: EmbedToHost[] = [];
  let listener: (event: { source: unknown; data: unknown }) => void = () => {};
  const win: EmbedWindow = {
    parent,
    postToParent: (message) => posted.push(message),
    onMessage: (l) => {
      listener = l;
      return () => (listener = () => {});
    },
  };
  return {
    win,
    posted,
    fromParent: (data: unknown) => listener({ source: parent, data }),
    fromElsewhere: (data: unknown) => listener({ source: { name: "sibling" }, data }),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function runFinished(store: ReturnType<typeof createAppStore>, runs: number) {
  while (store.getState().finishedRuns < runs) await settle();
}

describe("the embed's bridge to its host page", () => {
  it("says ready once the embed is usable, and only then", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: PROGRAM });
    const { win, posted } = testWindow();
    let usable!: () => void;
    connectEmbedBridge(store, win, new Promise<void>((resolve) => (usable = resolve)));
    await settle();
    expect(posted).toEqual([]);
    usable();
    await settle();
    expect(posted).toEqual([{ type: "ready", version: 1 }]);
  });

  it("runs on request and reports the run's steps and the step it ends on", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: PROGRAM });
    const { win, posted, fromParent } = testWindow();
    connectEmbedBridge(store, win, new Promise(() => {}));
    fromParent({ type: "run", version: 1 });
    await runFinished(store, 1);
    const steps = store.getState().model!.stepCount;
    expect(steps).toBeGreaterThan(2);
    expect(posted).toEqual([
      { type: "runFinished", version: 1, steps },
      { type: "stepChanged", version: 1, step: steps - 1 },
    ]);
  });

  it("steps on request and reports the step, once per change", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: PROGRAM });
    const { win, posted, fromParent } = testWindow();
    connectEmbedBridge(store, win, new Promise(() => {}));
    await store.getState().run();
    posted.length = 0;
    fromParent({ type: "setStep", version: 1, step: 1 });
    fromParent({ type: "setStep", version: 1, step: 1 });
    expect(store.getState().step).toBe(1);
    expect(posted).toEqual([{ type: "stepChanged", version: 1, step: 1 }]);
    // Past the end is the last step, as for any cursor move.
    fromParent({ type: "setStep", version: 1, step: 10_000 });
    expect(store.getState().step).toBe(store.getState().model!.stepCount - 1);
  });

  it("puts the host's code in the editor", () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: PROGRAM });
    const { win, fromParent } = testWindow();
    connectEmbedBridge(store, win, new Promise(() => {}));
    fromParent({ type: "setCode", version: 1, code: 'print("from the host");' });
    expect(store.getState().code).toBe('print("from the host");');
  });

  it("ignores messages from any frame but its parent, and malformed ones", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: PROGRAM });
    const { win, posted, fromElsewhere, fromParent } = testWindow();
    connectEmbedBridge(store, win, new Promise(() => {}));
    fromElsewhere({ type: "setCode", version: 1, code: "evil();" });
    fromElsewhere({ type: "run", version: 1 });
    fromParent({ type: "setCode", version: 2, code: "later();" });
    fromParent({ type: "setCode", code: "unversioned();" });
    await settle();
    expect(store.getState().code).toBe(PROGRAM);
    expect(store.getState().status).toBe("idle");
    expect(posted).toEqual([]);
  });

  it("ignores everything when it has no parent (opened on its own)", () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: PROGRAM });
    const { win } = testWindow();
    let listener: (event: { source: unknown; data: unknown }) => void = () => {};
    connectEmbedBridge(
      store,
      { ...win, parent: null, onMessage: (l) => ((listener = l), () => {}) },
      new Promise(() => {}),
    );
    listener({ source: null, data: { type: "setCode", version: 1, code: "x" } });
    expect(store.getState().code).toBe(PROGRAM);
  });

  it("stops when disconnected", async () => {
    const store = createAppStore({ runner: new InProcessRunner(), code: PROGRAM });
    const { win, posted, fromParent } = testWindow();
    const disconnect = connectEmbedBridge(store, win, Promise.resolve());
    disconnect();
    fromParent({ type: "setCode", version: 1, code: "x" });
    await store.getState().run();
    expect(store.getState().code).toBe(PROGRAM);
    expect(posted).toEqual([]);
  });
});
