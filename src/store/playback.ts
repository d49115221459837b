/**
 * Playing a run: where the cursor goes after `dt` real seconds of play. At a speed in steps a
 * second the cursor moves that many steps; in real time one virtual second takes one second,
 * and steps at the same virtual time (a `sleep(0)` hop, a switch) pass at a steady pace so the
 * learner sees each. Pure: the caller keeps the state between frames.
 */
export type PlaybackSpeed = 1 | 2 | 5 | 10 | "real-time";

export const PLAYBACK_SPEEDS: readonly PlaybackSpeed[] = [1, 2, 5, 10, "real-time"];

/** Steps a second through steps that share a virtual time, in real time. */
export const REAL_TIME_HOPS = 10;

/** What play carries between frames: the cursor, and the fraction of a step earned. */
export interface PlayState {
  step: number;
  /** Fractions of a step not yet taken. */
  credit: number;
  /** In real time: the virtual seconds shown, which run ahead of the step's time. */
  clock: number;
}

/** The virtual time of each step and the number of steps: what play reads of the model. */
export interface StepTimes {
  readonly stepCount: number;
  timeAt(step: number): number;
}

export function advancePlay(
  run: StepTimes,
  from: PlayState,
  dt: number,
  speed: PlaybackSpeed,
): PlayState {
  const last = run.stepCount - 1;
  if (from.step >= last || dt <= 0) return from;
  if (speed !== "real-time") {
    const credit = from.credit + dt * speed;
    // A frame's share is inexact in floating point: a whole step is never lost to rounding.
    const steps = Math.floor(credit + 1e-9);
    return {
      step: Math.min(last, from.step + steps),
      credit: Math.max(0, credit - steps),
      clock: 0,
    };
  }
  let { step, credit } = from;
  let clock = Math.max(from.clock, run.timeAt(step));
  const next = run.timeAt(step + 1);
  if (next > run.timeAt(step)) {
    // Time passes: the clock runs until it reaches the next step.
    clock += dt;
    if (clock >= next) return { step: step + 1, credit: 0, clock: next };
    return { step, credit: 0, clock };
  }
  credit += dt * REAL_TIME_HOPS;
  while (credit >= 1 && step < last && run.timeAt(step + 1) <= clock) {
    step++;
    credit--;
  }
  return { step, credit, clock };
}
