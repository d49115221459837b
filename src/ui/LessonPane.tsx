import { LESSONS, lessonById, type Lesson } from "../store/lesson-catalog";
import { EXAMPLES, exampleId } from "../store/lesson-examples";
import { lessonHref } from "../store/lesson-route";
import { selectLesson } from "../store/selectors";
import { ExerciseBox } from "./ExerciseBox";
import { Markdown } from "./markdown/Markdown";
import { ActionLinks } from "./markdown/moment-link";
import { PythonSideBySide } from "./side-by-side/PythonSideBySide";
import { useAppState } from "./store-context";
import { TeacherNotes } from "./TeacherNotes";
import { useLocale, useMessages } from "./use-messages";
import { useMomentLinks } from "./use-moment-links";
import "./LessonPane.css";

/**
 * The open lesson: its text, its exercise, the Python program it ports beside its TypeScript,
 * and links to the tutorials' examples it draws on. An example of the tutorials opens here too:
 * its title, real gevent's output to compare the run with, and the lessons that teach it.
 */
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
          <p className="lesson-number-line">
            {lesson.kind === "example"
              ? t.lessonUi.exampleNumber({ n: EXAMPLES.indexOf(lesson) + 1 })
              : t.lessonNumber({ n: LESSONS.indexOf(lesson) + 1 })}
          </p>
          <article className="lesson-text" lang={locale}>
            <ActionLinks.Provider value={moments.actions}>
              <Markdown source={lesson.text[locale]} />
            </ActionLinks.Provider>
          </article>
          <p className="moment-notice" role="status">
            {moments.notice}
          </p>
          {lesson.kind === "example" ? (
            <ExampleParts example={lesson} />
          ) : (
            <LessonExamples lesson={lesson} />
          )}
          {lesson.exercise && <ExerciseBox lesson={lesson} />}
          <PythonSideBySide original={lesson.original} />
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

/** Links to the examples a lesson draws on, in its meta.json's order. */
function LessonExamples({ lesson }: { lesson: Lesson }) {
  const t = useMessages().lessonUi;
  const locale = useLocale();
  const examples = lesson.examples.flatMap((name) => lessonById(exampleId(name)) ?? []);
  if (examples.length === 0) return null;
  return (
    <nav className="lesson-examples" aria-label={t.lessonExamples}>
      <h3>{t.lessonExamples}</h3>
      <ul>
        {examples.map((example) => (
          <li key={example.id}>
            <a href={lessonHref(example.id)}>
              {t.exampleNumber({ n: EXAMPLES.indexOf(example) + 1 })}: {example.title[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** An example's own parts: what to compare the run with, and the lessons that teach it. */
function ExampleParts({ example }: { example: Lesson }) {
  const t = useMessages().lessonUi;
  const locale = useLocale();
  const name = example.examples[0];
  const lessons = LESSONS.filter((lesson) => lesson.examples.includes(name));
  return (
    <>
      <p>{t.exampleIntro({ n: EXAMPLES.indexOf(example) + 1 })}</p>
      {lessons.length > 0 && (
        <nav className="lesson-examples" aria-label={t.exampleLessons}>
          <h3>{t.exampleLessons}</h3>
          <ul>
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <a href={lessonHref(lesson.id)}>{lesson.title[locale]}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section className="real-output" aria-label={t.realOutput}>
        <h3>{t.realOutput}</h3>
        <p className="hint">{t.realOutputExplain}</p>
        <pre className="code-block" lang="en" tabIndex={0} data-real-output="">
          <code>{example.expectedOut}</code>
        </pre>
      </section>
    </>
  );
}
