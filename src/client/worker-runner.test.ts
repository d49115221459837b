import { describe, expect, it, vi } from "vitest";
import type { PageToWorker, RunId, WorkerToPage } from "../protocol";
import { CHOICE_OPEN, EV, HUB_GID, MAIN_GID } from "../runtime/tracing/trace-kinds";
import { WorkerRunner, type RunnerFrame } from "./worker-runner";

/** A frame standing in for the sandbox: it records what it was sent and can speak as a worker. */
class FakeFrame implements RunnerFrame {
  readonly sent: PageToWorker[] = [];
  disposed = false;
  readonly ready: Promise<{ post(message: PageToWorker): void }>;
  private boot: () => void = () => {};

  constructor(readonly say: (message: WorkerToPage | null) => void) {
    this.ready = new Promise((resolve) => {
      this.boot = () => resolve({ post: (message) => this.sent.push(message) });
    });
  }

  start(): void {
    this.boot();
  }

  dispose(): void {
    this.disposed = true;
  }

  get runId(): RunId {
    const run = this.sent.find((m) => m.type === "run");
    if (!run) throw new Error("no run was sent to this frame");
    return run.runId;
  }
}

function setUp(stallLimitMs = 2000, spares = 2) {
  const frames: FakeFrame[] = [];
  // The page's idle time, run by the test: a spare boots only when it is given.
  const idleTasks: Array<() => void> = [];
  const runner = new WorkerRunner({
    stallLimitMs,
    spares,
    later: (task) => idleTasks.push(task),
    createFrame: (onMessage) => {
      const frame = new FakeFrame(onMessage);
      frames.push(frame);
      frame.start();
      return frame;
    },
  });
  const idle = async () => {
    while (idleTasks.length > 0) {
      idleTasks.shift()?.();
      await flush();
    }
  };
  return { runner, frames, idle };
}

const request = { code: 'print("hi")', seed: 1, limits: {} };
const summary = { stdout: "hi\n", stderr: "", elapsed: 0, events: 1, error: null, warnings: [] };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A trace that ends at an open choice point of the hub between main and one other greenlet. */
function openChoiceTrace(): ArrayBuffer {
  // Four words an event: kind and greenlet, a, b, site.
  // prettier-ignore
  const words = new Uint32Array([
    EV.CHOICE | (HUB_GID << 8), 2, CHOICE_OPEN, 0,
    EV.CANDIDATE | (MAIN_GID << 8), 0, 0, 0,
    EV.CANDIDATE | ((MAIN_GID + 2) << 8), 0, 0, 0,
  ]);
  return words.buffer;
}

/** The worker's side of a run that ends paused at that choice point. */
function pauseAtChoice(frame: FakeFrame): void {
  frame.say({
    type: "trace",
    runId: frame.runId,
    words: openChoiceTrace(),
    strings: [""],
    firstString: 0,
  });
  frame.say({ type: "done", runId: frame.runId, summary: { ...summary, pausedAtChoice: true } });
}

describe("the worker-backed runner", () => {
  it("keeps the worker of a run paused at a choice point, and goes on in it with the choice", async () => {
    const { runner, frames, idle } = setUp();
    await idle();
    expect(runner.canContinue()).toBe(false);
    const first = runner.run(request);
    const [frame] = frames;
    pauseAtChoice(frame);
    await first;
    expect(frame.disposed).toBe(false);
    expect(runner.canContinue()).toBe(true);
    const heard: WorkerToPage[] = [];
    const next = runner.continueRun(1, (m) => heard.push(m));
    expect(runner.canContinue()).toBe(false);
    const choose = frame.sent[1];
    expect(choose).toMatchObject({ type: "choose", index: 1 });
    if (choose.type !== "choose") return;
    expect(choose.runId).not.toBe(frame.runId);
    // The listener was handed the paused run's trace first, its choice made.
    const handed = heard.find((m) => m.type === "trace");
    expect(handed?.type === "trace" && new Uint32Array(handed.words)[2]).toBe(1);
    frame.say({ type: "done", runId: choose.runId, summary });
    const outcome = await next;
    expect(outcome).toMatchObject({ kind: "done", summary });
    if (outcome?.kind !== "done") return;
    expect(Array.from(outcome.trace.words.slice(0, 4))).toEqual([EV.CHOICE, 2, 1, 0]);
    // The run has ended: its worker goes.
    expect(frame.disposed).toBe(true);
    expect(runner.canContinue()).toBe(false);
    expect(runner.continueRun(0)).toBeNull();
  });

  it("ends a paused run's worker once the page has time, when another run starts", async () => {
    const { runner, frames, idle } = setUp();
    await idle();
    const first = runner.run(request);
    const [frame] = frames;
    pauseAtChoice(frame);
    await first;
    await idle();
    void runner.run(request);
    expect(runner.canContinue()).toBe(false);
    expect(frame.disposed).toBe(false);
    await idle();
    expect(frame.disposed).toBe(true);
    expect(runner.canContinue()).toBe(false);
  });

  it("keeps no worker for a run that says it paused but whose trace has no open choice", async () => {
    const { runner, frames, idle } = setUp();
    await idle();
    const first = runner.run(request);
    const [frame] = frames;
    frame.say({ type: "done", runId: frame.runId, summary: { ...summary, pausedAtChoice: true } });
    await first;
    expect(frame.disposed).toBe(true);
    expect(runner.canContinue()).toBe(false);
  });

  it("boots one spare in the page's idle time before the first run, two after, each run a fresh one", async () => {
    const { runner, frames, idle } = setUp();
    expect(frames).toHaveLength(0);
    await idle();
    expect(frames).toHaveLength(1);
    const done = runner.run(request);
    // The run was sent at once, to a spare already booted: no boot waits in front of it.
    expect(frames[0].sent).toMatchObject([{ type: "run" }]);
    expect(frames).toHaveLength(1);
    const [first] = frames;
    first.say({ type: "done", runId: first.runId, summary });
    expect(await done).toMatchObject({ kind: "done", summary });
    expect(first.disposed).toBe(true);
    await idle();
    expect(frames).toHaveLength(3);
    expect(frames.filter((f) => !f.disposed)).toHaveLength(2);
  });

  it("boots no spare while a run goes on", async () => {
    const { runner, frames, idle } = setUp();
    await idle();
    void runner.run(request);
    runner.stop();
    await idle();
    expect(frames).toHaveLength(3);
    void runner.run(request);
    void runner.run(request);
    await idle();
    // Two runs took both spares; the second is still going, so none was booted for it.
    expect(frames).toHaveLength(3);
    runner.stop();
    await idle();
    expect(frames).toHaveLength(5);
  });

  it("makes a frame on the spot for a run that finds no spare", async () => {
    const { runner, frames } = setUp(2000, 1);
    const done = runner.run(request);
    expect(frames).toHaveLength(1);
    await flush();
    frames[0].say({ type: "done", runId: frames[0].runId, summary });
    expect(await done).toMatchObject({ kind: "done" });
  });

  it("drops a spare that cannot boot, and tries no other until a run has ended", async () => {
    const tasks: Array<() => void> = [];
    let made = 0;
    const runner = new WorkerRunner({
      spares: 2,
      later: (task) => tasks.push(task),
      createFrame: () => {
        made++;
        return { ready: Promise.reject(new Error("no runner script")), dispose: () => {} };
      },
    });
    while (tasks.length > 0) {
      tasks.shift()?.();
      await flush();
    }
    expect(made).toBe(1);
    expect(await runner.run(request)).toMatchObject({
      kind: "crashed",
      message: "no runner script",
    });
    expect(made).toBe(2);
  });

  it("stops a run by ending its worker and answering with the trace so far", async () => {
    const { runner, frames } = setUp();
    const running = runner.run(request);
    await flush();
    const frame = frames[0];
    const words = new Uint32Array([EV.OUTPUT | (MAIN_GID << 8), 1, 0, 0]).buffer;
    frame.say({ type: "trace", runId: frame.runId, words, strings: ["", "hi"], firstString: 0 });
    runner.stop();
    const outcome = await running;
    expect(outcome).toMatchObject({ kind: "stopped", by: "user" });
    expect(outcome.kind === "stopped" && outcome.trace.strings).toEqual(["", "hi"]);
    expect(frame.disposed).toBe(true);
  });

  it("lets the watchdog end a run that went silent, but not one that keeps reporting", async () => {
    vi.useFakeTimers();
    const { runner, frames } = setUp(2000);
    let ended = false;
    const running = runner.run(request).then((outcome) => {
      ended = true;
      return outcome;
    });
    await vi.advanceTimersByTimeAsync(0);
    const frame = frames[0];
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(1500);
      frame.say({ type: "progress", runId: frame.runId, virtualTime: i, events: i });
    }
    expect(ended).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await running).toMatchObject({
      kind: "stopped",
      by: "watchdog",
      stall: { limitMs: 2000, greenlet: "main" },
    });
    expect(frame.disposed).toBe(true);
    vi.useRealTimers();
  });

  it("fires the watchdog for a run that sends trace batches but no progress (printing, never yielding)", async () => {
    vi.useFakeTimers();
    const { runner, frames } = setUp(2000);
    const running = runner.run(request);
    await vi.advanceTimersByTimeAsync(0);
    const frame = frames[0];
    const words = () => new Uint32Array([EV.OUTPUT | (MAIN_GID << 8), 1, 0, 0]).buffer;
    frame.say({
      type: "trace",
      runId: frame.runId,
      words: words(),
      strings: ["", "x"],
      firstString: 0,
    });
    for (let i = 0; i < 30; i++) {
      await vi.advanceTimersByTimeAsync(100);
      frame.say({ type: "trace", runId: frame.runId, words: words(), strings: [], firstString: 2 });
    }
    expect(await running).toMatchObject({ kind: "stopped", by: "watchdog" });
    vi.useRealTimers();
  });

  it("gives each run an id of 128 random bits", async () => {
    const { runner, frames } = setUp();
    runner.run(request);
    await flush();
    runner.run(request);
    await flush();
    expect(frames[0].runId).toMatch(/^[0-9a-f]{32}$/);
    expect(frames[1].runId).toMatch(/^[0-9a-f]{32}$/);
    expect(frames[1].runId).not.toBe(frames[0].runId);
  });

  it("ends the previous run when a new one starts, and ignores the old worker afterwards", async () => {
    const { runner, frames } = setUp();
    const first = runner.run(request);
    await flush();
    const oldFrame = frames[0];
    const oldRunId = oldFrame.runId;
    const second = runner.run(request);
    expect(await first).toMatchObject({ kind: "stopped", by: "user" });
    await flush();
    oldFrame.say({ type: "done", runId: oldRunId, summary: { ...summary, stdout: "stale\n" } });
    const newFrame = frames[1];
    expect(newFrame.runId).not.toBe(oldRunId);
    newFrame.say({ type: "done", runId: newFrame.runId, summary });
    expect(await second).toMatchObject({ kind: "done", summary: { stdout: "hi\n" } });
  });

  it("reports a worker that cannot start as a crash", async () => {
    const runner = new WorkerRunner({
      createFrame: () => ({
        ready: Promise.reject(new Error("no runner script")),
        dispose: () => {},
      }),
    });
    expect(await runner.run(request)).toMatchObject({
      kind: "crashed",
      message: "no runner script",
    });
  });
});
