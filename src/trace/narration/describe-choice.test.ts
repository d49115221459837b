import { describe, expect, it } from "vitest";
import { joinall, spawn } from "../../runtime/api/gevent";
import { runTest } from "../../runtime/testing";
import { EV } from "../../runtime/tracing/trace-kinds";
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
});
