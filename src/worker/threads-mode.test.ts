import { describe, expect, it } from "vitest";
import { compile, evaluate } from "../compile";
import { runProgram, type ScheduleOptions } from "../runtime/run";
import { EV, HOLD } from "../runtime/tracing/trace-kinds";
import { scheduleOptionsOf } from "./schedule-request";

/** Compile `source` (in threads mode when asked) and run it under `schedule`. */
function run(source: string, schedule: ScheduleOptions = {}) {
  const compiled = compile(source, { threads: schedule.threads === true });
  if (!compiled.ok) throw new Error(compiled.error.message);
  const { sites } = compiled.program;
  return runProgram(evaluate(compiled.program), { sites, schedule, seed: schedule.seed });
}

/** The trace's events of `kind`: [gid, a, b]. */
function eventsOf(result: ReturnType<typeof run>, kind: number): Array<[number, number, number]> {
  const { words } = result.trace;
  const out: Array<[number, number, number]> = [];
  for (let at = 0; at < words.length; at += 4) {
    if ((words[at] & 0xff) === kind) out.push([words[at] >>> 8, words[at + 1], words[at + 2]]);
  }
  return out;
}

const counter = (body: string) => `
import { spawn, joinall } from "gevent";
import { Lock } from "gevent/lock";
let num = 0;
const lock = new Lock();
function* add() {
  for (let i = 0; i < 50; i++) {
    ${body}
  }
}
yield* joinall([spawn(add), spawn(add)]);
print(num);
`;
const RACY = counter("num += 1;");
const LOCKED = counter("yield* lock.acquire();\n    try { num += 1; } finally { lock.release(); }");
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe("threads mode", () => {
  it("loses an update of a shared counter under some seed from 1 to 10", () => {
    const totals = SEEDS.map((seed) => run(RACY, { threads: true, policy: "random", seed }).stdout);
    expect(totals.some((t) => t !== "100\n")).toBe(true);
  });

  it("never loses one in gevent mode, under gevent's order or any of those seeds", () => {
    expect(run(RACY, { threads: true }).stdout).toBe("100\n");
    for (const seed of SEEDS) expect(run(RACY, { policy: "random", seed }).stdout).toBe("100\n");
  });

  it("never loses one when a Lock guards the update", () => {
    for (const seed of SEEDS) {
      expect(run(LOCKED, { threads: true, policy: "random", seed }).stdout).toBe("100\n");
    }
  });

  it("traces each preemption apart from the greenlet's own waits", () => {
    const result = run(RACY, { threads: true, policy: "random", seed: 3 });
    const preempted = eventsOf(result, EV.PREEMPTED);
    expect(preempted.length).toBeGreaterThan(0);
    expect(eventsOf(result, EV.BLOCKED).length).toBeLessThan(10);
    // Each preemption follows a choice point of the greenlet preempted, whose choice was not 0.
    const choices = eventsOf(result, EV.CHOICE).filter(([gid, , chosen]) => gid > 0 && chosen > 0);
    expect(choices.length).toBe(preempted.length);
  });

  it("slices time.busy by the GIL's switch interval, and leaves it whole in gevent mode", () => {
    const busy = `
import { spawn, joinall } from "gevent";
import * as time from "time";
function* work() { yield* time.busy(0.02); }
yield* joinall([spawn(work), spawn(work)]);
print(time.time());
`;
    const threads = run(busy, { threads: true, policy: "random", seed: 4 });
    const slices = eventsOf(threads, EV.HUB_HELD).filter(([, why]) => why === HOLD.BUSY);
    expect(slices.map(([, , micros]) => micros)).toEqual(Array(8).fill(5000));
    const owners = slices.map(([gid]) => gid);
    expect(owners.some((g, i) => i > 0 && g !== owners[i - 1] && i < 4)).toBe(true);
    expect(threads.stdout).toBe("0.04\n");
    const gevent = run(busy, {});
    expect(eventsOf(gevent, EV.HUB_HELD).map(([, , micros]) => micros)).toEqual([20000, 20000]);
  });

  it("stops at the first open choice point when asked to, and goes on past it with a choice", () => {
    const paused = run(RACY, { threads: true, pauseAfterChoices: true });
    expect(paused.pausedAtChoice).toBe(true);
    expect(paused.stdout).toBe("");
    const open = eventsOf(paused, EV.CHOICE);
    expect(open.length).toBe(1);
    expect(open[0][2]).toBe(0xffffffff);
    const next = run(RACY, { threads: true, pauseAfterChoices: true, choices: [1] });
    const choices = eventsOf(next, EV.CHOICE);
    expect(choices.length).toBe(2);
    expect(choices[0][2]).toBe(1);
    expect(next.pausedAtChoice).toBe(true);
  });
});

describe("the run request's schedule", () => {
  it("keeps what is well formed and drops the rest", () => {
    expect(scheduleOptionsOf(undefined, 3)).toEqual({});
    expect(
      scheduleOptionsOf(
        { policy: "random", choices: [0, 2], threads: true, pauseAtChoice: true },
        3,
      ),
    ).toEqual({
      seed: 3,
      policy: "random",
      choices: [0, 2],
      threads: true,
      pauseAfterChoices: true,
    });
    expect(
      scheduleOptionsOf({ policy: "lifo", choices: [1, -1], threads: "yes", record: 1 }, 0),
    ).toEqual({ seed: 0 });
    expect(scheduleOptionsOf({ choices: [0.5] }, 0)).toEqual({ seed: 0 });
  });
});
