import { describe, expect, it } from "vitest";
import { LESSONS, lessonById } from "./lesson-catalog";
import { teacherNoteLanguages, teacherNotes } from "./teacher-notes";

describe("teacher notes", () => {
  it("exist for lessons of the catalog, in both languages, as a titled Markdown text", () => {
    const languages = teacherNoteLanguages();
    expect(languages.size).toBeGreaterThan(0);
    for (const [id, locales] of languages) {
      expect(lessonById(id), id).not.toBeNull();
      expect([...locales].sort(), id).toEqual(["en", "zh-CN"]);
      expect(teacherNotes(id, "en")).toMatch(/^# Teacher notes\n/);
      expect(teacherNotes(id, "zh-CN")).toMatch(/^# 教师笔记\n/);
    }
  });

  it("answer each of the lesson's Try it questions, one paragraph per question", () => {
    for (const [id] of teacherNoteLanguages()) {
      const lesson = lessonById(id)!;
      for (const locale of ["en", "zh-CN"] as const) {
        const text = lesson.text[locale];
        const tryIt = text.slice(text.search(/^## (Try it|动手试试)/m));
        const questions = tryIt.split("\n").filter((line) => line.startsWith("- ")).length;
        const answers = teacherNotes(id, locale)!.match(/^\*\*/gm)?.length ?? 0;
        // One bold lead per question, and one "point out" paragraph.
        expect(answers, `${id} ${locale}`).toBe(questions + 1);
      }
    }
  });

  it("exist for every lesson", () => {
    const languages = teacherNoteLanguages();
    expect(LESSONS.filter((lesson) => !languages.has(lesson.id)).map((l) => l.id)).toEqual([]);
  });

  it("are none for no lesson, or a lesson without notes", () => {
    expect(teacherNotes(null, "en")).toBeNull();
    expect(teacherNotes("no-such-lesson", "en")).toBeNull();
  });
});
