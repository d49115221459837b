import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RunResult } from "../../runtime/run";
import { program, runGenerated } from "./generated-programs.testing";
import { CHOICE_OPEN, EV } from "../../runtime/tracing/trace-kinds";

/** What a run left: its events word for word, its strings and its report. */
function outcomeOf(r: RunResult) {
  const { words, strings } = r.trace;
  return {
    words: Array.from(words),
    strings,
    stdout: r.stdout,
    stderr: r.stderr,
    elapsed: r.elapsed,
    events: r.events,
    error: r.error,
    pausedAtChoice: r.pausedAtChoice,
  };
}

/** Being the hub in place: `picks` made one by one, each going on from the open choice point. */
function goOn(r: RunResult, picks: readonly number[]): { result: RunResult; made: number[] } {
  const made: number[] = [];
  for (const pick of picks) {
    if (r.continueAt === null) break;
    made.push(pick);
    r = r.continueAt(pick);
  }
  return { result: r, made };
}

describe("going on from an open choice point in the same run", () => {
  it("records the trace a run replayed with the same choices records", () => {
    fc.assert(
      fc.property(program, fc.array(fc.nat(5), { maxLength: 40 }), (scripts, picks) => {
        const paused = runGenerated(scripts, { pauseAfterChoices: true });
        const { result, made } = goOn(paused, picks);
        const replayed = runGenerated(scripts, { choices: made, pauseAfterChoices: true });
        expect(outcomeOf(result)).toEqual(outcomeOf(replayed));
      }),
      { numRuns: 200 },
    );
  });

  it("leaves no open choice in the trace once it went on, and only the last open while paused", () => {
    fc.assert(
      fc.property(program, fc.array(fc.nat(3), { maxLength: 20 }), (scripts, picks) => {
        const { result } = goOn(runGenerated(scripts, { pauseAfterChoices: true }), picks);
        const { words } = result.trace;
        const open: number[] = [];
        for (let at = 0; at < words.length; at += 4) {
          if ((words[at] & 0xff) === EV.CHOICE && words[at + 2] === CHOICE_OPEN) open.push(at);
        }
        expect(open.length).toBe(result.pausedAtChoice ? 1 : 0);
      }),
      { numRuns: 100 },
    );
  });

  it("goes on once from a choice point, and not from a run that has ended", () => {
    const scripts = [[{ op: "sleep" as const, t: 0 }], [{ op: "sleep" as const, t: 0 }]];
    const paused = runGenerated(scripts, { pauseAfterChoices: true });
    expect(paused.continueAt).not.toBeNull();
    paused.continueAt?.(1);
    expect(() => paused.continueAt?.(0)).toThrow(/already went on/);
    expect(runGenerated(scripts).continueAt).toBeNull();
  });
});
