import { LESSONS } from "../store/lesson-catalog";
import { selectLesson } from "../store/selectors";
import { ExerciseBox } from "./ExerciseBox";
import { Markdown } from "./markdown/Markdown";
import { MomentLinks } from "./markdown/moment-link";
import { useAppState } from "./store-context";
import { TeacherNotes } from "./TeacherNotes";
import { useLocale, useMessages } from "./use-messages";
import { useMomentLinks } from "./use-moment-links";
import "./LessonPane.css";

/** The open lesson: its text, its exercise and the Python program it ports. */
export function LessonPane() {
  const t = useMessages();
  const locale = useLocale();
  const lesson = useAppState(selectLesson);
  const missing = useAppState((s) => s.missingLessonId);
  const moments = useMomentLinks(lesson?.id ?? null);
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
            <MomentLinks.Provider value={moments.follow}>
              <Markdown source={lesson.text[locale]} />
            </MomentLinks.Provider>
          </article>
          <p className="moment-notice" role="status">
            {moments.notice}
          </p>
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
