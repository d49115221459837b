/**
 * A lesson text's moment links (`#moment/<name>`, lessons/moments.ts) as cursor moves: the
 * moment is looked up in the last finished run of the program, which is run first when there is
 * none, and the cursor goes to the step it names.
 *
 * A decoded trace's seq is not the run model's step: the model keeps no CLOCK events (it
 * carries the time on each step) and drops a state event that restates a count, so from the
 * first clock tick on, seq runs ahead of the step. The moment is therefore resolved over the
 * model's own events (lesson-run-events.ts); lesson-moments.test.ts checks that every lesson's
 * moments name the same event either way.
 */
import { resolveMoment } from "../../lessons/moments";
import type { AppStore } from "./app-store";
import { lessonById } from "./lesson-catalog";
import { modelEvents } from "./lesson-run-events";

export type MomentOutcome =
  /** The cursor is at the moment's step. */
  | { kind: "moved"; step: number }
  /** The lesson has no moment of that name (a text's typo: the lesson tests forbid it). */
  | { kind: "unknown" }
  /** The run did not reach the moment (the learner changed the program) or did not finish. */
  | { kind: "not-in-run" };

/** Past this many steps a run is too long to search for a moment (lessons have a few thousand). */
const MAX_SEARCHED_STEPS = 500_000;

/** True when the store holds a whole run that nothing is replacing. */
function hasFinishedRun(store: AppStore): boolean {
  const { model, status, trace } = store.getState();
  return status === "idle" && model !== null && model.finished && trace !== null;
}

/** Moves the cursor to moment `name` of the open lesson, running its program first if needed. */
export async function goToMoment(store: AppStore, name: string): Promise<MomentOutcome> {
  const lesson = lessonById(store.getState().lessonId);
  const moment =
    lesson !== null && Object.hasOwn(lesson.moments, name) ? lesson.moments[name] : null;
  if (moment === null) return { kind: "unknown" };
  if (!hasFinishedRun(store)) {
    if (store.getState().status === "running") store.getState().stop();
    await store.getState().run();
  }
  const { model } = store.getState();
  if (!hasFinishedRun(store) || model === null || model.stepCount > MAX_SEARCHED_STEPS) {
    return { kind: "not-in-run" };
  }
  const step = resolveMoment(moment, modelEvents(model));
  if (step === null) return { kind: "not-in-run" };
  store.getState().setStep(step);
  store.getState().revealInspector();
  return { kind: "moved", step };
}
