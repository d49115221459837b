/**
 * Predict tasks: the learner answers before running, and the run gives the answer. Pure: the
 * right answer is read from the run's decoded trace events, never stored beside the question,
 * so a prediction is checked against what the scheduler really did.
 */
import type { TraceEvent } from "../src/trace/decode";
import type { Moment, Question } from "./format";
import { resolveMoment } from "./moments";
import { firstPrinted, isGreenlet, runFacts } from "./run-facts";
import { HUB, KIND } from "./trace-vocabulary";

/**
 * An answer: the lines in order (order), a greenlet's name (next), a time in seconds (time), or
 * the line printed (printed).
 */
export type Answer = string[] | string | number;

/**
 * The answer the run gives to `question`, or null when the run cannot answer it (a line was
 * not printed, the moment did not happen, no choice fits).
 */
export function answerOf(
  question: Question,
  events: readonly TraceEvent[],
  moments: Record<string, Moment> = {},
): Answer | null {
  const facts = runFacts(events);
  switch (question.type) {
    case "order": {
      const seqs = question.lines.map((line) => firstPrinted(facts, line));
      if (seqs.some((seq) => seq === null)) return null;
      const at = new Map(question.lines.map((line, i) => [line, seqs[i] as number]));
      return [...question.lines].sort((a, b) => (at.get(a) as number) - (at.get(b) as number));
    }
    case "next": {
      const moment = moments[question.moment];
      const from = moment === undefined ? null : resolveMoment(moment, facts);
      if (from === null) return null;
      const next = events.find(
        (event) => event.seq > from && event.kind === KIND.SWITCH && event.to !== HUB,
      );
      if (next === undefined || next.kind !== KIND.SWITCH) return null;
      return question.choices.find((choice) => isGreenlet(facts, next.to, choice)) ?? null;
    }
    case "printed":
      return question.choices.find((line) => firstPrinted(facts, line) !== null) ?? null;
    case "time": {
      const seq = firstPrinted(facts, question.line);
      if (seq === null) return null;
      const { time } = events[seq];
      return question.choices.find((choice) => Math.abs(choice - time) <= 0.01) ?? null;
    }
  }
}

/** True when `given` is the answer the run gives. */
export function isRightAnswer(
  question: Question,
  given: Answer,
  events: readonly TraceEvent[],
  moments?: Record<string, Moment>,
): boolean {
  const right = answerOf(question, events, moments);
  if (right === null) return false;
  if (Array.isArray(right)) {
    return (
      Array.isArray(given) && given.length === right.length && given.every((l, i) => l === right[i])
    );
  }
  return given === right;
}
