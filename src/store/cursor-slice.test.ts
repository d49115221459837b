import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import { createAppStore } from "./app-store";

const code = `import { sleep, spawn, joinall } from "gevent";
function* worker(n: number) {
  yield* sleep(n);
  print("done", n);
}
yield* joinall([spawn(worker, 1), spawn(worker, 2)]);
`;

async function ranStore() {
  const store = createAppStore({ runner: new InProcessRunner(), code });
  await store.getState().run();
  return store;
}

describe("the run's cursor", () => {
  it("holds the run's model once it ends and sits on its last step", async () => {
    const store = await ranStore();
    const { model, step } = store.getState();
    expect(model?.finished).toBe(true);
    expect(model?.damage).toBeNull();
    expect(step).toBe(model!.stepCount - 1);
  });

  it("moves by steps and switches, and stays within the run", async () => {
    const store = await ranStore();
    const s = store.getState;
    s().moveCursor("first");
    expect(s().step).toBe(0);
    s().moveCursor("previous");
    expect(s().step).toBe(0);
    s().moveCursor("next");
    expect(s().step).toBe(1);
    s().moveCursor("next-switch");
    expect(s().model!.event(s().step).kind).toBe(s().model!.event(s().model!.switchStep(0)).kind);
    expect(s().step).toBe(
      s().model!.switchStep(s().model!.prevSwitch(s().step) === undefined ? 0 : 1),
    );
    const firstSwitch = s().step;
    s().moveCursor("next-switch");
    s().moveCursor("previous-switch");
    expect(s().step).toBe(firstSwitch);
    s().setStep(1e9);
    expect(s().step).toBe(s().model!.stepCount - 1);
    s().setStep(Number.NaN);
    expect(s().step).toBe(0);
  });

  it("follows the selected greenlet's own steps", async () => {
    const store = await ranStore();
    const s = store.getState;
    s().moveCursor("first");
    s().selectGreenlet(3);
    s().moveCursor("next-of-greenlet");
    expect(s().model!.gidAt(s().step)).toBe(3);
    const at = s().step;
    s().moveCursor("next-of-greenlet");
    expect(s().step).toBeGreaterThan(at);
    s().moveCursor("previous-of-greenlet");
    expect(s().step).toBe(at);
  });

  it("forgets the run's steps when a new run starts", async () => {
    const store = await ranStore();
    const running = store.getState().run();
    expect(store.getState().step).toBe(-1);
    await running;
    expect(store.getState().step).toBeGreaterThan(0);
  });
});
