import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import { greenletMarks, stepLine } from "../trace/stepping/step-view";
import { createAppStore } from "./app-store";

// Line numbers matter here: the waiters stop at line 4, the setter at 6, main at 9.
const code = `import { joinall, sleep, spawn } from "gevent";
import { Event } from "gevent/event";
const evt = new Event();
function* waiter() { yield* evt.wait(); }
const waiters = [spawn(waiter), spawn(waiter), spawn(waiter)];
function* setter() { yield* sleep(0); evt.set(); }
yield* sleep(1);
spawn(setter);
yield* joinall(waiters);
`;

async function ranModel() {
  const store = createAppStore({ runner: new InProcessRunner(), code });
  await store.getState().run();
  return store.getState().model!;
}

describe("the lines that follow the cursor", () => {
  it("marks every live greenlet's line, the running one first, and names the step's line", async () => {
    const model = await ranModel();
    let set = -1;
    for (let n = 0; n < model.stepCount && set < 0; n++) {
      const e = model.event(n);
      if ("value" in e && "object" in e && e.value === 1) set = n;
    }
    const marks = greenletMarks(model, set);
    const running = marks[0];
    expect(running).toMatchObject({ running: true, line: 6, status: "running" });
    const blocked = marks.filter((m) => m.status === "blocked" && m.line === 4);
    expect(blocked).toHaveLength(3);
    expect(stepLine(model, set)).toBe(running.line);
    const main = marks.find((m) => m.gid === 1)!;
    expect(main.line).toBe(9);
  });

  it("moves the running greenlet's mark with what it does between two switch points", async () => {
    const store = createAppStore({
      runner: new InProcessRunner(),
      code: 'print("one");\nprint("two");\nimport { sleep } from "gevent";\nyield* sleep(0);\n',
    });
    await store.getState().run();
    const model = store.getState().model!;
    const prints: number[] = [];
    for (let n = 0; n < model.stepCount; n++) if ("stream" in model.event(n)) prints.push(n);
    expect(prints).toHaveLength(2);
    // main has not switched yet: its lines are those of its prints, not none.
    expect(greenletMarks(model, prints[0])[0]).toMatchObject({ gid: 1, running: true, line: 1 });
    expect(greenletMarks(model, prints[1])[0]).toMatchObject({ gid: 1, running: true, line: 2 });
    expect(stepLine(model, prints[1])).toBe(2);
  });

  it("has no line before the first step or after the last", async () => {
    const model = await ranModel();
    expect(stepLine(model, -1)).toBe(0);
    expect(greenletMarks(model, model.stepCount)).toEqual([]);
  });
});
