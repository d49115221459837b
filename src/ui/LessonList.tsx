import { useEffect, useRef } from "react";
import { LESSONS } from "../store/lesson-catalog";
import { EXAMPLES } from "../store/lesson-examples";
import { lessonHref } from "../store/lesson-route";
import { isLessonDone } from "../store/task-progress";
import { useAppState } from "./store-context";
import { useLocale, useMessages } from "./use-messages";
import "./LessonList.css";

/** Below this width the list is a drawer over the page (layout.css says the same). */
const DRAWER_QUERY = "(max-width: 1023px)";
const isDrawer = () => window.matchMedia(DRAWER_QUERY).matches;

/**
 * The lessons in teaching order, each a link to its URL (`#lesson/<id>`), and under them the
 * tutorials' examples (`#example/<name>`, folded away unless one is open): a sidebar on wide
 * screens, a drawer on narrow ones that closes once a lesson or example is picked.
 */
export function LessonList() {
  const t = useMessages();
  const locale = useLocale();
  const open = useAppState((s) => s.lessonListOpen);
  const setOpen = useAppState((s) => s.setLessonListOpen);
  const lessonId = useAppState((s) => s.lessonId);
  const progress = useAppState((s) => s.taskProgress);
  const current = useRef<HTMLAnchorElement>(null);

  // A drawer takes the focus when it opens, so the keyboard lands in it.
  useEffect(() => {
    if (open && isDrawer()) current.current?.focus();
  }, [open]);

  // The current lesson is in view in the list, wherever the list had been scrolled.
  useEffect(() => {
    if (open) current.current?.scrollIntoView({ block: "nearest" });
  }, [open, lessonId]);

  const closeIfDrawer = () => {
    if (isDrawer()) setOpen(false);
  };
  const exampleOpen = EXAMPLES.some((example) => example.id === lessonId);
  return (
    <>
      <nav
        id="lesson-list"
        className="lesson-list"
        aria-label={t.lessons}
        hidden={!open}
        onKeyDown={(event) => event.key === "Escape" && closeIfDrawer()}
      >
        <div className="pane-header">
          <h2>{t.lessons}</h2>
          <button type="button" className="close-lessons" onClick={() => setOpen(false)}>
            <span aria-hidden="true">×</span>
            <span className="sr-only">{t.closeLessons}</span>
          </button>
        </div>
        <ol>
          {LESSONS.map((lesson, index) => {
            const isCurrent = lesson.id === lessonId;
            return (
              <li key={lesson.id}>
                <a
                  href={lessonHref(lesson.id)}
                  aria-current={isCurrent ? "page" : undefined}
                  ref={isCurrent || (lessonId === null && index === 0) ? current : undefined}
                  onClick={closeIfDrawer}
                >
                  <span className="lesson-number">{index + 1}</span>
                  <span className="lesson-title">{lesson.title[locale]}</span>
                  {isLessonDone(
                    progress,
                    lesson.id,
                    lesson.exercise?.tasks.map((t) => t.id) ?? [],
                  ) && (
                    <span className="lesson-done" title={t.tasks.lessonDone}>
                      <span aria-hidden="true">✓</span>
                      <span className="sr-only">{t.tasks.lessonDone}</span>
                    </span>
                  )}
                </a>
              </li>
            );
          })}
        </ol>
        <details className="example-list" open={exampleOpen || undefined}>
          <summary>
            <h2>{t.lessonUi.examples}</h2>
          </summary>
          <p className="hint">{t.lessonUi.examplesExplain}</p>
          <ol aria-label={t.lessonUi.examples}>
            {EXAMPLES.map((example, index) => (
              <li key={example.id}>
                <a
                  href={lessonHref(example.id)}
                  aria-current={example.id === lessonId ? "page" : undefined}
                  ref={example.id === lessonId ? current : undefined}
                  onClick={closeIfDrawer}
                >
                  <span className="lesson-number">{index + 1}</span>
                  <span className="lesson-title">{example.title[locale]}</span>
                </a>
              </li>
            ))}
          </ol>
        </details>
      </nav>
      {open && (
        <div className="drawer-backdrop" aria-hidden="true" onClick={() => setOpen(false)} />
      )}
    </>
  );
}
