/**
 * The browser's runner: each run gets a fresh sandboxed worker (so no run sees what the last one
 * left in the worker's globals), booted in advance as a spare (spare-pool.ts). Stopping a run, by
 * the learner or by the watchdog, removes its frame, which ends the worker however busy; a spare
 * takes over.
 */
import type { PageToWorker, RunRequest, WorkerToPage } from "../protocol";
import { newRunId } from "./run-id";
import type { RunListener, RunOutcome, Runner } from "./runner";
import { RunSession } from "./run-session";
import { SparePool, whenIdle, type BootedSandbox } from "./spare-pool";
import { startWatchdog, type Timers, type Watchdog } from "./watchdog";

/** A runner worker booted ahead of need (warm-frame.ts in the browser). */
export interface RunnerFrame {
  /** Resolves once the worker waits for a run; rejects if it cannot start. */
  readonly ready: Promise<{ post(message: PageToWorker): void }>;
  /** Ends the worker, however busy. */
  dispose(): void;
}

/**
 * Makes a frame whose runner's messages go to `onMessage`, validated: null stands for one that
 * failed the shape check.
 */
export type FrameFactory = (onMessage: (message: WorkerToPage | null) => void) => RunnerFrame;

export interface WorkerRunnerOptions {
  createFrame: FrameFactory;
  /** Silence, in milliseconds, after which the watchdog ends a run. */
  stallLimitMs?: number;
  timers?: Timers;
  /** Spares kept booted between runs (2 by default). */
  spares?: number;
  /** When a spare is booted: in the page's idle time by default. */
  later?: (task: () => void) => void;
}

export const DEFAULT_STALL_LIMIT_MS = 2000;

interface ActiveRun {
  frame: RunnerFrame;
  session: RunSession;
  watchdog: Watchdog | null;
  resolve: (outcome: RunOutcome) => void;
}

export class WorkerRunner implements Runner {
  private readonly pool: SparePool;
  private active: ActiveRun | null = null;
  private readonly stallLimitMs: number;
  private readonly options: WorkerRunnerOptions;

  constructor(options: WorkerRunnerOptions) {
    this.options = options;
    this.stallLimitMs = options.stallLimitMs ?? DEFAULT_STALL_LIMIT_MS;
    this.pool = new SparePool({
      create: () => this.createFrame(),
      size: options.spares ?? 2,
      later: options.later ?? whenIdle,
    });
    this.pool.resume();
  }

  run(request: RunRequest, listener?: RunListener): Promise<RunOutcome> {
    this.stop();
    this.pool.pause();
    const { frame, booted } = this.pool.take();
    const runId = newRunId();
    const session = new RunSession(runId, listener);
    return new Promise((resolve) => {
      const active: ActiveRun = { frame, session, watchdog: null, resolve };
      this.active = active;
      const start = (sandbox: BootedSandbox) => {
        if (this.active !== active) return;
        sandbox.post({ type: "run", runId, ...request });
        active.watchdog = startWatchdog(
          this.stallLimitMs,
          () => this.finish(active, session.stoppedByWatchdog(this.stallLimitMs)),
          this.options.timers,
        );
      };
      // A booted spare is sent the run at once, before the page renders the run's start.
      if (booted) return start(booted);
      frame.ready.then(start, (error: Error) =>
        this.finish(active, session.crashed(error.message)),
      );
    });
  }

  stop(): void {
    if (this.active) this.finish(this.active, this.active.session.stoppedByUser());
  }

  dispose(): void {
    this.stop();
    this.pool.dispose();
  }

  private createFrame(): RunnerFrame {
    const frame: RunnerFrame = this.options.createFrame((message) =>
      this.onMessage(frame, message),
    );
    return frame;
  }

  private onMessage(frame: RunnerFrame, message: WorkerToPage | null): void {
    const active = this.active;
    if (active === null || active.frame !== frame) return;
    const outcome = active.session.accept(message);
    if (outcome) return this.finish(active, outcome);
    // Only the end of compiling and the hub's progress reports prove the program yields: trace
    // batches also flow from a loop that prints and never yields, and must not keep the
    // watchdog from ending it.
    const proof = message?.type === "progress" || message?.type === "compiled";
    if (proof && message.runId === active.session.runId) active.watchdog?.kick();
  }

  private finish(active: ActiveRun, outcome: RunOutcome): void {
    if (this.active !== active) return;
    this.active = null;
    active.watchdog?.cancel();
    active.frame.dispose();
    active.resolve(outcome);
    this.pool.resume();
  }
}
