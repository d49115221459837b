import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../../runtime/api/gevent";
import { patchAll } from "../../runtime/api/gevent-monkey";
import { Lock } from "../../runtime/api/gevent-lock";
import { Queue } from "../../runtime/api/gevent-queue";
import { get } from "../../runtime/api/requests";
import type { ScheduleOptions } from "../../runtime/run";
import { runTest } from "../../runtime/testing";
import { RunModel } from "../model/run-model";
import { compareRuns, figuresOf } from "./compare-runs";
import { goalOf, goalReached } from "./goals";

type Env = Parameters<Parameters<typeof runTest>[0]>[1];
const modelOf = (
  body: (print: (...a: unknown[]) => void, env: Env) => Iterator<unknown, unknown, unknown>,
  schedule?: ScheduleOptions,
) => RunModel.fromTrace(runTest(body, { schedule }).trace);

function* crawler(print: (...a: unknown[]) => void, patched: boolean) {
  if (patched) patchAll();
  const fetch = function* (url: string) {
    const r = yield* get(url);
    print(url, r.statusCode);
  };
  const urls = ["http://www.python.org", "http://github.com", "http://example.com"];
  yield* joinall(urls.map((u) => spawn(fetch, u)));
}

describe("comparing two runs", () => {
  it("blocking against patched: the time, the waits that overlap and the order of the output", () => {
    const blocking = modelOf((print) => crawler(print, false));
    const patched = modelOf((print) => crawler(print, true));
    const c = compareRuns(blocking, patched);
    expect(c.a.elapsed).toBeCloseTo(0.65, 2);
    expect(c.b.elapsed).toBeCloseTo(0.3, 2);
    expect(c.a.mostWaiting).toBe(1);
    expect(c.b.mostWaiting).toBe(4);
    // Main and the one fetching: unpatched, a fetch holds the hub until it is done.
    expect(c.a.mostInFlight).toBe(2);
    expect(c.b.mostInFlight).toBe(4);
    expect(c.firstDifference).not.toBeNull();
    expect(c.outputDifferences.map((d) => d.index)).toEqual([0, 2]);
    expect(c.outputDifferences[0]).toEqual({
      index: 0,
      a: "http://www.python.org 200",
      b: "http://example.com 200",
    });
  });

  it("finds no difference between a run and its replay", () => {
    const body = (print: (...a: unknown[]) => void) => crawler(print, true);
    const c = compareRuns(modelOf(body), modelOf(body));
    expect(c.firstDifference).toBeNull();
    expect(c.outputDifferences).toEqual([]);
    expect(c.a).toEqual(c.b);
  });

  it("counts preemptions in threads mode", () => {
    const body = (_p: unknown, env: Env) =>
      (function* () {
        const work = function* () {
          for (let i = 0; i < 5; i++) yield* env.__p();
        };
        yield* joinall([spawn(work), spawn(work)]);
      })();
    expect(
      figuresOf(modelOf(body, { threads: true, policy: "random", seed: 2 })).preemptions,
    ).toBeGreaterThan(0);
    expect(figuresOf(modelOf(body)).preemptions).toBe(0);
  });
});

describe("goals over a run", () => {
  it("the consumer finds the queue empty three times", () => {
    const model = modelOf(function* () {
      const q = new Queue<number>();
      const consumer = function* () {
        for (let i = 0; i < 3; i++) yield* q.get();
      };
      const c = spawn(consumer);
      for (let i = 0; i < 3; i++) {
        yield* sleep(1);
        yield* q.put(i);
      }
      yield* c.join();
    });
    const reached = goalReached(model, { kind: "waits", wait: "queue-get", count: 3 });
    expect(reached?.time).toBe(2);
    expect(goalReached(model, { kind: "waits", wait: "queue-get", count: 4 })).toBeNull();
    expect(goalReached(model, { kind: "finish-under", seconds: 4 })).not.toBeNull();
    expect(goalReached(model, { kind: "finish-under", seconds: 2 })).toBeNull();
  });

  it("reaches a deadlock when two greenlets take two locks in opposite orders", () => {
    const model = modelOf(function* () {
      const [a, b] = [new Lock(), new Lock()];
      const one = function* (x: Lock, y: Lock) {
        yield* x.acquire();
        yield* sleep(0.1);
        yield* y.acquire();
      };
      yield* joinall([spawn(one, a, b), spawn(one, b, a)]);
    });
    const reached = goalReached(model, { kind: "deadlock" });
    expect(reached).not.toBeNull();
    expect(model.event(reached!.step).kind).toBe(19);
  });

  it("two greenlets inside lines at once, and the step where it first happens", () => {
    // Greenlets stop on the lines of their waits: site lines are the learner's, [0, 0] here, so
    // the test's sites table puts both sleeps of `work` on line 5.
    const model = RunModel.fromTrace(
      runTest(
        (_p, env) =>
          (function* () {
            const work = function* () {
              yield* env.__s(1, sleep(0));
            };
            yield* joinall([spawn(work), spawn(work)]);
          })(),
        {
          sites: [
            [0, 0],
            [5, 1],
          ],
        },
      ).trace,
    );
    const reached = goalReached(model, { kind: "inside", from: 5, to: 5, count: 2 });
    expect(reached).not.toBeNull();
    const state = model.stateAt(reached!.step);
    const onLine = state.greenlets.filter((g) => g && model.siteAt(g.site)[0] === 5);
    expect(onLine.length).toBe(2);
    expect(goalReached(model, { kind: "inside", from: 5, to: 5, count: 3 })).toBeNull();
  });

  it("takes a goal from a lesson file only when it is well formed", () => {
    expect(goalOf({ kind: "waits", wait: "queue-get", count: 3, greenlet: "c" })).toEqual({
      kind: "waits",
      wait: "queue-get",
      count: 3,
      greenlet: "c",
    });
    expect(goalOf({ kind: "inside", from: 3, to: 2.5, count: 2 })).toBeNull();
    expect(goalOf({ kind: "waits", wait: "socket", count: 1 })).toBeNull();
    expect(goalOf({ kind: "finish-under", seconds: -1 })).toBeNull();
    expect(goalOf("deadlock")).toBeNull();
  });
});
