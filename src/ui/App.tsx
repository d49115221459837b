import { useMemo } from "react";
import type { Problem } from "../store/run-report";
import { AppHeader } from "./AppHeader";
import { CodeEditor } from "./CodeEditor";
import type { EditorMarker } from "./editor-types";
import { LessonList } from "./LessonList";
import { LabPanel } from "./lab/LabPanel";
import { LessonPane } from "./LessonPane";
import { OutputPanel } from "./OutputPanel";
import { reportText } from "./report-text";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { useAppState } from "./store-context";
import { TimelineRegion } from "./TimelineRegion";
import { useDocumentSettings } from "./use-document-settings";
import { EDITOR_FONT_SIZE, useEditorAppearance } from "./use-editor-appearance";
import { useLessonRoute } from "./use-lesson-route";
import { useLocale, useMessages } from "./use-messages";
import { useRunStateSignal } from "./use-run-state-signal";
import { useShortcuts } from "./use-shortcuts";
import "./layout.css";

function useMarkers(): EditorMarker[] {
  const t = useMessages();
  const locale = useLocale();
  const problems = useAppState((s) => s.problems);
  const report = useAppState((s) => s.report);
  return useMemo(() => {
    const fallback = reportText(report, t, locale) ?? "";
    return problems.map((p: Problem) => ({ ...p, message: p.message ?? fallback }));
  }, [problems, report, t, locale]);
}

function EditorPane() {
  const t = useMessages();
  const code = useAppState((s) => s.code);
  const setCode = useAppState((s) => s.setCode);
  const theme = useAppState((s) => s.theme);
  const presentation = useAppState((s) => s.presentation);
  const markers = useMarkers();
  useEditorAppearance(theme, EDITOR_FONT_SIZE[presentation ? "presentation" : "normal"]);
  return (
    <section className="editor-pane" aria-label={t.editorLabel}>
      <div className="editor-body">
        <CodeEditor
          value={code}
          onChange={setCode}
          markers={markers}
          activeLine={null}
          label={t.editorLabel}
        />
      </div>
      <LabPanel />
    </section>
  );
}

/** The playground: header, lesson list, lesson, editor, output, and the timeline's slot. */
export function App() {
  const lessonListOpen = useAppState((s) => s.lessonListOpen);
  useRunStateSignal();
  useDocumentSettings();
  useLessonRoute();
  useShortcuts();
  return (
    <div className="app">
      <AppHeader />
      <main className={`workspace ${lessonListOpen ? "" : "lessons-closed"}`}>
        <LessonList />
        <LessonPane />
        <EditorPane />
        <OutputPanel />
        <TimelineRegion />
      </main>
      <ShortcutsDialog />
    </div>
  );
}
