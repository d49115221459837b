/**
 * What the page shows about a finished run, derived from the runner's outcome: a report the UI
 * words in the learner's language, and the problems the editor marks. Pure.
 */
import type { RunOutcome } from "../client/runner";

export type RunReport =
  | { kind: "none" }
  | {
      kind: "done";
      elapsed: number;
      events: number;
      error: { name: string; message: string; line: number } | null;
    }
  | { kind: "compile-error"; line: number; column: number; message: string }
  | { kind: "stopped" }
  | { kind: "stalled"; seconds: number; greenlet: string | null; line: number | null }
  | { kind: "crashed"; message: string };

/** A position in the learner's program the editor marks. Lines and columns are 1-based. */
export interface Problem {
  line: number;
  column: number;
  /** null: the run report's own text says it (the UI words it in the learner's language). */
  message: string | null;
  severity: "error" | "warning";
}

export function reportOf(outcome: RunOutcome): RunReport {
  switch (outcome.kind) {
    case "done": {
      const { elapsed, events, error } = outcome.summary;
      return { kind: "done", elapsed, events, error };
    }
    case "compile-error":
      return { kind: "compile-error", ...outcome.error };
    case "stopped":
      if (outcome.by === "user") return { kind: "stopped" };
      return { kind: "stalled", ...outcome.stall, seconds: outcome.stall.limitMs / 1000 };
    case "crashed":
      return { kind: "crashed", message: outcome.message };
  }
}

export function problemsOf(outcome: RunOutcome): Problem[] {
  switch (outcome.kind) {
    case "done": {
      const { error, warnings } = outcome.summary;
      const marks: Problem[] = warnings.map((w) => ({ ...w, severity: "warning" }));
      if (error && error.line > 0) {
        marks.push({
          line: error.line,
          column: 1,
          message: `${error.name}: ${error.message}`,
          severity: "error",
        });
      }
      return marks;
    }
    case "compile-error":
      return [{ ...outcome.error, severity: "error" }];
    case "stopped":
      if (outcome.by === "user" || outcome.stall.line === null) return [];
      return [{ line: outcome.stall.line, column: 1, message: null, severity: "error" }];
    case "crashed":
      return [];
  }
}
