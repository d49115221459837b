import { ProgramActions } from "./ProgramActions";
import { RunControls } from "./RunControls";
import { SettingsControls } from "./SettingsControls";
import { useAppState } from "./store-context";
import { useMessages } from "./use-messages";
import "./AppHeader.css";

/** The top bar: the lesson list's toggle, the title, running, the program's actions, settings. */
export function AppHeader() {
  const t = useMessages();
  const lessonListOpen = useAppState((s) => s.lessonListOpen);
  const setLessonListOpen = useAppState((s) => s.setLessonListOpen);
  return (
    <header className="app-header">
      <button
        type="button"
        className="lessons-toggle"
        aria-expanded={lessonListOpen}
        aria-controls="lesson-list"
        onClick={() => setLessonListOpen(!lessonListOpen)}
      >
        <span aria-hidden="true" className="icon">
          ☰
        </span>{" "}
        {t.lessons}
      </button>
      <h1>{t.appTitle}</h1>
      <div className="header-actions">
        <RunControls />
        <ProgramActions />
      </div>
      <SettingsControls />
    </header>
  );
}
