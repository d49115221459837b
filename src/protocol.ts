/**
 * The messages between the page and the runner worker: one discriminated union each way. They
 * travel over a private MessagePort the page hands the worker at boot (never the worker's global
 * channel, which the learner's program can post on too).
 * Both sides import this file and switch exhaustively (`assertNever`), so adding a message
 * kind fails to compile until every side handles it. Messages are plain data: the page never
 * evaluates them or injects them as HTML.
 */
import type { RunResult } from "./runtime/run";

/**
 * Identifies one run, so messages of a stopped run are never taken for the next one's. The page
 * draws it at random (src/client/run-id.ts): nothing a program could guess.
 */
export type RunId = string & { readonly __brand: "RunId" };
export const toRunId = (id: string): RunId => id as RunId;

/** Budgets of one run; omitted ones take the runtime's defaults. */
export interface RunLimits {
  /** Stop when the virtual clock passes this many seconds. */
  maxVirtualTime?: number;
  /** Stop after this many trace events. */
  maxEvents?: number;
}

/**
 * The scheduler lab's part of a run: with none of it, the run follows gevent's order. A run is
 * defined by its code, seed and these, so the same request gives the same trace.
 */
export interface ScheduleRequest {
  /** After the choices: gevent's order, or seeded random among the ready greenlets. */
  policy?: "gevent" | "random";
  /** The random policy's seed (by default the run's). */
  seed?: number;
  /** At the n-th choice point, the index among its candidates (0: gevent's pick). */
  choices?: number[];
  /** Once the choices are used up, stop at the next choice point (be the hub). */
  pauseAtChoice?: boolean;
  /** Compile and run in threads mode (preemption points, the GIL's switch interval). */
  threads?: boolean;
  /** Record the choice points even under gevent's order. */
  record?: boolean;
}

export interface RunRequest {
  code: string;
  seed: number;
  limits: RunLimits;
  schedule?: ScheduleRequest;
}

export type RunMessage = { type: "run"; runId: RunId } & RunRequest;

export type PageToWorker =
  | RunMessage
  /**
   * Go on from the open choice point the worker's run stopped at (its summary said
   * `pausedAtChoice`) with candidate `index`. What follows is sent as the run `runId`, a new
   * id: the page treats the rest as a run of its own that starts with the trace so far.
   */
  | { type: "choose"; runId: RunId; index: number };

export interface SourcePosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type CompileErrorInfo = SourcePosition & { message: string };

/** What a run reports at its end; the trace arrived before it in `trace` batches. */
export type RunSummary = Omit<RunResult, "trace" | "pausedAtChoice" | "continueAt"> & {
  pausedAtChoice?: boolean;
};

export type WorkerToPage =
  /** The worker has loaded the runner and waits for a run. */
  | { type: "ready" }
  | { type: "compiled"; runId: RunId; sites: Array<[line: number, column: number]> }
  | { type: "compile-error"; runId: RunId; error: CompileErrorInfo }
  /** Sent periodically while running: the main thread's watchdog listens for it. */
  | { type: "progress"; runId: RunId; virtualTime: number; events: number }
  /**
   * Trace events since the previous batch: `words` is a transferred buffer of u32 words (four an
   * event), `strings` the strings interned since the previous batch, whose first has id
   * `firstString`.
   */
  | { type: "trace"; runId: RunId; words: ArrayBuffer; strings: string[]; firstString: number }
  | { type: "done"; runId: RunId; summary: RunSummary }
  /** The runner itself failed (not the learner's program): a bug or a broken worker. */
  | { type: "crashed"; runId: RunId; message: string };

export type WorkerMessageType = WorkerToPage["type"];

/** For exhaustive switches: a new message kind makes the call site fail to compile. */
export function assertNever(value: never): never {
  throw new Error(`unexpected message: ${JSON.stringify(value)}`);
}
