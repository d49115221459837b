import type { Locale, Messages } from "../i18n/messages";
import type { RunReport } from "../store/run-report";

/**
 * The half of a runtime message in the learner's language. The runtime writes its limit
 * messages in both, English first: "… at line 3 — …第 3 行…".
 */
export function messageIn(message: string, locale: Locale): string {
  const split = message.lastIndexOf(" — ");
  if (split < 0) return message;
  const half = locale === "zh-CN" ? message.slice(split + 3) : message.slice(0, split);
  return half.replace(/[.。]$/, "");
}

/** The one-line summary of a run, in the learner's language; null when there is none yet. */
export function reportText(report: RunReport, t: Messages, locale: Locale): string | null {
  switch (report.kind) {
    case "none":
      return null;
    case "done":
      if (report.waits) return t.loopExit({ waits: report.waits });
      return report.error ? t.uncaughtError(report.error) : t.finished(report);
    case "limit":
      return t.runLimit({ ...report, detail: messageIn(report.message, locale) });
    case "compile-error":
      return t.compileError(report);
    case "stopped":
      return t.stoppedByUser;
    case "stalled":
      return t.stalled(report);
    case "crashed":
      return t.runnerCrashed(report);
    case "refused":
      return t.refused(report.refusal);
  }
}
