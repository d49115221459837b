import { describe, expect, it } from "vitest";
import { SlicedQueue, type ScheduleTask } from "./sliced-queue";

/** A hand-cranked event loop and clock: each `turn()` runs the tasks scheduled so far. */
function loop() {
  const tasks: Array<() => void> = [];
  const clock = { ms: 0 };
  const schedule: ScheduleTask = (task) => tasks.push(task);
  const turn = () => {
    const now = tasks.splice(0);
    for (const task of now) task();
    return now.length;
  };
  return { schedule, turn, clock, now: () => clock.ms };
}

function queueOn(l: ReturnType<typeof loop>, costMs: number, budgetMs = 8) {
  const taken: number[] = [];
  const slices: number[][] = [];
  let slice: number[] = [];
  const queue = new SlicedQueue<number>({
    take: (n) => {
      l.clock.ms += costMs;
      taken.push(n);
      slice.push(n);
    },
    afterSlice: () => {
      slices.push(slice);
      slice = [];
    },
    budgetMs,
    schedule: l.schedule,
    now: l.now,
  });
  return { queue, taken, slices };
}

describe("SlicedQueue", () => {
  it("takes nothing while the pushing task runs, then everything in order", () => {
    const l = loop();
    const { queue, taken } = queueOn(l, 0);
    for (let i = 0; i < 5; i++) queue.push(i);
    expect(taken).toEqual([]);
    expect(queue.pending).toBe(5);
    l.turn();
    expect(taken).toEqual([0, 1, 2, 3, 4]);
    expect(queue.pending).toBe(0);
  });

  it("gives the event loop back once a slice has run its budget, and publishes once a slice", () => {
    const l = loop();
    const { queue, taken, slices } = queueOn(l, 3, 8);
    for (let i = 0; i < 10; i++) queue.push(i);
    let turns = 0;
    while (l.turn() > 0) turns++;
    expect(taken).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // 3 ms an item, 8 ms a slice: three items (9 ms) at most in one slice.
    expect(slices.map((s) => s.length)).toEqual([3, 3, 3, 1]);
    expect(turns).toBe(4);
  });

  it("takes at least one item a slice, however slow", () => {
    const l = loop();
    const { queue, slices } = queueOn(l, 50, 8);
    queue.push(1);
    queue.push(2);
    while (l.turn() > 0);
    expect(slices).toEqual([[1], [2]]);
  });

  it("resolves drained once all pushed so far is taken, and at once when nothing waits", async () => {
    const l = loop();
    const { queue } = queueOn(l, 5, 8);
    await queue.drained();
    for (let i = 0; i < 4; i++) queue.push(i);
    let done = false;
    void queue.drained().then(() => (done = true));
    l.turn();
    await Promise.resolve();
    expect(done).toBe(false);
    l.turn();
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it("drops what waits when cancelled, takes nothing more, and releases who waits", async () => {
    const l = loop();
    const { queue, taken } = queueOn(l, 0);
    queue.push(1);
    const drained = queue.drained();
    queue.cancel();
    queue.push(2);
    while (l.turn() > 0);
    await drained;
    expect(taken).toEqual([]);
  });

  it("goes on after an item that throws", () => {
    const l = loop();
    const taken: number[] = [];
    const queue = new SlicedQueue<number>({
      take: (n) => {
        if (n === 1) throw new Error("bad item");
        taken.push(n);
      },
      afterSlice: () => {},
      budgetMs: 8,
      schedule: l.schedule,
      now: l.now,
    });
    const thrown: unknown[] = [];
    const original = globalThis.queueMicrotask;
    globalThis.queueMicrotask = (task) => {
      try {
        task();
      } catch (error) {
        thrown.push(error);
      }
    };
    try {
      [0, 1, 2].forEach((n) => queue.push(n));
      l.turn();
    } finally {
      globalThis.queueMicrotask = original;
    }
    expect(taken).toEqual([0, 2]);
    expect(thrown).toHaveLength(1);
  });
});
