import { describe, expect, it } from "vitest";
import { BLOCK, EV, HUB_GID, MAIN_GID, OBJ, SWITCH_MODE } from "../../runtime/tracing/trace-kinds";
import { TraceBuilder } from "./trace-builder-for-tests";
import { waitFor } from "./wait-for";
import { deadlockReport, explainWaitFor } from "./wait-for-words";

const [ALICE, BOB, KNIVES, FORKS] = [2, 3, 1, 2];

/** alice takes knives and waits for forks; bob takes forks and waits for knives; main joins both. */
function diners(): TraceBuilder {
  const t = new TraceBuilder().start();
  t.object(KNIVES, OBJ.LOCK, "knives", 1).object(FORKS, OBJ.LOCK, "forks", 1);
  t.greenlet(ALICE, "alice").greenlet(BOB, "bob");
  t.add(EV.BLOCKED, MAIN_GID, BLOCK.WAIT_ANY, 0);
  t.run(ALICE, SWITCH_MODE.START).add(EV.OBJ_STATE, ALICE, KNIVES, 0);
  t.add(EV.BLOCKED, ALICE, BLOCK.YIELD, 0);
  t.run(BOB, SWITCH_MODE.START).add(EV.OBJ_STATE, BOB, FORKS, 0);
  t.add(EV.BLOCKED, BOB, BLOCK.YIELD, 0);
  t.run(ALICE).add(EV.BLOCKED, ALICE, BLOCK.LOCK_ACQUIRE, FORKS);
  t.run(BOB).add(EV.BLOCKED, BOB, BLOCK.LOCK_ACQUIRE, KNIVES);
  return t;
}

/** ... and the hub throws LoopExit into main, which fails; the others are abandoned. */
function dinersLoopExit(): TraceBuilder {
  const t = diners().run(MAIN_GID, SWITCH_MODE.THROW);
  const message = t.str("LoopExit: This operation would block forever\n\tmain waits");
  t.add(EV.FAILED, MAIN_GID, message, 0).add(EV.ABANDONED, ALICE).add(EV.ABANDONED, BOB);
  return t.add(EV.ERROR, MAIN_GID, t.str("LoopExit"), t.str("This operation would block forever"));
}

describe("waitFor", () => {
  it("links each waiter to the lock it waits on and the lock to its holder, and finds the ring", () => {
    const model = diners().model();
    const graph = waitFor(model, model.stepCount - 1);
    expect(graph.waiting.map((w) => [w.gid, w.reason, w.role, w.wakers])).toEqual([
      [MAIN_GID, BLOCK.WAIT_ANY, "anyone", []],
      [ALICE, BLOCK.LOCK_ACQUIRE, "holder", [BOB]],
      [BOB, BLOCK.LOCK_ACQUIRE, "holder", [ALICE]],
    ]);
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: "g2", to: "o2", kind: "waits-on" },
        { from: "o2", to: "g3", kind: "can-wake", role: "holder" },
        { from: "g3", to: "o1", kind: "waits-on" },
        { from: "o1", to: "g2", kind: "can-wake", role: "holder" },
      ]),
    );
    expect(graph.nodes.find((n) => n.id === "o1")).toEqual({
      id: "o1",
      kind: "object",
      ref: 1,
      label: "knives",
    });
    expect(graph.cycle).toEqual([ALICE, BOB]);
    expect(graph.deadEnds).toEqual([MAIN_GID]);
  });

  it("has no ring and no waits before anyone blocks", () => {
    const model = diners().model();
    expect(waitFor(model, 3)).toMatchObject({ waiting: [], cycle: null, deadEnds: [] });
  });

  it("finds a ring of joins, and counts a sleeper as woken by the clock", () => {
    const t = new TraceBuilder().start().greenlet(2, "a").greenlet(3, "b").greenlet(4, "c");
    t.add(EV.BLOCKED, MAIN_GID, BLOCK.SLEEP, 0);
    t.run(2, SWITCH_MODE.START).add(EV.BLOCKED, 2, BLOCK.JOIN, 3);
    t.run(3, SWITCH_MODE.START).add(EV.BLOCKED, 3, BLOCK.JOIN, 4);
    t.run(4, SWITCH_MODE.START).add(EV.BLOCKED, 4, BLOCK.JOIN, 2);
    const model = t.model();
    const graph = waitFor(model, model.stepCount - 1);
    expect(graph.cycle).toEqual([2, 3, 4]);
    expect(graph.waiting.find((w) => w.gid === MAIN_GID)?.role).toBe("clock");
    expect(graph.deadEnds).toEqual([]);
    expect(explainWaitFor(model, graph, "en")).toEqual([
      "a #2 waits for b #3 to finish; b #3 waits for c #4 to finish; c #4 waits for a #2 to finish: none of them can go on.",
    ]);
  });

  it("sends a getter of an empty queue to the putters blocked on it, else to anyone able to run", () => {
    const t = new TraceBuilder()
      .start()
      .object(1, OBJ.QUEUE, "q", 0)
      .greenlet(2, "getter")
      .greenlet(3, "other");
    t.add(EV.BLOCKED, MAIN_GID, BLOCK.WAIT_ANY, 0);
    t.run(2, SWITCH_MODE.START).add(EV.BLOCKED, 2, BLOCK.QUEUE_GET, 1);
    t.run(3, SWITCH_MODE.START);
    const model = t.model();
    const getter = waitFor(model, model.stepCount - 1).waiting.find((w) => w.gid === 2);
    expect(getter).toMatchObject({ role: "anyone", wakers: [3] });
  });
});

describe("deadlockReport", () => {
  it("names the ring of a run that ended in LoopExit, in both languages, at the step before it", () => {
    const model = dinersLoopExit().model();
    const en = deadlockReport(model, "en")!;
    expect(model.kindAt(en.step + 1)).toBe(EV.SWITCH);
    expect(model.gidAt(en.step + 1)).toBe(HUB_GID);
    expect(en.sentences).toEqual([
      "alice #2 waits for forks, held by bob #3; bob #3 waits for knives, held by alice #2: neither can go on.",
      "main waits on several objects (joinall, wait), and no greenlet that could still run is left to wake it: it waits forever.",
    ]);
    expect(deadlockReport(model, "zh-CN")!.sentences).toEqual([
      "alice #2 等待 forks，它被 bob #3 持有；bob #3 等待 knives，它被 alice #2 持有：谁都无法继续。",
      "main 同时等待多个对象（joinall、wait），而已经没有还能运行的 greenlet 来唤醒它：它会永远等下去。",
    ]);
  });

  it("names a dead end: an event no live greenlet can set", () => {
    const t = new TraceBuilder().start().object(1, OBJ.EVENT, "e", 0);
    t.add(EV.BLOCKED, MAIN_GID, BLOCK.EVENT_WAIT, 1).run(MAIN_GID, SWITCH_MODE.THROW);
    t.add(EV.FAILED, MAIN_GID, t.str("LoopExit: This operation would block forever"), 0);
    t.add(EV.ERROR, MAIN_GID, t.str("LoopExit"), t.str("This operation would block forever"));
    const model = t.model();
    expect(deadlockReport(model, "en")?.sentences).toEqual([
      "main waits on e.wait(), and no greenlet that could still run is left to set e: it waits forever.",
    ]);
    expect(deadlockReport(model, "zh-CN")?.sentences).toEqual([
      "main 在 e.wait() 上等待，而已经没有还能运行的 greenlet 来设置 e：它会永远等下去。",
    ]);
  });

  it("is null for a run that was not stuck", () => {
    const model = diners().model();
    expect(deadlockReport(model, "en")).toBeNull();
  });
});
