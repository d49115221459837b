/**
 * The Inspector's view of a choice point (the scheduler lab): at a step that is one (its CHOICE
 * or a CANDIDATE of it), or while the run waits at an open one, the candidates with what
 * choosing each does, in the narration's words, and the one chosen. Kept for its model, step
 * and language, so renders do not recompute.
 */
import { choicePoint, openChoice, type ChoicePoint } from "../trace/model/choice-points";
import type { RunModel } from "../trace/model/run-model";
import { explain } from "../trace/narration/explain";
import type { AppState } from "./app-store";

export interface InspectorCandidate {
  index: number;
  gid: number;
  /** The greenlet as captions name it. */
  label: string;
  /** What choosing it does: "Option 2: resume consumer #3 (q has an item for it) (line 12)." */
  text: string;
  chosen: boolean;
}

export interface InspectorChoiceView {
  /** Its place among the run's choice points, from 0. */
  index: number;
  step: number;
  /** A preemption point (threads mode) rather than a hub's turn. */
  preemption: boolean;
  /** The whole choice point in a sentence (its caption). */
  caption: string;
  /** Left for the learner: the run waits here (be the hub). */
  open: boolean;
  candidates: InspectorCandidate[];
}

/** The choice point whose CHOICE or CANDIDATE step `step` is, if any. */
function choiceAtStep(model: RunModel, step: number): ChoicePoint | undefined {
  if (step < 0 || step >= model.stepCount) return undefined;
  const p = choicePoint(model, model.choices.countAtMost(step) - 1);
  // Its CANDIDATE steps follow its CHOICE step at once.
  return p !== undefined && step <= p.step + p.candidates.length ? p : undefined;
}

export function inspectorChoice(
  model: RunModel,
  step: number,
  lang: "en" | "zh-CN",
): InspectorChoiceView | null {
  const p = choiceAtStep(model, step) ?? openChoice(model);
  if (p === undefined) return null;
  return {
    index: p.index,
    step: p.step,
    preemption: p.preemption,
    caption: explain(model, p.step, lang),
    open: p.chosen === null,
    candidates: p.candidates.map((c, i) => ({
      index: i,
      gid: c.gid,
      label: model.label(c.gid),
      text: explain(model, p.step + 1 + i, lang),
      chosen: p.chosen === i,
    })),
  };
}

let last: {
  model: RunModel;
  steps: number;
  step: number;
  lang: string;
  value: InspectorChoiceView | null;
} | null = null;

/** The choice point the Inspector shows at the cursor, or null (none there, none open). */
export const selectInspectorChoice = (s: AppState): InspectorChoiceView | null => {
  const model = s.model;
  if (model === null || s.status === "running") return null;
  const lang = s.locale === "zh-CN" ? "zh-CN" : "en";
  const steps = model.stepCount;
  if (
    last === null ||
    last.model !== model ||
    last.steps !== steps ||
    last.step !== s.step ||
    last.lang !== lang
  ) {
    last = { model, steps, step: s.step, lang, value: inspectorChoice(model, s.step, lang) };
  }
  return last.value;
};
