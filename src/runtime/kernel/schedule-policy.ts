import { Rng } from "../py/rng";
import { fitChoice } from "../tracing/open-choice";

/** How the hub picks among the ready greenlets of a choice point after the recorded choices. */
export type PolicyName = "gevent" | "random";

/** The scheduler lab's options of a run: with none of them, the hub runs exactly gevent's order. */
export interface ScheduleOptions {
  /** gevent's order (the default) or seeded random among the ready greenlets. */
  policy?: PolicyName;
  /** The seed of the random policy (the run's seed by default). */
  seed?: number;
  /** Choices replayed first: at the n-th choice point, the index among its candidates. */
  choices?: readonly number[];
  /** Once the choices are used up, stop at the next choice point instead (be the hub). */
  pauseAfterChoices?: boolean;
  /** Preemption points (compiled in threads mode) may switch, and `time.busy` is sliced. */
  threads?: boolean;
  /** The GIL's switch interval in threads mode, in virtual seconds (default 5 ms). */
  switchInterval?: number;
  /** Record the choice points even when nothing but gevent's order is asked for. */
  record?: boolean;
}

export const DEFAULT_SWITCH_INTERVAL = 0.005;

/** A choice the policy cannot make: the run stops at the choice point, which stays open. */
export const PAUSE = -1;

/**
 * Picks a candidate at each choice point. Candidate 0 is always what gevent would run, so
 * gevent's policy is "always 0"; a recorded choice list is replayed first.
 */
export class SchedulePolicy {
  /** Choice points met so far. */
  points = 0;
  readonly threads: boolean;
  readonly switchInterval: number;
  private readonly rng: Rng | null;
  private readonly choices: readonly number[];
  private readonly pause: boolean;

  constructor(options: ScheduleOptions, runSeed: number) {
    this.threads = options.threads ?? false;
    this.switchInterval = options.switchInterval ?? DEFAULT_SWITCH_INTERVAL;
    // Apart from the program's own random source, so that the program's random numbers do not
    // depend on the schedule and the schedule not on how many numbers the program drew.
    this.rng = options.policy === "random" ? new Rng((options.seed ?? runSeed) ^ 0x5c4ed) : null;
    this.choices = options.choices ?? [];
    this.pause = options.pauseAfterChoices ?? false;
  }

  /** True when the options ask for anything but gevent's order unrecorded. */
  static wanted(o: ScheduleOptions): boolean {
    return Boolean(
      o.policy === "random" || o.choices?.length || o.pauseAfterChoices || o.threads || o.record,
    );
  }

  /** The index among `n` candidates (n >= 2) at the next choice point, or PAUSE. */
  choose(n: number): number {
    const at = this.points++;
    if (at < this.choices.length) {
      return fitChoice(this.choices[at], n);
    }
    if (this.pause) return PAUSE;
    return this.rng === null ? 0 : Math.floor(this.rng.random() * n);
  }
}
