import { LESSONS } from "../store/lesson-catalog";
import { selectLesson } from "../store/selectors";
import { ExerciseBox } from "./ExerciseBox";
import { Markdown } from "./markdown/Markdown";
import { useAppState } from "./store-context";
import { TeacherNotes } from "./TeacherNotes";
import { useLocale, useMessages } from "./use-messages";
import "./LessonPane.css";

/** The open lesson: its text, its exercise and the Python program it ports. */
export function LessonPane() {
  const t = useMessages();
  const locale = useLocale();
  const lesson = useAppState(selectLesson);
  const missing = useAppState((s) => s.missingLessonId);
  return (
    <section className="lesson-pane" aria-label={t.lessonText}>
      {missing !== null && (
        <p className="lesson-missing" role="alert">
          {t.lessonMissing({ id: missing })}
        </p>
      )}
      {lesson === null ? (
        missing === null && <p className="hint">{t.chooseLesson}</p>
      ) : (
        <>
          <p className="lesson-number-line">{t.lessonNumber({ n: LESSONS.indexOf(lesson) + 1 })}</p>
          <article className="lesson-text" lang={locale}>
            <Markdown source={lesson.text[locale]} />
          </article>
          {lesson.exercise && <ExerciseBox lesson={lesson} />}
          <details className="original-python">
            <summary>{t.originalPython}</summary>
            <pre className="code-block" lang="en" tabIndex={0}>
              <code>{lesson.original}</code>
            </pre>
          </details>
          <TeacherNotes lessonId={lesson.id} />
          <p className="lesson-actions">
            <button type="button" onClick={() => window.print()}>
              {t.classroom.printHandout}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
