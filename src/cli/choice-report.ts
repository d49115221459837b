import type { RunResult } from "../runtime/run";
import { choicePoints, choicesMade, type ChoicePoint } from "../trace/model/choice-points";
import { RunModel } from "../trace/model/run-model";

/** `--json`'s part for a run under a schedule: each choice point, and the list that replays it. */
export interface ChoiceReport {
  choicePoints: Array<Omit<ChoicePoint, "step"> & { step: number }>;
  /** `--choices` with this list replays the run's schedule. */
  choices: number[];
}

export function choiceReportOf(result: RunResult): ChoiceReport {
  const model = RunModel.fromTrace(result.trace);
  return { choicePoints: choicePoints(model), choices: choicesMade(model) };
}
