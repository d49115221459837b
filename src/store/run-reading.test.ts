import { describe, expect, it } from "vitest";
import { InProcessRunner } from "../client/in-process-runner";
import type { RunListener, RunOutcome, Runner } from "../client/runner";
import type { RunRequest } from "../protocol";
import { createAppStore } from "./app-store";
import { QUIET_RUN_MS } from "./run-slice";
import type { ScheduleTask } from "./sliced-queue";

const FLOOD =
  'import { sleep } from "gevent";\nfor (let i = 0; i < 3000; i++) { print(`line ${i}`); yield* sleep(0); }\n';

/** A runner that counts the messages the real one sends. */
class CountingRunner implements Runner {
  messages = 0;
  private readonly inner = new InProcessRunner();
  run(request: RunRequest, listener?: RunListener): Promise<RunOutcome> {
    return this.inner.run(request, (message) => {
      this.messages++;
      listener?.(message);
    });
  }
  canContinue(): boolean {
    return false;
  }
  continueRun(): null {
    return null;
  }
  stop(): void {
    this.inner.stop();
  }
  dispose(): void {}
}

/** Frames fired by hand: `fire()` runs the ones asked for so far. */
function handFrames() {
  const asked: Array<() => void> = [];
  const scheduleFrame: ScheduleTask = (task) => asked.push(task);
  return { scheduleFrame, asked, fire: () => asked.splice(0).forEach((task) => task()) };
}

describe("reading a run's messages", () => {
  it("publishes the whole output before the run ends, even when no frame ever comes (a hidden tab)", async () => {
    const frames = handFrames();
    const runner = new CountingRunner();
    const store = createAppStore({ runner, code: FLOOD, scheduling: frames });
    await store.getState().run();
    expect(runner.messages).toBeGreaterThan(10);
    const lines = store.getState().printed.slice();
    expect(lines).toHaveLength(3000);
    expect(lines.at(-1)?.text).toBe("line 2999");
    expect(store.getState().model?.finished).toBe(true);
  });

  it("publishes at most once a frame, however many batches arrive", async () => {
    const frames = handFrames();
    const runner = new CountingRunner();
    const store = createAppStore({ runner, code: FLOOD, scheduling: frames });
    let publishes = 0;
    store.subscribe((state, previous) => {
      if (state.modelVersion !== previous.modelVersion) publishes++;
    });
    const running = store.getState().run();
    let fired = 0;
    while (store.getState().status === "running") {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (frames.asked.length > 0) fired++;
      frames.fire();
    }
    await running;
    // One publish a frame fired, one for the end of the reading, one for the run's end.
    expect(publishes).toBeLessThanOrEqual(fired + 2);
    expect(publishes).toBeLessThan(runner.messages);
  });

  it("never lets a superseded run's late frame overwrite the next run's output", async () => {
    const frames = handFrames();
    // Like the page's runner: a new run ends the one before it, whose outcome comes late.
    let endPrevious: (() => void) | null = null;
    const inner = new InProcessRunner();
    const runner: Runner = {
      run: async (request, listener) => {
        endPrevious?.();
        const outcome = await inner.run(request, listener);
        if (request.code.includes("first")) {
          await new Promise<void>((resolve) => (endPrevious = resolve));
        }
        return outcome;
      },
      canContinue: () => false,
      continueRun: () => null,
      stop: () => {},
      dispose: () => {},
    };
    const store = createAppStore({ runner, code: 'print("first");\n', scheduling: frames });
    const first = store.getState().run();
    // Let the first run's messages be read: its frame is asked for, and not yet given.
    while (frames.asked.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const stale = frames.asked.splice(0);
    store.getState().setCode('print("second");\n');
    const second = store.getState().run();
    await first;
    stale.forEach((task) => task());
    // The second run has published nothing yet: what shows is nobody's output, not the first's.
    expect(store.getState().printed.slice()).toEqual([]);
    while (store.getState().status === "running") {
      frames.fire();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await second;
    const texts = store
      .getState()
      .printed.slice()
      .map((line) => line.text);
    expect(texts).toEqual(["second"]);
  });

  it("keeps the last run shown through a quiet run, and shows it running once it takes long", async () => {
    const inner = new InProcessRunner();
    let release: (() => void) | null = null;
    const runner: Runner = {
      run: async (request, listener) => {
        const outcome = await inner.run(request, listener);
        if (request.code.includes("slow")) await new Promise<void>((r) => (release = r));
        return outcome;
      },
      canContinue: () => false,
      continueRun: () => null,
      stop: () => {},
      dispose: () => {},
    };
    const store = createAppStore({ runner, code: 'print("first");\n' });
    await store.getState().run();
    const shown = store.getState().model;
    store.getState().setCode('print("quick");\n');
    const quick = store.getState().run(undefined, { quiet: true });
    // Nothing changes on the page until the quick run has ended: then it is shown whole.
    expect(store.getState().status).toBe("idle");
    expect(store.getState().model).toBe(shown);
    await quick;
    expect(
      store
        .getState()
        .printed.slice()
        .map((l) => l.text),
    ).toEqual(["quick"]);
    store.getState().setCode('print("slow");\n');
    const slow = store.getState().run(undefined, { quiet: true });
    await new Promise((resolve) => setTimeout(resolve, QUIET_RUN_MS + 50));
    expect(store.getState().status).toBe("running");
    expect(store.getState().model).not.toBe(shown);
    release!();
    await slow;
    expect(store.getState().status).toBe("idle");
    expect(
      store
        .getState()
        .printed.slice()
        .map((l) => l.text),
    ).toEqual(["slow"]);
  });
});
