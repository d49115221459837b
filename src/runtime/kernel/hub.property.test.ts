import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Greenlet } from "../api/gevent";
import { joinall, sleep, spawn } from "../api/gevent";
import { randint } from "../api/random";
import type { RunResult } from "../run";
import { decodeEvents } from "../primitives-testing";
import { lines, runTest } from "../testing";
import { EV, HUB_GID, MAIN_GID } from "../tracing/trace-kinds";

/** One step of a generated greenlet's script. */
type Step =
  | { op: "sleep"; s: number }
  | { op: "print" }
  | { op: "join"; target: number }
  | { op: "spawn" }
  | { op: "random" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant("sleep" as const), s: fc.constantFrom(0, 0, 0.5, 1, 2) }),
  fc.record({ op: fc.constant("print" as const) }),
  fc.record({ op: fc.constant("join" as const), target: fc.nat(6) }),
  fc.record({ op: fc.constant("spawn" as const) }),
  fc.record({ op: fc.constant("random" as const) }),
);
const program = fc.array(fc.array(step, { maxLength: 6 }), { minLength: 1, maxLength: 6 });

/** Run a generated program: greenlet i runs script i; main joins them all (or not). */
function runGenerated(scripts: Step[][], seed: number, mainWaits: boolean): RunResult {
  return runTest(
    function* (print) {
      const all: Greenlet[] = [];
      function* worker(i: number): Generator<unknown, void, unknown> {
        for (const s of scripts[i]) {
          if (s.op === "sleep") yield* sleep(s.s);
          else if (s.op === "print") print(`g${i}`);
          else if (s.op === "join" && s.target < all.length && all[s.target] !== all[i])
            yield* all[s.target].join(3);
          else if (s.op === "spawn") all.push(spawn(() => sleep(0.25)));
          else if (s.op === "random") yield* sleep(randint(0, 3) / 2);
        }
      }
      for (let i = 0; i < scripts.length; i++) all.push(spawn(worker, i));
      if (mainWaits) yield* joinall(all.slice());
      else yield* sleep(1);
    },
    { seed },
  );
}

function events(r: RunResult): Array<[number, number, number, number, number]> {
  return decodeEvents(r).map((e) => [e.kind, e.gid, e.a, e.b, e.site]);
}

describe("the hub, over generated programs", () => {
  it("runs at most one greenlet at a time: every switch leaves the greenlet that was running", () => {
    fc.assert(
      fc.property(program, fc.nat(), fc.boolean(), (scripts, seed, waits) => {
        let running = MAIN_GID;
        for (const [kind, g, a] of events(runGenerated(scripts, seed, waits))) {
          if (kind !== EV.SWITCH) continue;
          expect(g).toBe(running);
          running = a;
        }
      }),
      { numRuns: 150 },
    );
  });

  it("wakes every blocked greenlet or reports it abandoned when the program ends", () => {
    fc.assert(
      fc.property(program, fc.nat(), fc.boolean(), (scripts, seed, waits) => {
        const r = runGenerated(scripts, seed, waits);
        // A greenlet stays suspended from BLOCKED until a switch *to* it; at the end nobody may
        // remain suspended without having finished or been reported abandoned.
        const suspended = new Set<number>();
        for (const [kind, g, a] of events(r)) {
          if (kind === EV.BLOCKED) suspended.add(g);
          else if (kind === EV.SWITCH && a !== HUB_GID) suspended.delete(a);
          else if (kind === EV.ABANDONED || kind === EV.FINISHED || kind === EV.FAILED)
            suspended.delete(g);
        }
        expect([...suspended]).toEqual([]);
        expect(r.error === null || r.error.name === "LoopExit").toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the identical trace for the same seed", () => {
    fc.assert(
      fc.property(program, fc.nat(), (scripts, seed) => {
        const a = runGenerated(scripts, seed, true);
        const b = runGenerated(scripts, seed, true);
        expect(b.trace.words).toEqual(a.trace.words);
        expect(b.trace.strings).toEqual(a.trace.strings);
        expect(b.stdout).toBe(a.stdout);
      }),
      { numRuns: 60 },
    );
  });

  it("wakes sleepers in deadline order, equal deadlines in the order they slept", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 0.5, 1, 1.5, 2), { maxLength: 12 }), (delays) => {
        const r = runTest(function* (print) {
          const gs = delays.map((d, i) =>
            spawn(function* () {
              yield* sleep(d);
              print(i);
            }),
          );
          yield* joinall(gs);
        });
        const expected = delays
          .map((d, i) => [d, i] as const)
          .sort((x, y) => x[0] - y[0] || x[1] - y[1])
          .map(([, i]) => String(i));
        expect(lines(r)).toEqual(expected);
        expect(r.elapsed).toBe(delays.length ? Math.max(...delays) : 0);
      }),
      { numRuns: 100 },
    );
  });
});
