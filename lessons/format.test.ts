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

const predict = {
  id: "order",
  kind: "predict",
  prompt: both("guess"),
  question: { type: "order", lines: ["a", "b"] },
};
const change = {
  id: "give-up",
  kind: "change",
  prompt: both("do it"),
  hints: [both("nudge"), both("nearly the answer")],
  expect: { stdout: ["gave up"], elapsed: { min: 1.9, max: 2.1 }, noError: true },
  solution: "solution.ts",
};
const goodExercise = { tasks: [predict, change] };
const withChange = (expect: unknown) => ({ tasks: [predict, { ...change, expect }] });

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
  it("accepts a predict and a change task, each well-formed", () => {
    expect(exerciseProblems(goodExercise)).toEqual([]);
    const next = { ...predict, question: { type: "next", moment: "set", choices: ["a", "b"] } };
    const time = { ...predict, id: "when", question: { type: "time", line: "x", choices: [0, 1] } };
    expect(exerciseProblems({ tasks: [next, time, change] })).toEqual([]);
  });

  it("accepts every kind of schedule check", () => {
    const expect_ = {
      absent: ["wait start.."],
      printedAt: [{ line: "gave up", time: 1, by: "waiter" }],
      atOnce: [{ enter: "acquired$", leave: "released$", max: 1, before: "done" }],
      blockedAtOnce: [{ reason: "sleep", min: 4, after: "go" }],
      blocked: [{ greenlet: "w", reason: "event_wait", object: "evt", min: 5 }],
      woke: [{ waker: "hub", woken: "main", object: "q", min: 1 }],
      switches: [{ from: "c", to: "main", min: 1, max: 1 }],
      spawned: { min: 8 },
      hubHeld: { max: 0 },
      preempted: { min: 1 },
    };
    expect(exerciseProblems(withChange(expect_))).toEqual([]);
  });

  it("needs a predict task and a change task, with distinct ids", () => {
    expect(exerciseProblems({ tasks: [change] })).toEqual(["exercise needs a predict task"]);
    expect(exerciseProblems({ tasks: [predict] })).toEqual(["exercise needs a change task"]);
    expect(exerciseProblems({ tasks: [predict, { ...change, id: "order" }] })).toEqual([
      "exercise task ids must be distinct",
    ]);
  });

  it("rejects an expectation that checks nothing or whose bounds are inverted", () => {
    expect(exerciseProblems(withChange({}))).toEqual(["tasks[1].expect must check something"]);
    expect(exerciseProblems(withChange({ elapsed: { min: 3, max: 2 } }))).toEqual([
      "tasks[1].expect.elapsed.min must not exceed max",
    ]);
  });

  it("rejects unknown block reasons, bad regular expressions and unknown keys in checks", () => {
    const problems = exerciseProblems(
      withChange({
        blocked: [{ reason: "nap" }],
        atOnce: [{ enter: "(", leave: "x", colour: 1 }],
        stdout: ["a\nb"],
      }),
    );
    expect([...problems].sort()).toEqual([
      'tasks[1].expect.atOnce[0] has an unknown key "colour"',
      "tasks[1].expect.atOnce[0].enter is not a regular expression",
      'tasks[1].expect.blocked[0].reason "nap" is not a block reason',
      "tasks[1].expect.stdout must be a non-empty list of single lines",
    ]);
  });

  it("accepts a threads-mode task only with seeds and a check that a gevent run fails", () => {
    const threads = (task: object) =>
      exerciseProblems({ tasks: [predict, { ...change, ...task }] });
    const preempted = { ...change.expect, preempted: { min: 1 } };
    expect(threads({ threads: { seeds: [1, 2] }, expect: preempted })).toEqual([]);
    expect(threads({ threads: { seeds: [1] } })).toEqual([
      "tasks[1].threads needs expect.preempted with min >= 1, or a gevent run would pass",
    ]);
    expect(threads({ threads: { seeds: [] }, expect: preempted })).toEqual([
      "tasks[1].threads.seeds must be a non-empty list of whole numbers",
    ]);
  });

  it("rejects a change task without hints or with the program as its solution", () => {
    const { hints: _h, ...noHints } = change;
    expect(exerciseProblems({ tasks: [predict, { ...noHints, solution: "program.ts" }] })).toEqual([
      "tasks[1].hints must be a non-empty list",
      "tasks[1].solution must not be the program itself",
    ]);
  });

  it("rejects an order question with repeated lines and a next question without choices", () => {
    const order = { ...predict, question: { type: "order", lines: ["a", "a"] } };
    const next = { ...predict, id: "next", question: { type: "next", moment: "m", choices: [] } };
    expect(exerciseProblems({ tasks: [order, next, change] })).toEqual([
      "tasks[0].question.lines must be distinct",
      "tasks[1].question.choices must be at least two greenlet names",
    ]);
  });
});

describe("lessonMetaProblems on moments", () => {
  it("accepts named moments of the known kinds and rejects the rest", () => {
    const moments = { set: { event: "state", object: "evt", value: 1 } };
    expect(lessonMetaProblems({ ...goodMeta, moments }, "event")).toEqual([]);
    const bad = { Set: { event: "state" }, x: { event: "party" }, y: { event: "output", to: "a" } };
    expect(lessonMetaProblems({ ...goodMeta, moments: bad }, "event")).toEqual([
      'moment name "Set" is not lowercase-with-hyphens',
      "moments.x.event must be one of output, switch, blocked, woken, state, started, finished, held",
      'moments.y has an unknown key "to"',
    ]);
  });
});
