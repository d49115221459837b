/**
 * Teacher notes: for each lesson, the answers to its "Try it" questions and what to watch for
 * when showing it, in `lessons/<id>/teacher.en.md` and `teacher.zh-CN.md` (Markdown without
 * HTML, like the lesson texts). Bundled with the app like the lessons, so they work offline.
 * The learner sees them only on asking ("Teacher notes"). Optional: a lesson may have none.
 */
import type { Localized } from "../../lessons/format";
import type { Locale } from "./preferences";

// The pattern must be a literal: Vite reads it at build time.
const files = import.meta.glob<string>("../../lessons/*/teacher.*.md", {
  eager: true,
  query: "?raw",
  import: "default",
});

const NOTE_FILE = /^\.\.\/\.\.\/lessons\/([^/]+)\/teacher\.(en|zh-CN)\.md$/;

function collect(): Map<string, Partial<Localized>> {
  const notes = new Map<string, Partial<Localized>>();
  for (const [path, text] of Object.entries(files)) {
    const match = NOTE_FILE.exec(path);
    if (!match) continue;
    const [, id, locale] = match;
    notes.set(id, { ...notes.get(id), [locale]: text });
  }
  return notes;
}

const NOTES = collect();

/** The lesson ids with notes, and which languages each has (for the tests). */
export function teacherNoteLanguages(): Map<string, Locale[]> {
  return new Map([...NOTES].map(([id, texts]) => [id, Object.keys(texts) as Locale[]]));
}

/** Lesson `id`'s notes in `locale`, else in the other language, else null. */
export function teacherNotes(id: string | null, locale: Locale): string | null {
  if (id === null) return null;
  const texts = NOTES.get(id);
  return texts?.[locale] ?? texts?.en ?? texts?.["zh-CN"] ?? null;
}
