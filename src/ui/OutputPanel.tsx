import { useEffect, useId, useRef, type RefObject } from "react";
import { selectExerciseResult, selectIsRunning } from "../store/selectors";
import { ConsoleLines } from "./ConsoleLines";
import { exerciseClass } from "./exercise-class";
import { reportText } from "./report-text";
import { useAppState } from "./store-context";
import { useLocale, useMessages } from "./use-messages";
import "./OutputPanel.css";

/** The run's status line: its progress while it runs, then how it ended. */
function RunStatus() {
  const t = useMessages();
  const locale = useLocale();
  const running = useAppState(selectIsRunning);
  const progress = useAppState((s) => s.progress);
  const report = useAppState((s) => s.report);
  const summary = reportText(report, t, locale);
  const failed =
    report.kind === "done"
      ? report.error !== null
      : ["limit", "compile-error", "stalled", "crashed", "refused"].includes(report.kind);
  let text = summary;
  if (running) {
    text = progress
      ? t.progress({ virtualTime: progress.virtualTime.toFixed(3), events: progress.events })
      : t.running;
  }
  return (
    // Focusable: a long report scrolls within its height cap (OutputPanel.css), and a region
    // that scrolls must be reachable by keyboard.
    <p className={`run-summary ${!running && failed ? "failed" : ""}`} role="status" tabIndex={0}>
      {text}
    </p>
  );
}

/**
 * On a phone the panes are stacked and the output may be far below the Run button: when a run
 * starts and the output is out of sight, it is brought into view.
 */
function useBroughtIntoViewOnRun(panel: RefObject<HTMLElement | null>) {
  const running = useAppState(selectIsRunning);
  useEffect(() => {
    const el = panel.current;
    if (!running || !el) return;
    // Where the panel is, read when the browser lays the page out anyway, not by forcing a
    // layout of its own at every run's start.
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      const box = entry.boundingClientRect;
      const viewport = entry.rootBounds?.height ?? el.ownerDocument.defaultView?.innerHeight ?? 0;
      if (box.bottom < 0 || box.top > viewport * 0.75) el.scrollIntoView({ block: "start" });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [running, panel]);
}

/** The program's output, coloured by greenlet and stamped with virtual time, and the run's end. */
export function OutputPanel() {
  const t = useMessages();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useBroughtIntoViewOnRun(panel);
  const empty = useAppState(
    (s) => s.printed.length === 0 && s.status === "idle" && s.report.kind === "none",
  );
  const clearOutput = useAppState((s) => s.clearOutput);
  const exercise = useAppState(selectExerciseResult);
  return (
    <section ref={panel} className="output-panel" role="region" aria-labelledby={headingId}>
      <header className="pane-header">
        <h2 id={headingId}>{t.output}</h2>
        <button type="button" onClick={clearOutput}>
          {t.clearOutput}
        </button>
      </header>
      {empty ? <p className="console-lines hint">{t.noOutputYet}</p> : <ConsoleLines />}
      <RunStatus />
      {exercise && (
        <p className={`exercise-short ${exerciseClass(exercise)}`}>
          {t.exerciseShort({
            passed: exercise.failures.length === 0,
            untouched: exercise.untouched,
          })}
        </p>
      )}
    </section>
  );
}
