import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RawGreenlet } from "./raw-greenlet";
import { LiveGreenlets } from "./live-greenlets";

/** The list touches only its two link fields, so plain nodes stand in for greenlets. */
function node(): RawGreenlet {
  return { _livePrev: null, _liveNext: null } as unknown as RawGreenlet;
}

describe("LiveGreenlets", () => {
  it("keeps the greenlets added and not deleted, in the order they were added", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(19)), { maxLength: 120 }), (steps) => {
        const pool = Array.from({ length: 20 }, node);
        const live = new LiveGreenlets();
        const model: RawGreenlet[] = [];
        for (const [add, i] of steps) {
          const g = pool[i];
          if (add) {
            live.add(g);
            if (!model.includes(g)) model.push(g);
          } else {
            live.delete(g);
            if (model.includes(g)) model.splice(model.indexOf(g), 1);
          }
          expect(live.has(g)).toBe(add);
        }
        expect([...live]).toEqual(model);
        expect(live.size).toBe(model.length);
      }),
      { numRuns: 200 },
    );
  });
});
