import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CallbackQueue } from "./callback-queue";

describe("CallbackQueue", () => {
  it("keeps FIFO order, front pushes first, through any number of growths", () => {
    const op = fc.oneof(
      { arbitrary: fc.constant("push" as const), weight: 5 },
      { arbitrary: fc.constant("pushFront" as const), weight: 1 },
      { arbitrary: fc.constant("shift" as const), weight: 3 },
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 100, maxLength: 2000, size: "max" }), (ops) => {
        const q = new CallbackQueue();
        const model: number[] = [];
        // What the queue gave and what the model says it should have, compared once at the end.
        const got: unknown[] = [];
        const want: unknown[] = [];
        let next = 0;
        for (const o of ops) {
          if (o === "shift") {
            if (q.shift()) got.push([q.a, q.b, q.c]);
            else got.push("empty");
            const v = model.shift();
            want.push(v === undefined ? "empty" : [v, -v, `${v}`]);
          } else {
            const v = next++;
            if (o === "push") {
              q.push(null, v, -v, `${v}`);
              model.push(v);
            } else {
              q.pushFront(null, v, -v, `${v}`);
              model.unshift(v);
            }
          }
          got.push(q.length);
          want.push(model.length);
        }
        while (q.shift()) got.push(q.a);
        want.push(...model);
        expect(got).toEqual(want);
      }),
      { numRuns: 100 },
    );
  });
});
