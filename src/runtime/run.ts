import { loadModule } from "./api/index";
import { createEnv, type ProgramMain, type Warning } from "./env";
import { setActiveRun } from "./kernel/context";
import { Hub } from "./kernel/hub";
import { RunLimits, type RunLimitOptions } from "./kernel/limits";
import { RunContext } from "./kernel/run-context";
import { SchedulePolicy, type ScheduleOptions } from "./kernel/schedule-policy";
import { stackLine } from "./kernel/stack-line";
import {
  NullSink,
  TraceRecorder,
  type EncodedTrace,
  type TraceSink,
} from "./tracing/trace-recorder";

export type { ProgramMain, ProgramEnv, Warning } from "./env";
export type { EncodedTrace } from "./tracing/trace-recorder";
export type { Progress } from "./kernel/limits";
export type { ScheduleOptions, PolicyName } from "./kernel/schedule-policy";

export interface RunOptions extends RunLimitOptions {
  /** The compile step's sites: id -> [line, column]. */
  sites?: Array<[number, number]>;
  seed?: number;
  /** Record the trace (default true). */
  trace?: boolean;
  /** Where to write the trace; default a new TraceRecorder. */
  sink?: TraceSink;
  /** The scheduler lab: policy, choices, threads mode. None: gevent's order. */
  schedule?: ScheduleOptions;
}

export interface RunError {
  name: string;
  message: string;
  line: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  elapsed: number;
  events: number;
  error: RunError | null;
  warnings: Warning[];
  /** The run stopped at a choice point for the learner to choose (be the hub). */
  pausedAtChoice: boolean;
  /**
   * When paused at a choice point: goes on from it with candidate `choice`, to the run's end or
   * its next open choice point, and returns the whole run's result then. Call it once.
   */
  readonly continueAt: ((choice: number) => RunResult) | null;
  /** The whole trace in one array, assembled on first access. */
  readonly trace: EncodedTrace;
}

/**
 * Run a compiled program to its end on a fresh hub and virtual clock. Synchronous: the run is
 * one call, and progress comes through `options.onProgress`. A run that stops at an open
 * choice point (be the hub) goes on with `continueAt`, one call per choice.
 */
export function runProgram(main: ProgramMain, options: RunOptions = {}): RunResult {
  const sites = options.sites ?? [[0, 0]];
  const sink = options.sink ?? (options.trace === false ? new NullSink() : new TraceRecorder());
  const warnings: Warning[] = [];
  const limits = new RunLimits(options);
  let hub: Hub | null = null;
  const mainFn = () => main(createEnv(hub as Hub, loadModule, warnings));
  const context = new RunContext(options.seed ?? 0);
  // Every call into the hub runs with this run's context, and only while it lasts.
  const within = <T>(step: () => T): T => {
    setActiveRun(context);
    try {
      return step();
    } finally {
      setActiveRun(null);
    }
  };
  const ran = within(() => {
    const schedule = options.schedule ?? {};
    const policy = SchedulePolicy.wanted(schedule)
      ? new SchedulePolicy(schedule, options.seed ?? 0)
      : null;
    const started = new Hub(sink, mainFn, limits, sites, policy);
    hub = started;
    started.run();
    return started;
  });
  const resultNow = (): RunResult => {
    // The trace is joined into one array only when asked for: a caller that streams or ignores
    // it (the worker, the benchmarks) never pays for copying tens of megabytes.
    let trace: EncodedTrace | null = null;
    return {
      stdout: joinLines(context.stdout),
      stderr: joinLines(context.stderr),
      elapsed: ran.clock.now,
      events: sink.count,
      error: runError(ran),
      warnings,
      pausedAtChoice: ran.pausedAtChoice,
      continueAt: ran.pausedAtChoice
        ? once((choice) => {
            within(() => ran.continueAt(choice));
            return resultNow();
          })
        : null,
      get trace(): EncodedTrace {
        trace ??=
          sink instanceof TraceRecorder
            ? sink.snapshot(sites)
            : { version: 1, words: new Uint32Array(0), strings: [""], sites };
        return trace;
      },
    };
  };
  return resultNow();
}

/** `fn`, callable once: a result's choice point is gone once it was gone on from. */
function once<A, R>(fn: (a: A) => R): (a: A) => R {
  let used = false;
  return (a) => {
    if (used) throw new Error("this run already went on from its choice point");
    used = true;
    return fn(a);
  };
}

function joinLines(lines: string[]): string {
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

function runError(hub: Hub): RunError | null {
  if (hub.stopError) {
    return {
      name: hub.stopError.name,
      message: hub.stopError.message,
      line: hub.siteLine(hub.current._site),
    };
  }
  if (!hub.mainFailed) return null;
  const e = hub.mainError;
  return {
    name: e instanceof Error ? e.name : "Exception",
    message: e instanceof Error ? e.message : String(e),
    line: stackLine(e) || hub.siteLine(hub.main._site),
  };
}
