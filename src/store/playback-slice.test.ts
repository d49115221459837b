import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import { createAppStore } from "./app-store";

const code = `import { sleep, spawn, joinall } from "gevent";
function* worker(n: number) { yield* sleep(n); }
yield* joinall([spawn(worker, 1), spawn(worker, 2)]);
`;

async function ranStore() {
  const store = createAppStore({ runner: new InProcessRunner(), code });
  await store.getState().run();
  return store;
}

describe("playing a run and the views beside it", () => {
  it("plays from the first step when started at the end, and never without a run", async () => {
    const empty = createAppStore({ runner: new InProcessRunner(), code });
    empty.getState().setPlaying(true);
    expect(empty.getState().playing).toBe(false);

    const store = await ranStore();
    expect(store.getState().step).toBe(store.getState().model!.stepCount - 1);
    store.getState().togglePlaying();
    expect(store.getState()).toMatchObject({ playing: true, step: 0 });
    store.getState().togglePlaying();
    expect(store.getState().playing).toBe(false);
  });

  it("goes on from where the cursor is when started in the middle", async () => {
    const store = await ranStore();
    store.getState().setStep(3);
    store.getState().setPlaying(true);
    expect(store.getState()).toMatchObject({ playing: true, step: 3 });
  });

  it("shows the output until the learner steps, then the inspector, keeping another choice", () => {
    const store = createAppStore({ runner: new InProcessRunner(), code });
    expect(store.getState().sideTab).toBe("output");
    store.getState().revealInspector();
    expect(store.getState().sideTab).toBe("inspector");
    store.getState().setSideTab("events");
    store.getState().revealInspector();
    expect(store.getState().sideTab).toBe("events");
  });
});
