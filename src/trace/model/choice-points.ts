/**
 * The choice points of a run (the scheduler lab): at each, the greenlets that could have run
 * next, what each would have done, and which ran. Read from the model's CHOICE steps and the
 * CANDIDATE steps after each. Pure.
 */
import { CANDIDATE, EV, HUB_GID, type CandidateKind } from "../../runtime/tracing/trace-kinds";
import type { RunModel } from "./run-model";

export interface Candidate {
  /** The greenlet it would run (HUB_GID for a timer that wakes none). */
  gid: number;
  kind: CandidateKind;
  /** Where that greenlet would go on: its line (0 unknown). */
  line: number;
  /** What a START candidate would call ("worker('bob')"); "" for the others. */
  call: string;
  /** A NOTIFY candidate's object notifying, a JOINED candidate's greenlet finished; else 0. */
  source: number;
}

export interface ChoicePoint {
  /** Its place among the run's choice points, from 0: the index into a choice list. */
  index: number;
  /** The step of its CHOICE event. */
  step: number;
  /** Whose turn it was: the hub, or the greenlet at a preemption point. */
  turn: number;
  /** A preemption point (threads mode), where candidate 0 is the running greenlet going on. */
  preemption: boolean;
  candidates: Candidate[];
  /** The index chosen, or null where the run stopped for the learner to choose. */
  chosen: number | null;
}

/** The choice point `index` of `model` (its candidates as far as the trace has them). */
export function choicePoint(model: RunModel, index: number): ChoicePoint | undefined {
  if (index < 0 || index >= model.choices.length) return undefined;
  const step = model.choices.at(index);
  const e = model.event(step);
  if (e.kind !== EV.CHOICE) return undefined;
  const candidates: Candidate[] = [];
  for (let i = 1; i <= e.candidates && step + i < model.stepCount; i++) {
    const c = model.event(step + i);
    if (c.kind !== EV.CANDIDATE) break;
    candidates.push({
      gid: c.gid,
      kind: c.candidate,
      line: c.line,
      call: c.call,
      source: c.source,
    });
  }
  return {
    index,
    step,
    turn: e.gid,
    preemption: e.gid !== HUB_GID && candidates[0]?.kind === CANDIDATE.CONTINUE,
    candidates,
    chosen: e.chosen,
  };
}

/** Every choice point of `model`, in order. */
export function choicePoints(model: RunModel): ChoicePoint[] {
  const out: ChoicePoint[] = [];
  for (let i = 0; i < model.choices.length; i++) {
    const p = choicePoint(model, i);
    if (p !== undefined) out.push(p);
  }
  return out;
}

/** The choices made, in order: the list that replays this run's schedule (open ones left out). */
export function choicesMade(model: RunModel): number[] {
  return choicePoints(model).flatMap((p) => (p.chosen === null ? [] : [p.chosen]));
}

/** The choice point the run stopped at for the learner (be the hub), if any. */
export function openChoice(model: RunModel): ChoicePoint | undefined {
  const last = choicePoint(model, model.choices.length - 1);
  return last?.chosen === null ? last : undefined;
}
