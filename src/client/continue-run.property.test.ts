import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RunRequest, WorkerToPage } from "../protocol";
import { InProcessRunner } from "./in-process-runner";
import type { RunOutcome } from "./runner";

const RACE = `
import { spawn, joinall, sleep } from "gevent";
let num = 0;
function* add(name: string) {
  for (let i = 0; i < 3; i++) {
    num += 1;
    yield* sleep(0);
  }
  print(name, num);
}
yield* joinall([spawn(add, "a"), spawn(add, "b"), spawn(add, "c")]);
print(num);
`;

const QUEUE = `
import { spawn, joinall, sleep } from "gevent";
import { Queue } from "gevent/queue";
const q = new Queue<number>(2);
function* producer() {
  for (let i = 0; i < 4; i++) { yield* q.put(i); print("put", i); }
}
function* consumer(name: string) {
  for (let i = 0; i < 2; i++) { const n = yield* q.get(); print(name, "got", n); yield* sleep(0.5); }
}
yield* joinall([spawn(producer), spawn(consumer, "x"), spawn(consumer, "y")]);
`;

const requestOf = (code: string, threads: boolean, choices: number[] = []): RunRequest => ({
  code,
  seed: 1,
  limits: {},
  schedule: { choices, pauseAtChoice: true, threads },
});

/** The outcome as plain data, and the trace the listener was handed, joined. */
function seen(outcome: RunOutcome, messages: WorkerToPage[]) {
  if (outcome.kind !== "done") throw new Error(`run ended as ${outcome.kind}`);
  const strings: string[] = [];
  const words: number[] = [];
  for (const m of messages) {
    if (m.type !== "trace") continue;
    strings.splice(m.firstString, m.strings.length, ...m.strings);
    words.push(...new Uint32Array(m.words));
  }
  const { trace, summary } = outcome;
  return {
    words: Array.from(trace.words),
    strings: trace.strings,
    summary,
    listened: { words, strings },
  };
}

async function replayed(code: string, threads: boolean, choices: number[]) {
  const messages: WorkerToPage[] = [];
  const outcome = await new InProcessRunner().run(requestOf(code, threads, choices), (m) =>
    messages.push(m),
  );
  return seen(outcome, messages);
}

/** Being the hub on the page: each pick goes on in the paused run; the choices that were made. */
async function continued(code: string, threads: boolean, picks: number[]) {
  const runner = new InProcessRunner();
  let messages: WorkerToPage[] = [];
  let outcome = await runner.run(requestOf(code, threads), (m) => messages.push(m));
  const made: number[] = [];
  for (const pick of picks) {
    if (!runner.canContinue()) break;
    messages = [];
    made.push(pick);
    outcome = (await runner.continueRun(pick, (m) => messages.push(m))) as RunOutcome;
  }
  return { made, seen: seen(outcome, messages), runner };
}

describe("a choice made on the page goes on in the paused run", () => {
  for (const [name, code] of [
    ["the race", RACE],
    ["the queue", QUEUE],
  ] as const) {
    for (const threads of [false, true]) {
      it(`${name}${threads ? " in threads mode" : ""}: the same run as a replay of its choices`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(fc.nat(3), { minLength: 1, maxLength: 25 }), async (picks) => {
            const { made, seen: got } = await continued(code, threads, picks);
            expect(made.length).toBeGreaterThan(0);
            const want = await replayed(code, threads, made);
            expect(got).toEqual(want);
            // The page read, message by message, exactly the trace the run ended with.
            expect(got.listened.words).toEqual(got.words);
            expect(got.listened.strings).toEqual(got.strings);
          }),
          { numRuns: 25 },
        );
      });
    }
  }

  it("has nothing to go on from once the run has ended, or another has started", async () => {
    const { runner, seen: got } = await continued(RACE, false, Array(200).fill(0));
    expect(got.summary.pausedAtChoice).toBe(false);
    expect(runner.canContinue()).toBe(false);
    expect(runner.continueRun(0)).toBeNull();
    await runner.run(requestOf(RACE, false));
    expect(runner.canContinue()).toBe(true);
    await runner.run({ code: RACE, seed: 1, limits: {} });
    expect(runner.canContinue()).toBe(false);
  });
});
