/** The facts of the scheduler lab's steps: a choice point and its options. Pure. */
import { HUB_GID, type CandidateKind } from "../../runtime/tracing/trace-kinds";
import { choicePoint } from "../model/choice-points";
import type { RunModel } from "../model/run-model";
import type { StepFact } from "./facts";

/** The index among the model's choice points of the CHOICE at `step`, or of the last before it. */
function choiceIndexAt(model: RunModel, step: number): number {
  return model.choices.countAtMost(step) - 1;
}

export function describeChoice(model: RunModel, step: number): StepFact {
  const p = choicePoint(model, choiceIndexAt(model, step));
  const options = (p?.candidates ?? []).map((c) => ({
    who: c.gid === HUB_GID ? null : model.label(c.gid),
    kind: c.kind,
  }));
  const turn = p?.turn ?? HUB_GID;
  return {
    t: "choice",
    turn: model.label(turn),
    hubTurn: turn === HUB_GID,
    options,
    chosen: p?.chosen ?? null,
  };
}

export function describeCandidate(
  model: RunModel,
  step: number,
  gid: number,
  kind: CandidateKind,
  line: number,
): StepFact {
  const at = model.choices.at(choiceIndexAt(model, step));
  const who = gid === HUB_GID ? null : model.label(gid);
  return { t: "candidate", who, kind, index: step - at - 1, line };
}
