/**
 * How the page runs a learner program, whatever runs it: the sandboxed worker in the browser
 * (worker-runner.ts) or the same execution function in-process for tests and the command line
 * (in-process-runner.ts).
 */
import type { CompileErrorInfo, RunRequest, RunSummary, WorkerToPage } from "../protocol";
import type { EncodedTrace } from "../runtime/run";
import type { Refusal } from "./batch-budget";

export type { EncodedTrace, Refusal };

/** Where the run stood when the watchdog ended it, read from the trace received so far. */
export interface StallReport {
  /** Milliseconds without progress after which the run was ended. */
  limitMs: number;
  /** The greenlet that was running, by name, when the trace tells. */
  greenlet: string | null;
  /** The learner's line where that greenlet was last seen, when the trace tells. */
  line: number | null;
}

export type RunOutcome =
  | { kind: "done"; summary: RunSummary; trace: EncodedTrace }
  | { kind: "compile-error"; error: CompileErrorInfo }
  /** Ended from outside; the trace is what arrived before the end. */
  | { kind: "stopped"; by: "user"; trace: EncodedTrace }
  | { kind: "stopped"; by: "watchdog"; stall: StallReport; trace: EncodedTrace }
  | { kind: "crashed"; message: string; trace: EncodedTrace }
  /** The page ended the run for what it sent: too much output, too large, or malformed. */
  | { kind: "refused"; refusal: Refusal; trace: EncodedTrace };

/** Called with each accepted message of the run as it arrives (progress, trace batches...). */
export type RunListener = (message: WorkerToPage) => void;

export interface Runner {
  /** Starts a run; a run still going is stopped first. Resolves when the run ends, however. */
  run(request: RunRequest, listener?: RunListener): Promise<RunOutcome>;
  /**
   * Whether the last run stopped at an open choice point (be the hub) and can go on from it in
   * its own worker: until another run starts, or this one goes on.
   */
  canContinue(): boolean;
  /**
   * Goes on from that choice point with candidate `index`, as a new run that starts with the
   * last one's trace (its choice made) and resolves when it ends or stops at the next one.
   * Null when there is nothing to go on from (`canContinue` false): replay the run instead.
   */
  continueRun(index: number, listener?: RunListener): Promise<RunOutcome> | null;
  /** Ends the current run at once (its promise resolves as stopped by the user). */
  stop(): void;
  /** Releases the worker and frames; the runner is unusable afterwards. */
  dispose(): void;
}
