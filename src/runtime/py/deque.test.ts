import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Deque } from "./deque";

type Op =
  | { op: "push" | "unshift"; n: number }
  | { op: "shift" | "pop" | "first" | "last" | "length" | "toArray" }
  | { op: "remove" | "at"; n: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant("push" as const), n: fc.nat(3000) }), weight: 8 },
  { arbitrary: fc.record({ op: fc.constant("unshift" as const), n: fc.nat(3000) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant("shift" as const) }), weight: 6 },
  { arbitrary: fc.record({ op: fc.constant("pop" as const) }), weight: 1 },
  {
    arbitrary: fc.record({ op: fc.constantFrom("first", "last", "length", "toArray") }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      op: fc.constantFrom("remove" as const, "at" as const),
      n: fc.nat(3000),
    }),
    weight: 1,
  },
);

describe("Deque", () => {
  it("behaves as an array used as a double-ended queue, through emptying, refilling and compaction", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 50, maxLength: 4000, size: "max" }), (ops) => {
        const d = new Deque<number>();
        const model: number[] = [];
        // What the deque answered and what the model says, compared once at the end.
        const got: unknown[] = [];
        const want: unknown[] = [];
        for (const o of ops) {
          switch (o.op) {
            case "push":
              d.push(o.n);
              model.push(o.n);
              break;
            case "unshift":
              d.unshift(o.n);
              model.unshift(o.n);
              break;
            case "shift":
            case "pop":
              if (model.length > 0) {
                got.push(d[o.op]());
                want.push(model[o.op]());
              }
              break;
            case "first":
              got.push(d.first());
              want.push(model[0]);
              break;
            case "last":
              got.push(d.last());
              want.push(model[model.length - 1]);
              break;
            case "length":
              got.push(d.length);
              want.push(model.length);
              break;
            case "toArray":
              got.push(d.toArray());
              want.push([...model]);
              break;
            case "remove": {
              const v = model.length > 0 && o.n % 2 === 0 ? model[o.n % model.length] : o.n;
              const i = model.indexOf(v);
              if (i >= 0) model.splice(i, 1);
              got.push(d.remove(v));
              want.push(i >= 0);
              break;
            }
            case "at":
              if (model.length > 0) {
                got.push(d.at(o.n % model.length));
                want.push(model[o.n % model.length]);
              }
              break;
          }
        }
        got.push(d.toArray(), d.length);
        want.push(model, model.length);
        expect(got).toEqual(want);
      }),
      { numRuns: 150 },
    );
  });

  it("lets its array go when it empties, and starts again from the shared empty one", () => {
    const slots = (d: Deque<number>) => (d as unknown as { items: number[] }).items.length;
    const d = new Deque<number>();
    for (let i = 0; i < 5000; i++) d.push(i);
    for (let i = 0; i < 4999; i++) d.shift();
    expect(slots(d)).toBeLessThan(5000);
    d.shift();
    expect(slots(d)).toBe(0);
    d.push(7);
    expect(d.toArray()).toEqual([7]);
  });
});
