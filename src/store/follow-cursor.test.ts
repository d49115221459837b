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

  it("has no line before the first step or after the last", async () => {
    const model = await ranModel();
    expect(stepLine(model, -1)).toBe(0);
    expect(greenletMarks(model, model.stepCount)).toEqual([]);
  });
});
