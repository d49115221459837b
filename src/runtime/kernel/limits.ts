import { RunLimitError } from "../py/errors";
import type { Hub } from "./hub";

/** What stops a runaway program, and how the run reports progress. */
export interface RunLimitOptions {
  /** Virtual seconds after which the run stops. */
  maxVirtualTime?: number;
  /** Trace events after which the run stops. */
  maxEvents?: number;
  /** Real milliseconds one greenlet may run without switching before it is stopped. */
  cpuSliceMs?: number;
  /** A real clock in milliseconds (the runtime has no timers of its own). */
  realNow?: () => number;
  /** Called about every `progressMs` real milliseconds while the run goes on. */
  onProgress?: (p: Progress) => void;
  progressMs?: number;
}

export interface Progress {
  virtualTime: number;
  events: number;
}

export const DEFAULT_MAX_VIRTUAL_TIME = 3600;
export const DEFAULT_MAX_EVENTS = 5_000_000;

/** Checked by the hub every 1024 steps and by the loop guard compiled into learner loops. */
export class RunLimits {
  readonly maxVirtualTime: number;
  readonly maxEvents: number;
  readonly cpuSliceMs: number;
  private readonly realNow: (() => number) | undefined;
  private readonly onProgress: ((p: Progress) => void) | undefined;
  private readonly progressMs: number;
  private lastProgress = 0;

  constructor(o: RunLimitOptions = {}) {
    this.maxVirtualTime = o.maxVirtualTime ?? DEFAULT_MAX_VIRTUAL_TIME;
    this.maxEvents = o.maxEvents ?? DEFAULT_MAX_EVENTS;
    this.cpuSliceMs = o.cpuSliceMs ?? 1000;
    this.realNow = o.realNow;
    this.onProgress = o.onProgress;
    this.progressMs = o.progressMs ?? 100;
    this.lastProgress = this.realNow ? this.realNow() : 0;
  }

  check(hub: Hub): void {
    if (hub.trace.count > this.maxEvents) throw this.eventsError();
    if (this.realNow && this.onProgress) {
      const t = this.realNow();
      if (t - this.lastProgress >= this.progressMs) {
        this.lastProgress = t;
        this.onProgress({ virtualTime: hub.clock.now, events: hub.trace.count });
      }
    }
  }

  /** Real time now, or undefined when the run has no real clock. */
  real(): number | undefined {
    return this.realNow?.();
  }

  virtualTimeError(): RunLimitError {
    return new RunLimitError(
      `virtual time limit reached: the program ran past ${this.maxVirtualTime} virtual seconds ` +
        `— 超过虚拟时间上限 ${this.maxVirtualTime} 秒`,
    );
  }

  eventsError(): RunLimitError {
    return new RunLimitError(
      `event limit reached: the program recorded more than ${this.maxEvents} trace events ` +
        `— 超过事件数上限 ${this.maxEvents}`,
    );
  }

  cpuError(line: number): RunLimitError {
    return new RunLimitError(
      `a greenlet ran for over ${this.cpuSliceMs} ms without yielding (a CPU loop at line ${line}) ` +
        `— 某个 greenlet 超过 ${this.cpuSliceMs} 毫秒未让出（第 ${line} 行的 CPU 循环）`,
    );
  }
}
