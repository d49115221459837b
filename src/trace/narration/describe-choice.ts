/** The facts of the scheduler lab's steps: a choice point and its options. Pure. */
import { BLOCK, CANDIDATE, HUB_GID } from "../../runtime/tracing/trace-kinds";
import { choicePoint, type Candidate } from "../model/choice-points";
import type { RunModel } from "../model/run-model";
import type { ChoiceOption, StepFact, WaitCause } from "./facts";
import { objOf } from "./step-context";

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

/**
 * Why a notification's waiter can go on, as its waking is told: the waiter's own wait, with the
 * object notifying ("q has an item for it"), or the greenlet finished ("producer has finished").
 */
function becauseOf(model: RunModel, step: number, c: Candidate): WaitCause | null {
  if (c.kind === CANDIDATE.JOINED) {
    return { reason: BLOCK.JOIN, on: null, joined: model.label(c.source) };
  }
  if (c.kind !== CANDIDATE.NOTIFY) return null;
  const g = model.stateAt(step).greenlets[c.gid];
  const reason = g?.status === "blocked" && g.reason !== BLOCK.JOIN ? g.reason : 0;
  return { reason, on: objOf(model, c.source), joined: null };
}

/** One candidate as an option: who it runs, how, and why it can. */
export function optionOf(model: RunModel, step: number, c: Candidate): ChoiceOption {
  return { who: whoOf(model, c.gid, c.call), kind: c.kind, because: becauseOf(model, step, c) };
}

export function describeChoice(model: RunModel, step: number): StepFact {
  const p = choicePoint(model, choiceIndexAt(model, step));
  const options = (p?.candidates ?? []).map((c) => optionOf(model, step, c));
  const turn = p?.turn ?? HUB_GID;
  return {
    t: "choice",
    turn: model.label(turn),
    hubTurn: turn === HUB_GID,
    options,
    chosen: p?.chosen ?? null,
  };
}

export function describeCandidate(model: RunModel, step: number, c: Candidate): StepFact {
  const at = model.choices.at(choiceIndexAt(model, step));
  return { t: "candidate", index: step - at - 1, line: c.line, ...optionOf(model, at, c) };
}
