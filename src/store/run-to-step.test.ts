import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import { createAppStore } from "./app-store";
import { LESSONS } from "./lesson-catalog";
import { runToStep } from "./run-to-step";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function untilRuns(store: ReturnType<typeof createAppStore>, runs: number) {
  while (store.getState().finishedRuns < runs) await settle();
}

describe("opening a program at a step", () => {
  it("waits for the lesson to open, runs it, and shows the step", async () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    runToStep(store, 2);
    await settle();
    expect(store.getState().finishedRuns).toBe(0);
    store.getState().openLesson(LESSONS[0].id);
    await untilRuns(store, 1);
    await settle();
    expect(store.getState().step).toBe(2);
  });

  it("without a step, leaves the cursor on the run's last step", async () => {
    const store = createAppStore({ runner: new InProcessRunner() });
    store.getState().openLesson(LESSONS[0].id);
    runToStep(store, null);
    await untilRuns(store, 1);
    await settle();
    expect(store.getState().step).toBe(store.getState().model!.stepCount - 1);
  });
});
