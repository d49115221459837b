import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RawGreenlet } from "./raw-greenlet";
import { LiveGreenlets } from "./live-greenlets";

/** The list touches only its slot field, so plain nodes stand in for greenlets. */
function node(): RawGreenlet {
  return { _liveIndex: -1 } as unknown as RawGreenlet;
}

/** Apply add/delete steps to the list and to a plain array, and compare them after every step. */
function checkAgainstModel(pool: RawGreenlet[], steps: [boolean, number][]): void {
  const live = new LiveGreenlets();
  const model: RawGreenlet[] = [];
  for (const [add, i] of steps) {
    const g = pool[i % pool.length];
    if (add) {
      live.add(g);
      if (!model.includes(g)) model.push(g);
    } else {
      live.delete(g);
      if (model.includes(g)) model.splice(model.indexOf(g), 1);
    }
    expect(live.has(g)).toBe(add);
    expect(live.size).toBe(model.length);
  }
  expect([...live]).toEqual(model);
}

describe("LiveGreenlets", () => {
  it("keeps the greenlets added and not deleted, in the order they were added", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(19)), { maxLength: 120 }), (steps) => {
        checkAgainstModel(Array.from({ length: 20 }, node), steps);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps order and membership through the compactions of many finishes in any order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 400 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat()), {
          minLength: 600,
          maxLength: 1500,
        }),
        (size, ops) => {
          const pool = Array.from({ length: size }, node);
          // Everyone joins first, then mostly finishes: holes pile up and force compactions.
          const steps: [boolean, number][] = pool.map((_, i) => [true, i]);
          for (const [kind, i] of ops) steps.push([kind === 0, i]);
          checkAgainstModel(pool, steps);
        },
      ),
      { numRuns: 60 },
    );
  });
});
