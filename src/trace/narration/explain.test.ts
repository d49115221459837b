import { describe, expect, it } from "vitest";
import {
  BLOCK,
  EV,
  GREENLET_TYPE,
  HOLD,
  HUB_GID,
  MAIN_GID,
  NO_LIMIT,
  OBJ,
  SOCKET_STATE,
  SWITCH_MODE,
} from "../../runtime/tracing/trace-kinds";
import type { RunModel } from "../model/run-model";
import { explain } from "./explain";
import { TraceBuilder } from "./trace-builder-for-tests";

const [CONSUMER, PRODUCER, Q] = [2, 3, 1];

/** main spawns consumer and producer and joins consumer; consumer finds q empty. */
function consumerBlocks(): { model: RunModel; step: number } {
  const t = new TraceBuilder().start().object(Q, OBJ.QUEUE, "q", 0, NO_LIMIT);
  t.greenlet(CONSUMER, "consumer").greenlet(PRODUCER, "producer");
  t.add(EV.BLOCKED, MAIN_GID, BLOCK.JOIN, CONSUMER);
  t.run(CONSUMER, SWITCH_MODE.START).add(EV.STARTED, CONSUMER, t.str("consumer"));
  t.add(EV.BLOCKED, CONSUMER, BLOCK.QUEUE_GET, Q);
  t.run(PRODUCER, SWITCH_MODE.START);
  const model = t.model();
  const step = [...Array(model.stepCount).keys()].find(
    (s) => model.kindAt(s) === EV.BLOCKED && model.gidAt(s) === CONSUMER,
  )!;
  return { model, step };
}

describe("explain", () => {
  it("tells a block with its reason from the state and what the hub does next", () => {
    const { model, step } = consumerBlocks();
    expect(explain(model, step, "en")).toBe(
      "consumer #2 blocks on q.get(): the queue is empty. The hub switches to producer #3.",
    );
    expect(explain(model, step, "zh-CN")).toBe(
      "consumer #2 在 q.get() 阻塞：队列是空的。hub 切换到 producer #3。",
    );
  });

  it("counts the waiters an evt.set() will wake, in the order they waited, after the setter yields", () => {
    const t = new TraceBuilder().start().object(1, OBJ.EVENT, "evt", 0);
    t.greenlet(2, "setter");
    for (let gid = 3; gid < 8; gid++) t.greenlet(gid, null);
    t.add(EV.BLOCKED, MAIN_GID, BLOCK.WAIT_ANY, 0);
    for (let gid = 3; gid < 8; gid++)
      t.run(gid, SWITCH_MODE.START).add(EV.BLOCKED, gid, BLOCK.EVENT_WAIT, 1);
    t.run(2, SWITCH_MODE.START).add(EV.OBJ_STATE, 2, 1, 1);
    const model = t.model();
    const set = model.stepCount - 1;
    expect(explain(model, set, "en")).toBe(
      "setter #2 calls evt.set(): 5 greenlets were waiting; the hub will wake them in the order they waited, after setter #2 yields.",
    );
    expect(explain(model, set, "zh-CN")).toBe(
      "setter #2 调用 evt.set()：有 5 个 greenlet 在等；setter #2 让出后，hub 会按它们开始等待的顺序唤醒它们。",
    );
  });

  it("says an unpatched time.sleep holds the hub", () => {
    const t = new TraceBuilder().start().add(EV.HUB_HELD, MAIN_GID, HOLD.TIME_SLEEP, 1_000_000);
    const model = t.model();
    expect(explain(model, model.stepCount - 1, "en")).toBe(
      "time.sleep(1) is not patched: it holds the hub for 1 s and no other greenlet can run.",
    );
    expect(explain(model, model.stepCount - 1, "zh-CN")).toBe(
      "time.sleep(1) 没有打补丁：它占住 hub 1 秒，其他 greenlet 都不能运行。",
    );
  });

  it("frees a pool slot when a member finishes, counting the members still running", () => {
    const t = new TraceBuilder().start().object(1, OBJ.POOL, "pool", 0, 3);
    for (const [gid, n] of [
      [2, 1],
      [3, 3],
      [4, 4],
    ]) {
      t.greenlet(gid, gid === 3 ? "worker" : null);
      t.add(EV.ITEM_IN, MAIN_GID, 1, t.str(`<Greenlet: square(${n})>`));
    }
    t.add(EV.BLOCKED, MAIN_GID, BLOCK.WAIT_ANY, 0);
    for (const [gid, n] of [
      [2, 1],
      [3, 3],
      [4, 4],
    ])
      t.run(gid, SWITCH_MODE.START)
        .add(EV.STARTED, gid, t.str(`square(${n})`))
        .add(EV.BLOCKED, gid, BLOCK.SLEEP, 0);
    t.run(3).add(EV.FINISHED, 3, t.str("9"));
    const model = t.model();
    const done = model.stepCount - 1;
    expect(explain(model, done, "en")).toBe(
      "worker #3 finishes and returns 9; its slot in pool is freed (2 of 3 in use).",
    );
    expect(explain(model, done, "zh-CN")).toBe(
      "worker #3 结束，返回 9；它在 pool 里的槽位被释放（2/3 在用）。",
    );
  });

  it("writes numbers one way: thousands with commas, seconds trimmed", () => {
    const t = new TraceBuilder().start().object(1, OBJ.QUEUE, "q", 0, 5000);
    for (let i = 0; i < 1901; i++) t.add(EV.ITEM_IN, MAIN_GID, 1, t.str(String(i)));
    t.add(EV.TIMER_SCHEDULED, MAIN_GID, 9, 2_500_000);
    const model = t.model();
    expect(explain(model, model.stepCount - 2, "en")).toBe(
      "main puts 1900 into q (1,901 of 5,000).",
    );
    expect(explain(model, model.stepCount - 2, "zh-CN")).toBe(
      "main 把 1900 放进 q（1,901/5,000）。",
    );
    expect(explain(model, model.stepCount - 1, "en")).toBe(
      "main arms a timer of 2.5 s: it fires at 2.5 s unless cancelled.",
    );
  });

  it("gives nothing for a step the model does not hold", () => {
    const { model } = consumerBlocks();
    expect(explain(model, -1, "en")).toBe("");
    expect(explain(model, model.stepCount, "zh-CN")).toBe("");
    expect(explain(model, 1.5, "en")).toBe("");
  });
});

/**
 * A run with every event kind, every block reason, every hold reason and a state change and an
 * item for every kind of object: the narration has a sentence for each, in both languages.
 */
function everything(): RunModel {
  const t = new TraceBuilder().start();
  const W = 2;
  const types = Object.values(OBJ);
  for (const type of types)
    t.object(
      10 + type,
      type,
      type % 2 === 0 ? `o${type}` : null,
      type === OBJ.SEMAPHORE ? 2 : 0,
      type % 3 === 0 ? NO_LIMIT : 4,
    );
  t.greenlet(W, "w")
    .greenlet(3, null, GREENLET_TYPE.RAW, MAIN_GID)
    .greenlet(4, null, GREENLET_TYPE.LINK);
  t.add(EV.BLOCKED, MAIN_GID, BLOCK.JOIN, W);
  t.run(W, SWITCH_MODE.START).add(EV.STARTED, W, t.str("work(1)"));
  const objectFor: Record<number, number> = {
    [BLOCK.EVENT_WAIT]: OBJ.EVENT,
    [BLOCK.QUEUE_GET]: OBJ.QUEUE,
    [BLOCK.QUEUE_PUT]: OBJ.QUEUE,
    [BLOCK.LOCK_ACQUIRE]: OBJ.LOCK,
    [BLOCK.POOL_SLOT]: OBJ.POOL,
    [BLOCK.SOCKET]: OBJ.SOCKET,
    [BLOCK.RESULT_GET]: OBJ.ASYNC_RESULT,
    [BLOCK.QUEUE_JOIN]: OBJ.JOINABLE_QUEUE,
    [BLOCK.WAIT_ANY]: OBJ.POOL,
  };
  let time = 0;
  for (const reason of Object.values(BLOCK)) {
    const object = reason === BLOCK.JOIN ? 3 : objectFor[reason] ? 10 + objectFor[reason] : 0;
    t.add(EV.BLOCKED, W, reason, object);
    if (reason === BLOCK.SLEEP) t.add(EV.TIMER_SCHEDULED, W, 90, 250_000);
    t.clock((time += 0.25));
    if (reason === BLOCK.SLEEP) t.add(EV.TIMER_FIRED, HUB_GID, 90);
    if (reason !== BLOCK.YIELD) t.add(EV.WOKEN, W, HUB_GID, object);
    t.run(W);
  }
  t.add(EV.BLOCKED, W, BLOCK.WAIT_ANY, 0).add(EV.WOKEN, W, MAIN_GID, 0).run(W);
  for (const hold of Object.values(HOLD))
    t.add(EV.HUB_HELD, W, hold, 1_500_000).clock((time += 1.5));
  for (const type of types) {
    const id = 10 + type;
    const item =
      type === OBJ.LOCAL
        ? "k = 1"
        : type === OBJ.POOL || type === OBJ.GROUP
          ? "<Greenlet: work(1)>"
          : "'x'";
    t.add(EV.ITEM_IN, W, id, t.str(item))
      .add(EV.OBJ_STATE, W, id, 1)
      .add(EV.ITEM_OUT, W, id, t.str(item))
      .add(EV.OBJ_STATE, W, id, 0);
    t.add(EV.OBJ_LIMIT, W, id, 2);
  }
  for (const state of Object.values(SOCKET_STATE)) t.add(EV.OBJ_STATE, W, 10 + OBJ.SOCKET, state);
  t.add(EV.OBJ_STATE, W, 10 + OBJ.ASYNC_RESULT, 2).add(EV.OBJ_STATE, W, 10 + OBJ.SEMAPHORE, 1);
  t.add(EV.OBJ_STATE, W, 10 + OBJ.SEMAPHORE, 2)
    .add(EV.OBJ_STATE, W, 10 + OBJ.EVENT, 1)
    .add(EV.OBJ_STATE, W, 10 + OBJ.EVENT, 0);
  t.add(EV.TIMER_SCHEDULED, W, 91, 1_000_000)
    .add(EV.TIMER_CANCELLED, W, 91)
    .add(EV.TIMER_CANCELLED, W, 92);
  t.add(EV.OUTPUT, W, t.str("hello"), 0).add(EV.OUTPUT, W, t.str("oops"), 1);
  t.add(EV.WARNING, W, t.str("sleep(1) was never run: did you forget yield*?"));
  t.add(EV.SWITCH, W, 3, SWITCH_MODE.START).add(EV.STARTED, 3, t.str("raw"));
  t.add(EV.SWITCH, 3, W, SWITCH_MODE.THROW);
  t.add(EV.SWITCH, W, 3, SWITCH_MODE.VALUE | 0x100).add(
    EV.FAILED,
    3,
    t.str("ValueError: bad\nmore"),
    7,
  );
  t.add(EV.SWITCH, 3, MAIN_GID, SWITCH_MODE.VALUE).add(
    EV.KILLED,
    W,
    MAIN_GID,
    t.str("GreenletExit"),
  );
  t.add(EV.KILLED, 4, HUB_GID, t.str("GreenletExit"));
  t.add(EV.BLOCKED, MAIN_GID, BLOCK.JOIN, W)
    .run(W, SWITCH_MODE.THROW)
    .add(EV.FINISHED, W, t.str("GreenletExit"));
  t.add(EV.SWITCH, W, HUB_GID).run(MAIN_GID).add(EV.FINISHED, MAIN_GID, t.str("undefined"));
  t.add(EV.ABANDONED, 4).add(
    EV.ERROR,
    MAIN_GID,
    t.str("LoopExit"),
    t.str("This operation would block forever\n\tmain waits"),
  );
  t.add(EV.ERROR, MAIN_GID, t.str("Timeout"), t.str("virtual time limit reached"));
  return t.model();
}

const CJK = /[\u4e00-\u9fff]/;

describe("explain, for every kind of step", () => {
  const model = everything();
  const steps = [...Array(model.stepCount).keys()];

  it("builds the model of the run that has everything", () => {
    expect(model.damage).toBeNull();
    const kinds = new Set(steps.map((s) => model.kindAt(s)));
    // The scheduler lab's choice points and preemptions have their own test (describe-choice).
    const lab = new Set<number>([EV.CHOICE, EV.CANDIDATE, EV.PREEMPTED]);
    const expected = Object.values(EV).filter((k) => k !== EV.CLOCK && !lab.has(k));
    expect(expected.filter((k) => !kinds.has(k))).toEqual([]);
    const reasons = new Set(
      steps.map((s) => model.event(s)).flatMap((e) => (e.kind === EV.BLOCKED ? [e.reason] : [])),
    );
    expect(Object.values(BLOCK).filter((r) => !reasons.has(r))).toEqual([]);
  });

  it.each(["en", "zh-CN"] as const)("has a whole sentence in %s for each step", (lang) => {
    for (const step of steps) {
      const sentence = explain(model, step, lang);
      const context = `step ${step}: ${JSON.stringify(model.event(step))}`;
      expect(sentence, context).toMatch(
        lang === "en" ? /^[A-Za-z<'].*[.:?]$|^Warning: / : /[。？]$|^警告：/,
      );
      expect(sentence.replace("did you forget yield*?", ""), context).not.toMatch(
        /\?|？|undefined|NaN|null|\[object/,
      );
      expect(CJK.test(sentence), context).toBe(lang === "zh-CN");
    }
  });

  it("says each block reason in its own words", () => {
    const blocks = steps.filter((s) => model.kindAt(s) === EV.BLOCKED);
    for (const lang of ["en", "zh-CN"] as const) {
      const first = blocks.map(
        (s) =>
          explain(model, s, lang).split(/[:：]/)[0] + explain(model, s, lang).split(/[:：]/)[1],
      );
      expect(new Set(first).size, first.join("\n")).toBeGreaterThanOrEqual(
        Object.values(BLOCK).length,
      );
    }
  });

  it("says each hold reason in its own words", () => {
    const holds = steps.filter((s) => model.kindAt(s) === EV.HUB_HELD);
    expect(holds).toHaveLength(Object.values(HOLD).length);
    for (const lang of ["en", "zh-CN"] as const) {
      expect(new Set(holds.map((s) => explain(model, s, lang))).size).toBe(holds.length);
    }
  });
});
