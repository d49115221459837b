import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ObjectId, VirtualSeconds } from "./ids";
import { Timer, TimerHeap, type TimerEntry } from "./timer-heap";

describe("TimerHeap", () => {
  it("pops timers by deadline, equal deadlines in the order they were pushed, skipping cancelled ones", () => {
    const step = fc.oneof(
      fc.record({ push: fc.constantFrom(0, 0.5, 1, 1.5, 2, 3.25) }),
      fc.record({ pop: fc.constant(true) }),
      fc.record({ cancel: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), (steps) => {
        const heap = new TimerHeap();
        const model: Timer[] = [];
        let seq = 0;
        for (const s of steps) {
          if ("push" in s) {
            const t = new Timer(
              seq++ as ObjectId,
              s.push as VirtualSeconds,
              null,
              null,
              null,
              null,
            );
            heap.push(t);
            model.push(t);
          } else if ("cancel" in s) {
            if (model.length > 0) model.splice(s.cancel % model.length, 1)[0].cancel();
          } else {
            model.sort((x, y) => x.deadline - y.deadline || x.id - y.id);
            const expected = model.shift();
            const got = heap.peek();
            if (got !== undefined) heap.pop();
            expect(got).toBe(expected);
          }
        }
        model.sort((x, y) => x.deadline - y.deadline || x.id - y.id);
        const rest: TimerEntry[] = [];
        for (let t = heap.peek(); t !== undefined; t = heap.peek()) rest.push(heap.pop()!);
        expect(rest).toEqual(model);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps that order through a deep heap: thousands of timers, many deadlines equal", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 2000, maxLength: 6000 }),
        (ds) => {
          const heap = new TimerHeap();
          const timers = ds.map(
            (d, id) => new Timer(id as ObjectId, (d / 4) as VirtualSeconds, null, null, null, null),
          );
          for (const t of timers) heap.push(t);
          const popped: TimerEntry[] = [];
          for (let t = heap.pop(); t !== undefined; t = heap.pop()) popped.push(t);
          expect(popped).toEqual(
            [...timers].sort((x, y) => x.deadline - y.deadline || x.id - y.id),
          );
        },
      ),
      { numRuns: 20 },
    );
  });
});
