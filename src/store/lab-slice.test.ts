import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import { createAppStore } from "./app-store";
import {
  selectComparison,
  selectGoalStatus,
  selectMadeChoices,
  selectOpenChoice,
} from "./lab-selectors";
import { PRODUCER_CONSUMER } from "./lab-programs.testing";

const storeWith = (code: string) => createAppStore({ runner: new InProcessRunner(), code });

/** An in-process runner that counts how the lab used it. */
class CountingRunner extends InProcessRunner {
  runs = 0;
  continued = 0;
  override run(...args: Parameters<InProcessRunner["run"]>) {
    this.runs++;
    return super.run(...args);
  }
  override continueRun(...args: Parameters<InProcessRunner["continueRun"]>) {
    this.continued++;
    return super.continueRun(...args);
  }
}

describe("being the hub", () => {
  it("stops at each choice point, runs the one chosen, and keeps the choices on the branch", async () => {
    const store = storeWith(PRODUCER_CONSUMER);
    await store.getState().startHub();
    const first = selectOpenChoice(store.getState())!;
    expect(first.index).toBe(0);
    expect(first.options.map((o) => o.text)).toEqual([
      expect.stringMatching(/^Option 1: start greenlet #2 \(producer\)/),
      expect.stringMatching(/^Option 2: start greenlet #3 \(consumer\)/),
    ]);
    expect(first.caption).toMatch(/Your turn to choose\.$/);
    await store.getState().choose(1);
    expect(store.getState().branches[0].choices).toEqual([1]);
    expect(selectMadeChoices(store.getState()).map((c) => c.who)).toEqual(["consumer #3"]);
    expect(store.getState().choiceMs).toBeGreaterThan(0);
  });

  it("goes on in the paused run for a choice, and replays for a fork, an edit or another mode", async () => {
    const runner = new CountingRunner();
    const store = createAppStore({ runner, code: PRODUCER_CONSUMER });
    await store.getState().startHub();
    await store.getState().choose(1);
    await store.getState().choose(0);
    expect([runner.runs, runner.continued]).toEqual([1, 2]);
    expect(store.getState().choiceHow).toBe("went-on");
    const inPlace = store.getState().trace!;
    // The same run as replaying the branch's choices from the start.
    await store.getState().showBranch(0);
    expect(runner.runs).toBe(2);
    expect(store.getState().choiceHow).toBe("replayed");
    expect(Array.from(store.getState().trace!.words)).toEqual(Array.from(inPlace.words));
    await store.getState().forkAt(1);
    expect(runner.runs).toBe(3);
    await store.getState().choose(1);
    expect(runner.continued).toBe(3);
    store.getState().setCode(PRODUCER_CONSUMER + "\n");
    await store.getState().choose(0);
    expect([runner.runs, runner.continued]).toEqual([4, 3]);
    store.getState().setLab({ threads: true });
    await store.getState().choose(0);
    expect([runner.runs, runner.continued]).toEqual([5, 3]);
    await store.getState().choose(0);
    expect(runner.continued).toBe(4);
    expect(store.getState().branches[1].choices).toEqual([1, 1, 0, 0, 0]);
  });

  it("steps back to an earlier choice point on a new branch and keeps the first", async () => {
    const store = storeWith(PRODUCER_CONSUMER);
    await store.getState().startHub();
    await store.getState().choose(1);
    await store.getState().forkAt(0);
    const s = store.getState();
    expect(s.branches.map((b) => b.choices)).toEqual([[1], []]);
    expect(s.branches[1].from).toEqual({ branch: 1, at: 0 });
    expect(s.branchIndex).toBe(1);
    expect(selectOpenChoice(s)?.index).toBe(0);
    await store.getState().choose(0);
    await store.getState().showBranch(0);
    expect(store.getState().branchIndex).toBe(0);
    expect(selectMadeChoices(store.getState()).map((c) => c.chosen)).toEqual([1]);
  });

  it("says when the schedule reaches the goal, with the step", async () => {
    const store = storeWith(PRODUCER_CONSUMER);
    store.getState().setGoal("empty-3");
    await store.getState().runLab();
    // Random seed 1 or not, the consumer reaching three empty gets takes choosing it each time.
    await store.getState().startHub();
    for (let i = 0; i < 40 && selectOpenChoice(store.getState()) !== null; i++) {
      const open = selectOpenChoice(store.getState())!;
      const consumer = open.options.find((o) => /consumer/.test(o.text));
      await store.getState().choose(consumer?.index ?? 0);
    }
    const reached = selectGoalStatus(store.getState());
    expect(reached).not.toBeNull();
    expect(store.getState().model!.event(reached!.step).kind).toBe(5);
  });

  it("compares the pinned run with the next", async () => {
    const store = storeWith(PRODUCER_CONSUMER);
    await store.getState().run();
    store.getState().pin();
    expect(store.getState().pinned?.label).toBe("gevent");
    await store.getState().runLab();
    const c = selectComparison(store.getState());
    expect(c).not.toBeNull();
    expect(c!.a.elapsed).toBe(0);
  });
});
