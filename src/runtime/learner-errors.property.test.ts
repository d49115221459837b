import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AttributeError,
  Greenlet,
  GreenletExit,
  LoopExit,
  RuntimeError,
  Timeout,
  ValueError,
  getHub,
  sleep,
  spawn,
} from "./api/gevent";
import { greenlet, getcurrent } from "./api/greenlet";
import { runTest } from "./testing";

/** The learner's own exception in generated programs. */
class Boom extends Error {}

/**
 * Every error a generated program may see: its own, and the gevent/greenlet errors a learner's
 * use of switches, parents and kills can cause. Not TypeError: these programs never pass a wrong
 * type, so a TypeError (JavaScript's or Python's), a RangeError or a plain Error is the
 * runtime's own failure leaking out.
 */
const LEARNER_ERRORS = [
  Boom,
  GreenletExit,
  LoopExit,
  Timeout,
  ValueError,
  AttributeError,
  RuntimeError,
];

/** A greenlet of the program: raw (its parent main or an earlier one), spawned, or never started. */
type Kind = { kind: "raw"; parent: number } | { kind: "spawned" } | { kind: "unstarted" };

/** One step of a script; targets index the program's greenlets (0 main, 1 the hub). */
type Step =
  | { op: "switch"; to: number; value: number }
  | { op: "throw"; to: number; exit: boolean }
  | { op: "parent"; of: number; to: number }
  | { op: "kill"; of: number; block: boolean }
  | { op: "link"; of: number }
  | { op: "join"; of: number }
  | { op: "start"; of: number }
  | { op: "sleep"; s: number }
  | { op: "raise" }
  | { op: "return"; value: number };

const MAX_GREENLETS = 6;
const target = fc.nat(MAX_GREENLETS + 1);

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant("switch" as const), to: target, value: fc.nat(9) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant("throw" as const), to: target, exit: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant("parent" as const), of: target, to: target }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("kill" as const), of: target, block: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("link" as const), of: target }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("join" as const), of: target }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("start" as const), of: target }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("sleep" as const), s: fc.constantFrom(0, 0.5) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("raise" as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("return" as const), value: fc.nat(9) }) },
);

const kind: fc.Arbitrary<Kind> = fc.oneof(
  fc.record({ kind: fc.constant("raw" as const), parent: fc.nat(MAX_GREENLETS) }),
  fc.record({ kind: fc.constant("spawned" as const) }),
  fc.record({ kind: fc.constant("unstarted" as const) }),
);

interface Program {
  kinds: Kind[];
  scripts: Step[][];
  /** Whether a greenlet that caught an error throws it on (to its parent, for a raw one). */
  rethrow: boolean;
}

const program: fc.Arbitrary<Program> = fc.record({
  kinds: fc.array(kind, { minLength: 1, maxLength: MAX_GREENLETS }),
  scripts: fc.array(fc.array(step, { maxLength: 8 }), { minLength: MAX_GREENLETS + 1 }),
  rethrow: fc.boolean(),
});

/**
 * Run a generated program: every error any of its greenlets caught, and its stderr (where the
 * failures of spawned greenlets are reported).
 */
function runGenerated(p: Program): { caught: unknown[]; stderr: string } {
  const caught: unknown[] = [];
  const r = runTest(function* () {
    // all[0] is main, all[1] the hub, then the program's greenlets.
    const all: greenlet[] = [getcurrent(), getHub()];
    const at = (i: number) => all[i % all.length];
    function* script(steps: Step[]): Generator<unknown, unknown, unknown> {
      for (const s of steps) {
        try {
          const result = yield* run(s);
          if (s.op === "return") return result;
        } catch (e) {
          caught.push(e);
          if (p.rethrow) throw e;
        }
      }
      return "end";
    }
    function* run(s: Step): Generator<unknown, unknown, unknown> {
      switch (s.op) {
        case "switch":
          return yield* at(s.to).switch(s.value);
        case "throw":
          return yield* at(s.to).throw(s.exit ? GreenletExit : new Boom());
        case "parent":
          at(s.of).parent = at(s.to);
          return;
        case "kill": {
          const g = at(s.of);
          if (g instanceof Greenlet) yield* g.kill({ block: s.block, timeout: 1 });
          return;
        }
        case "link": {
          const g = at(s.of);
          if (g instanceof Greenlet)
            g.link((x) => caught.push(...(x.exception ? [x.exception] : [])));
          return;
        }
        case "join": {
          const g = at(s.of);
          if (g instanceof Greenlet) yield* g.join(1);
          return;
        }
        case "start": {
          const g = at(s.of);
          if (g instanceof Greenlet) g.start();
          return;
        }
        case "sleep":
          return yield* sleep(s.s);
        case "raise":
          throw new Boom();
        case "return":
          return s.value;
      }
    }
    p.kinds.forEach((k, i) => {
      const steps = p.scripts[i + 1];
      if (k.kind === "raw") all.push(greenlet(() => script(steps), at(k.parent)));
      else if (k.kind === "spawned") all.push(spawn(() => script(steps)));
      else all.push(new Greenlet(() => script(steps)));
    });
    try {
      yield* script(p.scripts[0]);
      yield* sleep(2);
    } catch (e) {
      caught.push(e);
    }
  });
  return { caught, stderr: r.stderr };
}

describe("generated programs of switches, throws, parent changes, kills and links", () => {
  it("fail only with errors a learner could have caused, never with the runtime's own", () => {
    fc.assert(
      fc.property(program, (p) => {
        const { caught, stderr } = runGenerated(p);
        for (const error of caught) {
          const learners = LEARNER_ERRORS.some((cls) => error instanceof cls);
          expect(learners ? "learner's" : String(error)).toBe("learner's");
        }
        expect(stderr).not.toMatch(/\b(?:TypeError|RangeError|ReferenceError)\b/);
      }),
      { numRuns: 400 },
    );
  });
});
