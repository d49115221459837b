import { describe, expect, it } from "vitest";
import { resolveMoment } from "../../lessons/moments";
import { InProcessRunner } from "../client/in-process-runner";
import { decodeTrace } from "../trace/decode";
import { sentenceAt } from "./step-views";
import { createAppStore } from "./app-store";
import { LESSONS, lessonById } from "./lesson-catalog";
import { goToMoment } from "./lesson-moments";
import { modelEvents } from "./lesson-run-events";

const eventLesson = lessonById("event")!;

function openEvent() {
  const store = createAppStore({ runner: new InProcessRunner() });
  store.getState().openLesson("event");
  return store;
}

describe("moment links", () => {
  it("run the lesson when it has not run, and put the cursor on the moment's step", async () => {
    const store = openEvent();
    expect(store.getState().finishedRuns).toBe(0);
    const outcome = await goToMoment(store, "set");
    expect(store.getState().finishedRuns).toBe(1);
    expect(outcome.kind).toBe("moved");
    const { model, step } = store.getState();
    expect(step).toBe(outcome.kind === "moved" ? outcome.step : NaN);
    expect(sentenceAt(model!, step, "en")).toContain("evt.set()");
  });

  it("use the run there is, without running again", async () => {
    const store = openEvent();
    await store.getState().run();
    await goToMoment(store, "first-wake");
    const first = store.getState().step;
    await goToMoment(store, "last-wake");
    expect(store.getState().finishedRuns).toBe(1);
    expect(store.getState().step).toBeGreaterThan(first);
  });

  it("say so when the name is no moment, or the changed program never reaches it", async () => {
    const store = openEvent();
    expect(await goToMoment(store, "no-such-moment")).toEqual({ kind: "unknown" });
    store.getState().setCode('print("no event here")\n');
    expect(await goToMoment(store, "set")).toEqual({ kind: "not-in-run" });
  });

  // The lesson tests resolve moments over the decoded trace, whose seq counts CLOCK events; the
  // cursor counts the model's steps, which do not.
  it("name the same event over the run model's steps as over the decoded trace", async () => {
    for (const lesson of LESSONS) {
      const store = createAppStore({ runner: new InProcessRunner() });
      store.getState().openLesson(lesson.id);
      await store.getState().run();
      const { model, trace } = store.getState();
      const events = decodeTrace(trace!);
      const steps = modelEvents(model!);
      let shifted = false;
      for (const [name, moment] of Object.entries(lesson.moments)) {
        const seq = resolveMoment(moment, events)!;
        const step = resolveMoment(moment, steps)!;
        const { seq: _seq, ...decoded } = events[seq];
        const { seq: _step, ...modelled } = steps[step];
        expect(modelled, `${lesson.id} ${name}`).toEqual(decoded);
        shifted ||= seq !== step;
      }
      // Any lesson that sleeps has clock events before its later moments.
      if (lesson.id === "event") expect(shifted).toBe(true);
    }
  });

  it("the event lesson has the moment the browser test clicks", () => {
    expect(eventLesson.moments.set).toBeDefined();
  });
});
