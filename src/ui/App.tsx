import { useEffect, useMemo } from "react";
import type { Problem } from "../store/run-report";
import { CodeEditor } from "./CodeEditor";
import type { EditorMarker } from "./editor-types";
import { OutputPanel } from "./OutputPanel";
import { reportText } from "./report-text";
import { RunControls } from "./RunControls";
import { useAppState } from "./store-context";
import { useLocale, useMessages } from "./use-messages";

/**
 * Publishes the run state on <body> for tests and tools, which wait on it, never on sleeps:
 * `data-run-state` is "idle" or "running"; `data-runs-finished` counts the runs that ended.
 */
function useRunStateSignal() {
  const status = useAppState((s) => s.status);
  const finishedRuns = useAppState((s) => s.finishedRuns);
  useEffect(() => {
    document.body.dataset.runState = status;
    document.body.dataset.runsFinished = String(finishedRuns);
  }, [status, finishedRuns]);
}

function useMarkers(): EditorMarker[] {
  const t = useMessages();
  const problems = useAppState((s) => s.problems);
  const report = useAppState((s) => s.report);
  return useMemo(() => {
    const fallback = reportText(report, t) ?? "";
    return problems.map((p: Problem) => ({ ...p, message: p.message ?? fallback }));
  }, [problems, report, t]);
}

export function App() {
  const t = useMessages();
  const locale = useLocale();
  const code = useAppState((s) => s.code);
  const setCode = useAppState((s) => s.setCode);
  const markers = useMarkers();
  useRunStateSignal();
  useEffect(() => {
    document.title = t.appTitle;
    document.documentElement.lang = locale;
  }, [t, locale]);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t.appTitle}</h1>
        <RunControls />
      </header>
      <main className="panes">
        <section className="editor-pane" aria-label={t.editorLabel}>
          <CodeEditor
            value={code}
            onChange={setCode}
            markers={markers}
            activeLine={null}
            label={t.editorLabel}
          />
        </section>
        <OutputPanel />
      </main>
    </div>
  );
}
