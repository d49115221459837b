import { useMemo } from "react";
import type { Problem } from "../store/run-report";
import { AppHeader } from "./AppHeader";
import { CodeEditor } from "./CodeEditor";
import type { EditorMarker } from "./editor-types";
import { LessonList } from "./LessonList";
import { LabPanel } from "./lab/LabPanel";
import { LessonPane } from "./LessonPane";
import { PrintHandout } from "./PrintHandout";
import { reportText } from "./report-text";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { SideTabs } from "./SideTabs";
import { useAppState } from "./store-context";
import { StepBar } from "./StepBar";
import { TimelineRegion } from "./TimelineRegion";
import { PHONE_QUERY, useMediaQuery } from "./use-media-query";
import { UpdateNotice } from "./UpdateNotice";
import { useDocumentSettings } from "./use-document-settings";
import { useEditorAppearance } from "./use-editor-appearance";
import { useEditorFontSize } from "./use-editor-font-size";
import { useLessonRoute } from "./use-lesson-route";
import { useLocale, useMessages } from "./use-messages";
import { useRunStateSignal } from "./use-run-state-signal";
import { usePresentationKeys } from "./use-presentation-keys";
import { useShortcuts } from "./use-shortcuts";
import { useStepMarks } from "./use-step-marks";
import { usePlayback } from "./use-playback";
import { useStepKeys } from "./use-step-keys";
import { useStepRoute } from "./use-step-route";
import { useStepSignal } from "./use-step-signal";
import "./layout.css";
import "./presentation.css";

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

/** The editor and what marks it; also the embed's (EmbedApp.tsx), there maybe read-only. */
export function EditorPane({ readOnly = false }: { readOnly?: boolean }) {
  const t = useMessages();
  const code = useAppState((s) => s.code);
  const setCode = useAppState((s) => s.setCode);
  const theme = useAppState((s) => s.theme);
  const presentation = useAppState((s) => s.presentation);
  const markers = useMarkers();
  const marks = useStepMarks();
  useEditorAppearance(theme, useEditorFontSize(presentation));
  return (
    <section className="editor-pane" aria-label={t.editorLabel}>
      <div className="editor-body">
        <CodeEditor
          value={code}
          onChange={setCode}
          markers={markers}
          activeLine={null}
          stepMarks={marks}
          label={t.editorLabel}
          readOnly={readOnly}
        />
      </div>
      <LabPanel />
    </section>
  );
}

/**
 * What the page publishes on its document (the run state for tests and tools, the theme and
 * language): a component of its own that draws nothing, so that a run's start and end and each
 * step re-render it alone, not the whole page under App.
 */
export function DocumentSignals() {
  useRunStateSignal();
  useDocumentSettings();
  return null;
}

/** The playground: header, lesson list, lesson, editor, output, and the timeline's slot. */
export function App() {
  const lessonListOpen = useAppState((s) => s.lessonListOpen);
  useLessonRoute();
  useShortcuts();
  usePresentationKeys();
  useStepKeys();
  useStepSignal();
  useStepRoute();
  usePlayback();
  // On a phone the step bar follows the editor, whose marks it moves, instead of coming after
  // the output and the timeline, a screen or two further down.
  const phone = useMediaQuery(PHONE_QUERY);
  return (
    <div className="app">
      <AppHeader />
      <main className={`workspace ${lessonListOpen ? "" : "lessons-closed"}`}>
        <LessonList />
        <LessonPane />
        <EditorPane />
        {phone && (
          <div className="step-region">
            <StepBar />
          </div>
        )}
        <SideTabs />
        <TimelineRegion withStepBar={!phone} />
      </main>
      <PrintHandout />
      <ShortcutsDialog />
      <UpdateNotice />
      {/* Last, so that its effects run after every view's, as the page's own did. */}
      <DocumentSignals />
    </div>
  );
}
