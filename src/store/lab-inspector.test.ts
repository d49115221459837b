import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import { createAppStore } from "./app-store";
import { selectInspectorChoice } from "./lab-inspector";
import { PRODUCER_CONSUMER } from "./lab-programs.testing";

const storeWith = () => createAppStore({ runner: new InProcessRunner(), code: PRODUCER_CONSUMER });

describe("the Inspector at a choice point", () => {
  it("shows the candidates, what each would do and the one chosen, at the choice's steps", async () => {
    const store = storeWith();
    await store.getState().startHub();
    await store.getState().choose(1);
    await store.getState().choose(0);
    const model = store.getState().model!;
    // The first choice point: the consumer was chosen over the producer.
    store.getState().setStep(0);
    const first = model.choices.at(0);
    for (const step of [first, first + 1, first + 2]) {
      store.getState().setStep(step);
      const view = selectInspectorChoice(store.getState())!;
      expect(view.index).toBe(0);
      expect(view.open).toBe(false);
      expect(view.candidates.map((c) => [c.label, c.chosen])).toEqual([
        ["producer #2", false],
        ["consumer #3", true],
      ]);
      expect(view.candidates[1].text).toMatch(/^Option 2: start consumer #3\./);
      expect(view.caption).toMatch(/the schedule chooses option 2/);
    }
    // The second: the queue's hand-over to the consumer, or the producer going on.
    store.getState().setStep(model.choices.at(1));
    const second = selectInspectorChoice(store.getState())!;
    expect(second.candidates[0].text).toMatch(/resume consumer #3 \(q has an item for it\)/);
    expect(second.candidates[0].chosen).toBe(true);
  });

  it("shows the open choice at any step while the run waits there, and nothing once run out", async () => {
    const store = storeWith();
    await store.getState().startHub();
    store.getState().setStep(2);
    const open = selectInspectorChoice(store.getState())!;
    expect(open.open).toBe(true);
    expect(open.candidates.every((c) => !c.chosen)).toBe(true);
    store.getState().setLocale("zh-CN");
    expect(selectInspectorChoice(store.getState())!.caption).toMatch(/轮到你来选择。$/);
    await store.getState().run();
    store.getState().setStep(3);
    expect(selectInspectorChoice(store.getState())).toBeNull();
  });
});
