import { useId } from "react";
import { reportText } from "./report-text";
import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";

/** The program's output, line by line (text only, never HTML), and the run's summary. */
export function OutputPanel() {
  const t = useMessages();
  const headingId = useId();
  const output = useAppState((s) => s.output);
  const status = useAppState((s) => s.status);
  const report = useAppState((s) => s.report);
  const clearOutput = useAppState((s) => s.clearOutput);
  const summary = reportText(report, t);
  const failed =
    report.kind === "done"
      ? report.error !== null
      : report.kind === "compile-error" || report.kind === "stalled" || report.kind === "crashed";
  return (
    <section className="output-panel" role="region" aria-labelledby={headingId}>
      <header className="pane-header">
        <h2 id={headingId}>{t.output}</h2>
        <button type="button" onClick={clearOutput}>
          {t.clearOutput}
        </button>
      </header>
      <pre className="output-lines" aria-live="polite">
        {output.length === 0 && status === "idle" && report.kind === "none" ? (
          <span className="hint">{t.noOutputYet}</span>
        ) : (
          output.map((line, index) => (
            <div key={index} className={line.stream}>
              {line.text}
            </div>
          ))
        )}
      </pre>
      <p className={`run-summary ${failed ? "failed" : ""}`} role="status">
        {status === "running" ? t.running : summary}
      </p>
    </section>
  );
}
