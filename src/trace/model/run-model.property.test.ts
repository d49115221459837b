import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BLOCK, EV, HUB_GID, OBJ } from "../../runtime/tracing/trace-kinds";
import { applyStep } from "./apply-step";
import { program, runGenerated } from "./generated-programs.testing";
import { RunModel } from "./run-model";
import { emptyState, readyOrder, type RunState } from "./run-state";

/** What a state says, without its copy-on-write bookkeeping. */
function view(s: Readonly<RunState>) {
  const strip = <T extends { epoch: number }>({ epoch: _, ...rest }: T) => rest;
  return {
    step: s.step,
    time: s.time,
    running: s.running,
    greenlets: s.greenlets.map((g) => (g === undefined ? null : strip(g))),
    objects: [...s.objects.values()].map(strip).sort((a, b) => a.id - b.id),
    ready: readyOrder(s),
    timers: [...s.timers.values()].sort((a, b) => a.id - b.id),
    printed: s.printed,
    error: s.error,
  };
}

/** The state after `step`, replayed from the first step one by one, without checkpoints. */
function replayed(model: RunModel, step: number): RunState {
  const s = emptyState();
  for (let n = 0; n <= step; n++) {
    const [kind, gid, a, b, site] = model.wordsAt(n);
    applyStep(s, n, kind, gid, a, b, site, model.timeAt(n), model);
  }
  return s;
}

const modelOf = (scripts: Parameters<typeof runGenerated>[0]) =>
  RunModel.fromTrace(runGenerated(scripts).trace);

describe("the run model under generated programs", () => {
  it("the state seeked at any step equals the state replayed step by step", () => {
    fc.assert(
      fc.property(
        program,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (scripts, at) => {
          const model = modelOf(scripts);
          expect(model.damage).toBeNull();
          for (const f of [...at, 1]) {
            const step = Math.floor(f * (model.stepCount - 1));
            expect(view(model.stateAt(step))).toEqual(view(replayed(model, step)));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("at most one greenlet (the hub included) has the CPU, and it is the running one", () => {
    fc.assert(
      fc.property(program, (scripts) => {
        const model = modelOf(scripts);
        for (let n = 0; n < model.stepCount; n++) {
          const s = model.stateAt(n);
          const onCpu = s.greenlets.filter(
            (g) => g?.status === "running" || g?.status === "holding",
          );
          // Between a BLOCKED (or an end) and its switch to the hub, nobody is running.
          expect(onCpu.length).toBeLessThanOrEqual(1);
          if (onCpu.length === 1) expect(onCpu[0]!.gid).toBe(s.running);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a queue's length is the number of its items, and it stays within its maxsize", () => {
    fc.assert(
      fc.property(program, (scripts) => {
        const model = modelOf(scripts);
        for (let n = 0; n < model.stepCount; n++) {
          const s = model.stateAt(n);
          for (const o of s.objects.values()) {
            if (model.object(o.id)?.type !== OBJ.QUEUE || o.value === null) continue;
            expect(o.items.length).toBe(o.value);
            expect(o.value).toBeLessThanOrEqual(o.limit ?? Infinity);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("an event or a lock wakes its waiters in the order they began waiting", () => {
    fc.assert(
      fc.property(program, (scripts) => {
        const model = modelOf(scripts);
        for (let n = 1; n < model.stepCount; n++) {
          const e = model.event(n);
          // A wait's timeout wakes from the timer that fired just before: not the object's order.
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
      { numRuns: 200 },
    );
  });

  it("a model built batch by batch equals the model built at once", () => {
    fc.assert(
      fc.property(program, fc.array(fc.nat(400), { maxLength: 8 }), (scripts, cuts) => {
        const trace = runGenerated(scripts).trace;
        const whole = RunModel.fromTrace(trace);
        const parts = new RunModel();
        parts.setSites(trace.sites);
        const events = trace.words.length / 4;
        const bounds = [...new Set(cuts.map((c) => c % (events + 1)))].sort((x, y) => x - y);
        let from = 0;
        for (const [i, to] of [...bounds, events].entries()) {
          parts.append(
            trace.words.subarray(from * 4, to * 4),
            i === 0 ? trace.strings : [],
            i === 0 ? 0 : trace.strings.length,
          );
          from = to;
        }
        parts.finish();
        expect(parts.stepCount).toBe(whole.stepCount);
        expect(parts.damage).toBeNull();
        const last = whole.stepCount - 1;
        expect(view(parts.stateAt(last))).toEqual(view(whole.stateAt(last)));
        expect(view(parts.stateAt(last >> 1))).toEqual(view(whole.stateAt(last >> 1)));
      }),
      { numRuns: 150 },
    );
  });

  it("the hub's lane has the CPU whenever no greenlet does", () => {
    fc.assert(
      fc.property(program, (scripts) => {
        const model = modelOf(scripts);
        const s = model.stateAt(model.stepCount - 1);
        expect(s.greenlets[HUB_GID]).toBeDefined();
      }),
      { numRuns: 20 },
    );
  });
});
