/**
 * What the scheduler lab's views show, derived from the store: the open choice point with its
 * caption and options, the choices made on the branch shown, the goal's status, the comparison
 * with the pinned run. Each is kept for its model (and language) so renders do not recompute.
 */
import { compareRuns, type RunComparison } from "../trace/lab/compare-runs";
import { goalReached, type GoalReached } from "../trace/lab/goals";
import { choicePoints, openChoice } from "../trace/model/choice-points";
import type { RunModel } from "../trace/model/run-model";
import { explain } from "../trace/narration/explain";
import type { AppState } from "./app-store";
import { labGoals, type LabGoal } from "./lab-goals";

export interface ChoiceOption {
  index: number;
  /** What choosing it does, in the learner's language: "Option 2: resume worker #3 (line 7)." */
  text: string;
  gid: number;
  line: number;
}

export interface OpenChoiceView {
  /** Its place among the run's choice points, from 0. */
  index: number;
  step: number;
  caption: string;
  options: ChoiceOption[];
}

export interface MadeChoice {
  index: number;
  step: number;
  /** Who ran: the chosen candidate's greenlet as captions name it. */
  who: string;
  chosen: number;
  of: number;
}

/**
 * Memoised per model and key. A run's model is one object that grows as its batches arrive, so
 * its step count is part of what the value was computed from.
 */
function cached<T>(compute: (model: RunModel, key: string) => T) {
  let last: { model: RunModel; steps: number; key: string; value: T } | null = null;
  return (model: RunModel, key: string): T => {
    const steps = model.stepCount;
    if (last === null || last.model !== model || last.steps !== steps || last.key !== key) {
      last = { model, steps, key, value: compute(model, key) };
    }
    return last.value;
  };
}

const openChoiceOf = cached((model, lang): OpenChoiceView | null => {
  const open = openChoice(model);
  if (open === undefined) return null;
  const locale = lang === "zh-CN" ? "zh-CN" : "en";
  return {
    index: open.index,
    step: open.step,
    caption: explain(model, open.step, locale),
    options: open.candidates.map((c, i) => ({
      index: i,
      text: explain(model, open.step + 1 + i, locale),
      gid: c.gid,
      line: c.line,
    })),
  };
});

const madeChoicesOf = cached((model): MadeChoice[] =>
  choicePoints(model).flatMap((p) =>
    p.chosen === null
      ? []
      : [
          {
            index: p.index,
            step: p.step,
            who: model.label(p.candidates[p.chosen]?.gid ?? 0),
            chosen: p.chosen,
            of: p.candidates.length,
          },
        ],
  ),
);

/** The choice point the run stopped at for the learner, when being the hub. */
export const selectOpenChoice = (s: AppState): OpenChoiceView | null =>
  s.model === null || s.status === "running" ? null : openChoiceOf(s.model, s.locale);

/** The choices made in the run shown, in order. */
const NO_CHOICES: MadeChoice[] = [];
export const selectMadeChoices = (s: AppState): MadeChoice[] =>
  s.model === null ? NO_CHOICES : madeChoicesOf(s.model, "");

let goals: { key: string; value: LabGoal[] } | null = null;

/** The goals offered for the lesson open now. */
export const selectLabGoals = (s: AppState): LabGoal[] => {
  const key = `${s.lessonId}:${s.insideLines.from}:${s.insideLines.to}`;
  if (goals?.key !== key) goals = { key, value: labGoals(s.lessonId, s.insideLines) };
  return goals.value;
};

const goalCache = cached((model, key) => {
  const goal = JSON.parse(key) as LabGoal["goal"];
  return goalReached(model, goal);
});

/** Whether the run shown reaches the chosen goal, and where; undefined when none is chosen. */
export const selectGoalStatus = (s: AppState): GoalReached | null | undefined => {
  const goal = selectLabGoals(s).find((g) => g.id === s.goalId);
  if (goal === undefined || s.model === null || s.status === "running") return undefined;
  return goalCache(s.model, JSON.stringify(goal.goal));
};

let comparison: { a: RunModel; b: RunModel; value: RunComparison } | null = null;

/** The pinned run against the run shown; null without both. */
export const selectComparison = (s: AppState): RunComparison | null => {
  const a = s.pinned?.model;
  const b = s.model;
  if (a === undefined || b === null || s.status === "running") return null;
  if (comparison === null || comparison.a !== a || comparison.b !== b) {
    comparison = { a, b, value: compareRuns(a, b) };
  }
  return comparison.value;
};
