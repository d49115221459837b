import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sleep, spawn } from "../api/gevent";
import type { Greenlet } from "./gevent-greenlet";
import { linksOf } from "./greenlet-links";
import { lines, runTest } from "../testing";

/** When an action runs: before the target finishes, after it finished but before its links
 * are notified, or inside the notification of raw link number k. */
type When = { at: "before" } | { at: "pending" } | { at: "inLink"; k: number };
type Action =
  { kind: "join" } | { kind: "rawlink" } | { kind: "link" } | { kind: "unlinkRaw"; k: number };

const when: fc.Arbitrary<When> = fc.oneof(
  fc.constant({ at: "before" as const }),
  fc.constant({ at: "pending" as const }),
  fc.record({ at: fc.constant("inLink" as const), k: fc.nat(5) }),
);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: "join" as const }),
  fc.constant({ kind: "rawlink" as const }),
  fc.constant({ kind: "link" as const }),
  fc.record({ kind: fc.constant("unlinkRaw" as const), k: fc.nat(5) }),
);
const script = fc.array(fc.record({ when, action }), { maxLength: 10 });

/**
 * Runs the script against one greenlet and returns what was printed, in order. With `generic`,
 * the greenlet's links start as a GreenletLinks (the general Linkable), the model the
 * single-link path must match exactly.
 */
function play(steps: { when: When; action: Action }[], generic: boolean): string[] {
  return lines(
    runTest(function* (print) {
      const raws: ((source: unknown) => void)[] = [];
      const g: Greenlet = spawn(function* () {
        yield* sleep(0);
        // Runs after g finished and before its links hear of it: its start is queued first.
        spawn(() => {
          for (const [i, s] of steps.entries())
            if (s.when.at === "pending") perform(s.action, `pending #${i}`);
        });
        return "done";
      });
      const perform = (a: Action, label: string) => {
        if (a.kind === "join") {
          spawn(function* () {
            yield* g.join();
            print(`${label}: joined`);
          });
        } else if (a.kind === "rawlink") {
          const k = raws.length;
          const raw = () => {
            print(`${label}: raw link ${k}`);
            for (const [i, s] of steps.entries()) {
              if (s.when.at === "inLink" && s.when.k === k) perform(s.action, `in link ${k} #${i}`);
            }
          };
          raws.push(raw);
          g.rawlink(raw);
        } else if (a.kind === "link") {
          g.link(() => print(`${label}: link callback`));
        } else if (raws.length > 0) {
          g.unlink(raws[a.k % raws.length] as (g: Greenlet) => unknown);
          print(`${label}: unlinked raw ${a.k % raws.length}`);
        }
      };
      if (generic) linksOf(g);
      for (const [i, s] of steps.entries())
        if (s.when.at === "before") perform(s.action, `before #${i}`);
      // Every notification chain runs from the hub's queue, before any timer.
      yield* sleep(0.1);
      print("end");
    }),
  );
}

describe("a greenlet's single link", () => {
  it("is notified exactly as a GreenletLinks would be, whatever is linked and unlinked when", () => {
    fc.assert(
      fc.property(script, (steps) => {
        expect(play(steps, false)).toEqual(play(steps, true));
      }),
      { numRuns: 400 },
    );
  });

  it("moves a notification under way into the GreenletLinks a second link makes", () => {
    const steps: { when: When; action: Action }[] = [
      { when: { at: "before" }, action: { kind: "rawlink" } },
      { when: { at: "pending" }, action: { kind: "rawlink" } },
      { when: { at: "inLink", k: 1 }, action: { kind: "rawlink" } },
    ];
    expect(play(steps, false)).toEqual([
      "before #0: raw link 0",
      "pending #1: raw link 1",
      "in link 1 #2: raw link 2",
      "end",
    ]);
  });
});
