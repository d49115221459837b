import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LESSON_PROBLEMS, LESSONS, lessonById } from "./lesson-catalog";

const index = JSON.parse(
  readFileSync(new URL("../../lessons/index.json", import.meta.url), "utf8"),
) as { lessons: string[] };
const fileOf = (id: string, name: string) =>
  readFileSync(new URL(`../../lessons/${id}/${name}`, import.meta.url), "utf8");

describe("the lesson catalog", () => {
  it("loads every lesson of index.json, in its order, with no problem", () => {
    expect(LESSON_PROBLEMS).toEqual([]);
    expect(LESSONS.map((lesson) => lesson.id)).toEqual(index.lessons);
  });

  it("holds each lesson's files as they are on disk", () => {
    for (const lesson of LESSONS) {
      expect(lesson.program).toBe(fileOf(lesson.id, "program.ts"));
      expect(lesson.original).toBe(fileOf(lesson.id, "original.py"));
      expect(lesson.text.en).toBe(fileOf(lesson.id, "text.en.md"));
      expect(lesson.text["zh-CN"]).toBe(fileOf(lesson.id, "text.zh-CN.md"));
    }
  });

  it("gives every lesson a title and summary in both languages", () => {
    for (const lesson of LESSONS) {
      for (const field of [lesson.title, lesson.summary]) {
        expect(field.en.length).toBeGreaterThan(0);
        expect(field["zh-CN"]).not.toBe(field.en);
      }
    }
  });

  it("finds a lesson by its id and nothing for an unknown one", () => {
    expect(lessonById(index.lessons[0])?.id).toBe(index.lessons[0]);
    expect(lessonById("no-such-lesson")).toBeNull();
    expect(lessonById(null)).toBeNull();
  });
});
