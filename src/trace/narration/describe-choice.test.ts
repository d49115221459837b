import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../../runtime/api/gevent";
import { Queue } from "../../runtime/api/gevent-queue";
import { runTest } from "../../runtime/testing";
import { CANDIDATE, EV } from "../../runtime/tracing/trace-kinds";
import { choicePoints, openChoice } from "../model/choice-points";
import { RunModel } from "../model/run-model";
import { explain } from "./explain";

function* two(env: { __p<T>(v?: T): Iterable<unknown, T, unknown> }) {
  const work = function* () {
    yield* env.__p();
    yield* env.__p();
  };
  yield* joinall([spawn(work), spawn(work)]);
}

const stepOf = (model: RunModel, kind: number) => {
  for (let n = 0; n < model.stepCount; n++) if (model.kindAt(n) === kind) return n;
  throw new Error(`no step of kind ${kind}`);
};

describe("the narration of the scheduler lab's steps", () => {
  it("says what each option of a choice point would do and which was chosen", () => {
    const result = runTest((_print, env) => two(env), { schedule: { choices: [1] } });
    const model = RunModel.fromTrace(result.trace);
    const first = choicePoints(model)[0];
    expect(first.chosen).toBe(1);
    expect(explain(model, first.step, "en")).toMatch(
      /^Choice point: 2 options \(start .+; start .+\): the schedule chooses option 2, start /,
    );
    expect(explain(model, first.step, "zh-CN")).toMatch(
      /^选择点：共 2 个选项（启动 .+）：调度选择第 2 个：启动 /,
    );
    expect(explain(model, first.step + 1, "en")).toMatch(/^Option 1: start /);
    expect(explain(model, first.step + 2, "zh-CN")).toMatch(/^选项 2：启动 /);
  });

  it("tells a preemption apart from a wait, and an open choice as the learner's turn", () => {
    const result = runTest((_print, env) => two(env), {
      schedule: { threads: true, choices: [0, 1], pauseAfterChoices: true },
    });
    const model = RunModel.fromTrace(result.trace);
    const preempted = stepOf(model, EV.PREEMPTED);
    expect(explain(model, preempted, "en")).toMatch(
      /is preempted: it goes to the back of the ready queue/,
    );
    expect(explain(model, preempted, "zh-CN")).toMatch(/被抢占：它回到就绪队列末尾/);
    expect(model.stateAt(preempted).greenlets[model.gidAt(preempted)]?.status).toBe("ready");
    const open = openChoice(model)!;
    expect(open.chosen).toBeNull();
    expect(explain(model, open.step, "en")).toMatch(/Your turn to choose\.$/);
    expect(explain(model, open.step, "zh-CN")).toMatch(/轮到你来选择。$/);
  });

  it("says why a notification's waiter can go on: the queue has an item for it", () => {
    const result = runTest(
      function* () {
        const q = new Queue<number>();
        const consumer = spawn(function* () {
          yield* q.get();
        });
        yield* sleep(0);
        yield* q.put(1);
        yield* sleep(0);
        yield* consumer.join();
      },
      { schedule: { record: true } },
    );
    const model = RunModel.fromTrace(result.trace);
    const notify = choicePoints(model).find((p) => p.candidates[0].kind === CANDIDATE.NOTIFY)!;
    expect(explain(model, notify.step + 1, "en")).toMatch(
      /^Option 1: resume .+ #2 \(queue #1 has an item for it\)\.$/,
    );
    expect(explain(model, notify.step + 1, "zh-CN")).toMatch(/^选项 1：恢复 .+ #2（.+）。$/);
    expect(explain(model, notify.step, "en")).toMatch(/the schedule takes the first, as gevent/);
  });
});
