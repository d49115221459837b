import { describe, expect, it } from "vitest";
import { answerOf, isRightAnswer } from "./predictions";
import { runSource } from "./test-run";

const run = runSource(
  [
    'import { joinall, sleep, spawn } from "gevent";',
    'function* foo() { print("foo 1"); yield* sleep(0); print("foo 2"); }',
    'function* bar() { print("bar 1"); yield* sleep(1); print("bar 2"); }',
    "yield* joinall([spawn(foo), spawn(bar)]);",
  ].join("\n"),
);
const moments = {
  "foo-yields": { event: "blocked" as const, greenlet: "foo", reason: "yield" as const },
};

describe("answerOf", () => {
  it("orders lines by when the run first printed them", () => {
    const question = { type: "order" as const, lines: ["bar 2", "foo 2", "foo 1", "bar 1"] };
    expect(answerOf(question, run.events)).toEqual(["foo 1", "bar 1", "foo 2", "bar 2"]);
    expect(answerOf({ type: "order", lines: ["foo 1", "baz"] }, run.events)).toBeNull();
  });

  it("names the greenlet that runs first after a moment, the hub aside", () => {
    const question = {
      type: "next" as const,
      moment: "foo-yields",
      choices: ["foo", "bar", "main"],
    };
    expect(answerOf(question, run.events, moments)).toBe("bar");
    expect(answerOf({ ...question, choices: ["foo", "main"] }, run.events, moments)).toBeNull();
    expect(answerOf({ ...question, moment: "undefined-moment" }, run.events, moments)).toBeNull();
  });

  it("picks the one of the lines that the run printed", () => {
    expect(answerOf({ type: "printed", choices: ["bar 3", "bar 2"] }, run.events)).toBe("bar 2");
    expect(answerOf({ type: "printed", choices: ["bar 3", "bar 4"] }, run.events)).toBeNull();
  });

  it("picks the choice of time at which a line was first printed", () => {
    expect(answerOf({ type: "time", line: "bar 2", choices: [0, 1, 2] }, run.events)).toBe(1);
    expect(answerOf({ type: "time", line: "bar 2", choices: [0, 2] }, run.events)).toBeNull();
  });
});

describe("isRightAnswer", () => {
  it("accepts the run's answer only", () => {
    const order = { type: "order" as const, lines: ["bar 1", "foo 1"] };
    expect(isRightAnswer(order, ["foo 1", "bar 1"], run.events)).toBe(true);
    expect(isRightAnswer(order, ["bar 1", "foo 1"], run.events)).toBe(false);
    const next = { type: "next" as const, moment: "foo-yields", choices: ["foo", "bar"] };
    expect(isRightAnswer(next, "bar", run.events, moments)).toBe(true);
    expect(isRightAnswer(next, "foo", run.events, moments)).toBe(false);
  });
});
