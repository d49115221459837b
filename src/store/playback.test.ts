import { describe, expect, it } from "vitest";
import { advancePlay, REAL_TIME_HOPS, type PlayState, type StepTimes } from "./playback";

const run = (times: number[]): StepTimes => ({
  stepCount: times.length,
  timeAt: (step) => times[step],
});

function play(times: number[], speed: 1 | 2 | 5 | 10 | "real-time", seconds: number, fps = 60) {
  let state: PlayState = { step: 0, credit: 0, clock: 0 };
  const model = run(times);
  for (let frame = 0; frame < seconds * fps; frame++) {
    state = advancePlay(model, state, 1 / fps, speed);
  }
  return state;
}

describe("playing a run", () => {
  it("moves as many steps a second as the speed says", () => {
    const times = Array.from({ length: 100 }, () => 0);
    expect(play(times, 1, 3).step).toBe(3);
    expect(play(times, 5, 2).step).toBe(10);
    expect(play(times, 10, 1).step).toBe(10);
  });

  it("stops at the last step", () => {
    expect(play([0, 0, 0], 10, 5).step).toBe(2);
  });

  it("in real time takes one second per virtual second", () => {
    const times = [0, 2, 2.5];
    expect(play(times, "real-time", 1.9).step).toBe(0);
    expect(play(times, "real-time", 2.05).step).toBe(1);
    expect(play(times, "real-time", 2.6).step).toBe(2);
  });

  it("in real time passes steps at the same virtual time at a steady pace", () => {
    const times = Array.from({ length: 50 }, () => 1);
    times[0] = 0;
    const after = play(times, "real-time", 1 + 2);
    // One second to reach time 1, then two seconds of hops.
    expect(after.step).toBeGreaterThanOrEqual(2 * REAL_TIME_HOPS - 1);
    expect(after.step).toBeLessThanOrEqual(2 * REAL_TIME_HOPS + 1);
  });
});
