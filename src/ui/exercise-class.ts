import type { ExerciseResult } from "../store/exercise-result";

/** Passed, not yet, or (the lesson's program not yet changed) an invitation to begin. */
export function exerciseClass({ failures, untouched }: ExerciseResult): string {
  if (failures.length === 0) return "passed";
  return untouched ? "invitation" : "failed";
}
