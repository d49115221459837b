import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScheduleOptions } from "../../runtime/run";
import { BLOCK, EV, OBJ } from "../../runtime/tracing/trace-kinds";
import { decodeTrace } from "../decode";
import { choicePoints, choicesMade } from "./choice-points";
import { program, runGenerated } from "./generated-programs.testing";
import { RunModel } from "./run-model";

/** A random scheduling policy: seeded random, or a list of choices replayed then gevent's order. */
const schedule: fc.Arbitrary<ScheduleOptions> = fc.oneof(
  fc.record({ policy: fc.constant("random" as const), seed: fc.nat(1000) }),
  fc.record({ choices: fc.array(fc.nat(4), { maxLength: 30 }) }),
);

/** The trace's events as [kind, gid, a, b, site] with strings resolved, CLOCK included. */
function eventsOf(result: ReturnType<typeof runGenerated>, drop: ReadonlySet<number> = new Set()) {
  const { words, strings } = result.trace;
  const out: string[] = [];
  for (let at = 0; at < words.length; at += 4) {
    const kind = words[at] & 0xff;
    if (!drop.has(kind))
      out.push(`${words[at]} ${words[at + 1]} ${words[at + 2]} ${words[at + 3]}`);
  }
  return { out, strings };
}

const CHOICE_KINDS = new Set<number>([EV.CHOICE, EV.CANDIDATE]);

describe("scheduling policies over generated programs", () => {
  it("the same program, seed, policy and choices give the same trace", () => {
    fc.assert(
      fc.property(program, schedule, (scripts, s) => {
        expect(eventsOf(runGenerated(scripts, s))).toEqual(eventsOf(runGenerated(scripts, s)));
      }),
      { numRuns: 150 },
    );
  });

  it("the choices a run made, replayed as a choice list, give the same trace", () => {
    fc.assert(
      fc.property(program, fc.nat(1000), (scripts, seed) => {
        const first = runGenerated(scripts, { policy: "random", seed });
        const choices = choicesMade(RunModel.fromTrace(first.trace));
        const again = runGenerated(scripts, { choices });
        expect(eventsOf(again)).toEqual(eventsOf(first));
      }),
      { numRuns: 150 },
    );
  });

  it("gevent's order with its choice points recorded is gevent's trace plus the choice points", () => {
    fc.assert(
      fc.property(program, (scripts) => {
        const plain = runGenerated(scripts);
        const recorded = runGenerated(scripts, { record: true });
        expect(recorded.stdout).toBe(plain.stdout);
        // Strings are compared as text: a candidate's call interned shifts the ids after it.
        const decoded = (r: typeof plain) =>
          decodeTrace(r.trace)
            .filter((e) => !CHOICE_KINDS.has(e.kind))
            .map(({ seq: _seq, ...e }) => e);
        expect(decoded(recorded)).toEqual(decoded(plain));
        const model = RunModel.fromTrace(recorded.trace);
        expect(choicePoints(model).every((p) => p.chosen === 0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("every choice point offers more than one candidate, each a live greenlet or a timer", () => {
    fc.assert(
      fc.property(program, schedule, (scripts, s) => {
        const model = RunModel.fromTrace(runGenerated(scripts, s).trace);
        expect(model.damage).toBeNull();
        for (const p of choicePoints(model)) {
          expect(p.candidates.length).toBeGreaterThan(1);
          expect(p.chosen).not.toBeNull();
          const before = model.stateAt(p.step);
          for (const c of p.candidates) {
            const status = before.greenlets[c.gid]?.status;
            if (c.gid !== 0) expect(["ready", "blocked", "unstarted"]).toContain(status);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("one greenlet at most has the CPU, and locks and events wake their waiters in order", () => {
    fc.assert(
      fc.property(program, schedule, (scripts, s) => {
        const model = RunModel.fromTrace(runGenerated(scripts, s).trace);
        for (let n = 1; n < model.stepCount; n++) {
          const state = model.stateAt(n);
          const onCpu = state.greenlets.filter(
            (g) => g?.status === "running" || g?.status === "holding",
          );
          expect(onCpu.length).toBeLessThanOrEqual(1);
          const e = model.event(n);
          if (e.kind !== EV.WOKEN || e.object === 0 || model.kindAt(n - 1) === EV.TIMER_FIRED)
            continue;
          const type = model.object(e.object)?.type;
          if (type !== OBJ.EVENT && type !== OBJ.LOCK) continue;
          const before = model.stateAt(n - 1);
          const reason = type === OBJ.EVENT ? BLOCK.EVENT_WAIT : BLOCK.LOCK_ACQUIRE;
          if (before.greenlets[e.gid]?.reason !== reason) continue;
          const waiters = before.greenlets
            .filter((g) => g?.status === "blocked" && g.object === e.object && g.reason === reason)
            .sort((x, y) => x!.since - y!.since);
          expect(waiters[0]?.gid).toBe(e.gid);
        }
      }),
      { numRuns: 150 },
    );
  });
});
