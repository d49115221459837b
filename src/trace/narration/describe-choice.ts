/** The facts of the scheduler lab's steps: a choice point and its options. Pure. */
import { HUB_GID, type CandidateKind } from "../../runtime/tracing/trace-kinds";
import { choicePoint } from "../model/choice-points";
import type { RunModel } from "../model/run-model";
import type { StepFact } from "./facts";

/** The index among the model's choice points of the CHOICE at `step`, or of the last before it. */
function choiceIndexAt(model: RunModel, step: number): number {
  return model.choices.countAtMost(step) - 1;
}

/**
 * A candidate's greenlet as captions name it; one not started yet by the call it would make
 * when nothing else names it (`greenlet #3` says less than `worker('bob')`).
 */
function whoOf(model: RunModel, gid: number, call: string): string | null {
  if (gid === HUB_GID) return null;
  const info = model.greenlet(gid);
  if (call !== "" && info?.variable == null && info?.name == null && info?.call == null) {
    return `${model.label(gid)} (${call})`;
  }
  return model.label(gid);
}

export function describeChoice(model: RunModel, step: number): StepFact {
  const p = choicePoint(model, choiceIndexAt(model, step));
  const options = (p?.candidates ?? []).map((c) => ({
    who: whoOf(model, c.gid, c.call),
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
  call: string,
): StepFact {
  const at = model.choices.at(choiceIndexAt(model, step));
  const who = whoOf(model, gid, call);
  return { t: "candidate", who, kind, index: step - at - 1, line };
}
