import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { compile } from "./index";
import { recordingEnv } from "./test-env";

const PROGRAM = `let num = 0;
const o = { n: 0 };
function* add() {
  for (let i = 0; i < 3; i++) {
    num += 2;
    o.n = o.n + 1;
    num++;
  }
  const plain = () => { num -= 1; };
  plain();
}
yield* add();
print(num, o.n);
`;

function threaded(source: string) {
  const result = compile(source, { threads: true });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.program;
}

/** Runs a compiled program alone: every preemption point yields a marker and resumes at once. */
function runAlone(source: string) {
  const recorder = recordingEnv();
  const env = recorder.env as unknown as Record<string, unknown>;
  env.__p = function* <T>(value?: T) {
    yield "preempt";
    return value;
  };
  const iterator = evaluate(threaded(source))(recorder.env);
  let points = 0;
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    if (step.value === "preempt") points++;
  }
  return { points, printed: recorder.printed };
}

describe("threads mode's preemption points", () => {
  it("keeps the program's meaning when nothing else runs", () => {
    expect(runAlone(PROGRAM).printed).toEqual(["8 3"]);
  });

  it("adds a point before each statement of a generator and inside each read-modify-write", () => {
    // Top level: 4 statements. add(): for, const, plain() = 3; each of 3 iterations: 3
    // statements, num += 2, o.n = o.n + 1, num++ and i++ = 7.
    expect(runAlone(PROGRAM).points).toBe(4 + 3 + 3 * 7);
  });

  it("leaves functions that are not generators alone, and every line where it was", () => {
    const { code } = threaded(PROGRAM);
    expect(code).toContain("const plain = () => { num -= 1; };");
    // Learner line N is line N of the compiled code.
    const learnerLines = code.split("\n");
    expect(learnerLines[4]).toMatch(/num = \(yield\* __s\(\d+, __p\(num\)\)\) \+ \(2\)/);
    expect(learnerLines[5]).toMatch(/o\.n = yield\* __s\(\d+, __p\(o\.n \+ 1\)\)/);
    expect(learnerLines[6]).toMatch(/num = \(yield\* __s\(\d+, __p\(num\)\)\) \+ 1/);
  });

  it("adds nothing in gevent mode", () => {
    const result = compile(PROGRAM);
    expect(result.ok && result.program.code.includes("__p(")).toBe(false);
  });
});
