import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { program, runGenerated } from "./generated-programs.testing";
import { RunModel } from "./run-model";

const base = runGenerated([
  [{ op: "put", timeout: null }, { op: "wait", timeout: 0.5 }, { op: "print" }],
  [{ op: "get", timeout: null }, { op: "lock", hold: 0.5 }, { op: "set" }],
  [{ op: "pool" }, { op: "join", target: 0 }, { op: "timeout", limit: 0, t: 1 }],
]).trace;
const clean = RunModel.fromTrace(base);

/** A copy of the base trace with word `at` set to `value`. */
function mutated(at: number, value: number) {
  const words = base.words.slice();
  words[at] = value;
  return { ...base, words };
}

describe("the run model on damaged traces", () => {
  it("reads the honest trace without damage", () => {
    expect(clean.damage).toBeNull();
    expect(clean.stepCount).toBeGreaterThan(50);
  });

  it("never throws on a changed word, and keeps every step before the change", () => {
    const words = base.words.length;
    fc.assert(
      fc.property(
        fc.nat(words - 1),
        fc.oneof(fc.nat(40), fc.nat(), fc.constant(0xffffffff)),
        (at, value) => {
          const model = RunModel.fromTrace(mutated(at, value));
          const event = at >>> 2;
          // A changed event may be readable and only its consequences damaged, later on.
          if (model.damage !== null) expect(model.damage.event).toBeGreaterThanOrEqual(event);
          // Steps before the changed event are the honest ones.
          const first = firstStepOfEvent(event);
          const kept = Math.min(first, model.stepCount);
          for (let n = 0; n < kept; n += Math.max(1, kept >> 3)) {
            expect(model.wordsAt(n)).toEqual(clean.wordsAt(n));
          }
          if (kept > 0)
            expect(model.stateAt(kept - 1).printed).toBe(clean.stateAt(kept - 1).printed);
          // Seeking anywhere in what was kept never throws.
          model.stateAt(model.stepCount - 1);
          model.stateAt(model.stepCount >> 1);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("says where a trace is truncated mid-event and keeps what came before", () => {
    const model = new RunModel();
    model.append(base.words.subarray(0, 4 * 20 + 2), base.strings, 0);
    expect(model.damage).toEqual({ event: 20, reason: "the batch ends mid-event" });
    model.append(base.words.subarray(4 * 20), [], base.strings.length);
    expect(model.damage?.event).toBe(20);
  });

  it("stops at an unknown kind, an uncreated greenlet and an out-of-range string", () => {
    const kindAt = 4 * 30;
    expect(RunModel.fromTrace(mutated(kindAt, 0xfe)).damage).toEqual({
      event: 30,
      reason: "unknown event kind 254",
    });
    expect(
      RunModel.fromTrace(mutated(kindAt, (base.words[kindAt] & 0xff) | (999 << 8))).damage,
    ).toEqual({ event: 30, reason: "greenlet 999 was never created" });
    const output = findEvent(18);
    expect(RunModel.fromTrace(mutated(output + 1, 1e6)).damage?.reason).toBe(
      "a string id is out of range",
    );
  });

  it("refuses a batch whose strings do not continue the ones read", () => {
    const model = new RunModel();
    model.append(base.words.subarray(0, 40), base.strings, 0);
    model.append(base.words.subarray(40, 80), ["x"], 3);
    expect(model.damage?.reason).toMatch(/strings start at 3/);
  });

  it("reads any generated program's trace split at any word without throwing", () => {
    fc.assert(
      fc.property(program, fc.nat(), (scripts, cut) => {
        const trace = runGenerated(scripts).trace;
        const model = new RunModel();
        const at = cut % (trace.words.length + 1);
        model.append(trace.words.subarray(0, at), trace.strings, 0);
        model.stateAt(model.stepCount - 1);
        expect(model.damage === null).toBe(at % 4 === 0);
      }),
      { numRuns: 200 },
    );
  });
});

/** The first step the base trace's written event `event` produced (steps skip CLOCK). */
function firstStepOfEvent(event: number): number {
  const model = new RunModel();
  model.append(base.words.subarray(0, event * 4), base.strings, 0);
  return model.stepCount;
}

function findEvent(kind: number): number {
  for (let at = 0; at < base.words.length; at += 4) if ((base.words[at] & 0xff) === kind) return at;
  throw new Error(`no event of kind ${kind}`);
}
