import { teacherNotes } from "../store/teacher-notes";
import { Markdown } from "./markdown/Markdown";
import { useLocale, useMessages } from "./use-messages";

/**
 * The lesson's teacher notes (the answers to its "Try it" questions), folded away behind a
 * "Teacher notes" toggle so a learner meets them only on asking. Printed only when open.
 */
export function TeacherNotes({ lessonId }: { lessonId: string }) {
  const t = useMessages().classroom;
  const locale = useLocale();
  const notes = teacherNotes(lessonId, locale);
  if (notes === null) return null;
  return (
    <details className="teacher-notes">
      <summary>{t.teacherNotes}</summary>
      <p className="hint">{t.teacherNotesExplain}</p>
      <div className="teacher-notes-text" lang={locale}>
        {/* The file's own title is the toggle's summary. */}
        <Markdown source={notes.replace(/^# .*\n+/, "")} headingOffset={2} />
      </div>
    </details>
  );
}
