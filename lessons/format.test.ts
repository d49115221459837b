import { describe, expect, it } from "vitest";
import { exerciseProblems, lessonIndexProblems, lessonMetaProblems } from "./format";

const both = (text: string) => ({ "zh-CN": `中文 ${text}`, en: text });

const goodMeta = {
  id: "event",
  title: both("Event"),
  summary: both("one setter, five waiters"),
  conformance: "example_10_event_setter_waiters",
  examples: ["example_10_event_setter_waiters"],
  elapsed: 2,
  tags: ["Event"],
};

const goodExercise = {
  prompt: both("do it"),
  requiresChange: true,
  expect: { stdout: ["gave up"], elapsed: { min: 1.9, max: 2.1 }, noError: true },
};

describe("lessonIndexProblems", () => {
  it("accepts version 1 with a list of distinct URL-safe ids", () => {
    expect(lessonIndexProblems({ version: 1, lessons: ["event", "queue-2"] })).toEqual([]);
  });

  it("names duplicated ids, ids unfit for a URL and a wrong version", () => {
    const problems = lessonIndexProblems({ version: 2, lessons: ["a", "a", "Bad Id"] });
    expect(problems).toEqual([
      "index.json version must be 1",
      'lesson id "a" is listed twice',
      'lesson id "Bad Id" is not lowercase-with-hyphens',
    ]);
  });
});

describe("lessonMetaProblems", () => {
  it("accepts a complete meta.json whose id is its folder", () => {
    expect(lessonMetaProblems(goodMeta, "event")).toEqual([]);
    expect(lessonMetaProblems({ ...goodMeta, conformance: null, examples: [] }, "event")).toEqual(
      [],
    );
  });

  it("requires both languages in the title and the summary", () => {
    const problems = lessonMetaProblems(
      { ...goodMeta, title: { en: "Event" }, summary: { ...both("x"), fr: "x" } },
      "event",
    );
    expect(problems).toEqual([
      "title.zh-CN must be a non-empty string",
      'summary has an unknown language "fr"',
    ]);
  });

  it("rejects a mismatched id, a missing elapsed and a conformance example not in examples", () => {
    const { elapsed: _elapsed, ...withoutElapsed } = goodMeta;
    const problems = lessonMetaProblems({ ...withoutElapsed, examples: [] }, "queue");
    expect(problems).toEqual([
      'meta.json id must be its folder name "queue"',
      "examples must include the conformance example",
      "elapsed must be a number of seconds >= 0",
    ]);
  });
});

describe("exerciseProblems", () => {
  it("accepts a prompt in both languages with at least one expectation", () => {
    expect(exerciseProblems(goodExercise)).toEqual([]);
    expect(
      exerciseProblems({ ...goodExercise, hint: both("try"), expect: { noError: true } }),
    ).toEqual([]);
  });

  it("rejects an exercise that checks nothing or whose bounds are inverted", () => {
    expect(exerciseProblems({ ...goodExercise, expect: {} })).toEqual([
      "expect must check at least one of stdout, elapsed, noError",
    ]);
    expect(exerciseProblems({ ...goodExercise, expect: { elapsed: { min: 3, max: 2 } } })).toEqual([
      "expect.elapsed.min must not exceed max",
    ]);
  });

  it("rejects multi-line stdout entries, unknown keys and a missing requiresChange", () => {
    const { requiresChange: _r, ...rest } = goodExercise;
    const problems = exerciseProblems({ ...rest, extra: 1, expect: { stdout: ["a\nb"] } });
    expect(problems).toEqual([
      'exercise has an unknown key "extra"',
      "requiresChange must be a boolean",
      "expect.stdout must be a non-empty list of single lines",
    ]);
  });
});
