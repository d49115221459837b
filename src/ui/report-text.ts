import type { Messages } from "../i18n/messages";
import type { RunReport } from "../store/run-report";

/** The one-line summary of a run, in the learner's language; null when there is none yet. */
export function reportText(report: RunReport, t: Messages): string | null {
  switch (report.kind) {
    case "none":
      return null;
    case "done":
      return report.error ? t.uncaughtError(report.error) : t.finished(report);
    case "compile-error":
      return t.compileError(report);
    case "stopped":
      return t.stoppedByUser;
    case "stalled":
      return t.stalled(report);
    case "crashed":
      return t.runnerCrashed(report);
  }
}
