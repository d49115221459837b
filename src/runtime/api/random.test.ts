import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { choice, randint, random, randrange, sample, seed, shuffle } from "./random";
import { lines, runTest } from "../testing";

function draws(print: (...a: unknown[]) => void) {
  print(random(), randint(1, 6), choice(["a", "b", "c"]), randrange(0, 10, 2));
}

describe("random", () => {
  it("gives the same run for the same seed, and another for another seed", () => {
    const one = runTest(draws, { seed: 7 });
    expect(runTest(draws, { seed: 7 }).stdout).toBe(one.stdout);
    expect(runTest(draws, { seed: 8 }).stdout).not.toBe(one.stdout);
  });

  it("restarts the sequence at seed(n)", () => {
    const r = runTest(function* (print) {
      seed(42);
      const first = [random(), random()];
      seed(42);
      print(first[0] === random(), first[1] === random());
      seed("gevent");
      const s = random();
      seed("gevent");
      print(s === random());
    });
    expect(lines(r)).toEqual(["true true", "true"]);
  });

  it("keeps randint within both bounds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 20 }),
        fc.nat(),
        (a, span, s) => {
          let ok = true;
          runTest(() => {
            seed(s);
            for (let i = 0; i < 20; i++) {
              const v = randint(a, a + span);
              ok &&= Number.isInteger(v) && v >= a && v <= a + span;
            }
          });
          return ok;
        },
      ),
      { numRuns: 50 },
    );
  });

  it("shuffles and samples without losing or repeating items", () => {
    const r = runTest(function* (print) {
      const items = [1, 2, 3, 4, 5, 6];
      shuffle(items);
      print([...items].sort().join(","), new Set(sample(items, 4)).size);
    });
    expect(lines(r)).toEqual(["1,2,3,4,5,6 4"]);
  });

  it("raises Python's errors for an empty choice and an empty range", () => {
    const r = runTest(function* (print) {
      for (const bad of [() => choice([]), () => randint(3, 1)]) {
        try {
          bad();
        } catch (e) {
          print(String(e));
        }
      }
    });
    expect(lines(r)).toEqual([
      "IndexError: Cannot choose from an empty sequence",
      "ValueError: empty range in randrange(3, 2)",
    ]);
  });
});
