/**
 * The open choice point a run stopped at (be the hub), as the trace records it: its last CHOICE
 * event, chosen CHOICE_OPEN, then its candidates and nothing after. A run that goes on from there
 * in the same worker amends that CHOICE to the choice made, so the trace it ends with is the one
 * a run replayed with that choice records.
 */
import { CHOICE_OPEN, EV } from "./trace-kinds";
import type { EncodedTrace } from "./trace-recorder";

/** Which of an event's four words holds CHOICE's chosen index (`b`). */
export const CHOICE_WORD = 2;

const WORDS_PER_EVENT = 4;

/**
 * The candidate a choice stands for among `n`: a recorded choice that no longer fits (the
 * program changed, a forged index) becomes the nearest that does.
 */
export function fitChoice(choice: number, n: number): number {
  return Number.isInteger(choice) && choice >= 0 ? Math.min(choice, n - 1) : 0;
}

/** The open choice point that ends `words`: its CHOICE's event index and candidates; else null. */
export function openChoiceOf(words: Uint32Array): { event: number; candidates: number } | null {
  const events = words.length / WORDS_PER_EVENT;
  // Walk back over the trailing candidates to the CHOICE they follow.
  let event = events - 1;
  while (event >= 0 && (words[event * WORDS_PER_EVENT] & 0xff) === EV.CANDIDATE) event--;
  if (event < 0) return null;
  const at = event * WORDS_PER_EVENT;
  if ((words[at] & 0xff) !== EV.CHOICE || words[at + CHOICE_WORD] !== CHOICE_OPEN) return null;
  const candidates = words[at + 1];
  if (candidates < 2 || event + candidates !== events - 1) return null;
  return { event, candidates };
}

/** A copy of `trace` with the open choice point it ends with made, or null when it has none. */
export function closeOpenChoice(trace: EncodedTrace, choice: number): EncodedTrace | null {
  const open = openChoiceOf(trace.words);
  if (open === null) return null;
  const words = trace.words.slice();
  words[open.event * WORDS_PER_EVENT + CHOICE_WORD] = fitChoice(choice, open.candidates);
  return { ...trace, words, strings: trace.strings.slice() };
}
