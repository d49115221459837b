/**
 * The browser's runner: each run gets a fresh sandboxed worker (so no run sees what the last one
 * left in the worker's globals), booted in advance as a spare (spare-pool.ts). Stopping a run, by
 * the learner or by the watchdog, removes its frame, which ends the worker however busy; a spare
 * takes over. A run that stops at an open choice point (be the hub) keeps its worker, paused
 * there, until the learner's choice lets it go on or another run starts.
 */
import type { PageToWorker, RunRequest, WorkerToPage } from "../protocol";
import type { EncodedTrace } from "../runtime/tracing/trace-recorder";
import { newRunId } from "./run-id";
import type { RunListener, RunOutcome, Runner } from "./runner";
import { RunSession, pausedTraceOf } from "./run-session";
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
  /** The frame's sandbox once the run was sent to it. */
  sandbox: BootedSandbox | null;
  session: RunSession;
  watchdog: Watchdog | null;
  resolve: (outcome: RunOutcome) => void;
}

/** The last run's worker, stopped at an open choice point, and the trace it sent up to there. */
interface PausedRun {
  frame: RunnerFrame;
  sandbox: BootedSandbox;
  trace: EncodedTrace;
}

export class WorkerRunner implements Runner {
  private readonly pool: SparePool;
  private active: ActiveRun | null = null;
  private paused: PausedRun | null = null;
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
    this.dropPaused(true);
    this.pool.pause();
    const { frame, booted } = this.pool.take();
    const session = new RunSession(newRunId(), listener);
    const message = { type: "run" as const, runId: session.runId, ...request };
    return this.launch(frame, session, message, booted);
  }

  canContinue(): boolean {
    return this.paused !== null && this.active === null;
  }

  continueRun(index: number, listener?: RunListener): Promise<RunOutcome> | null {
    const paused = this.paused;
    if (paused === null || this.active !== null) return null;
    this.paused = null;
    this.pool.pause();
    const session = RunSession.continuing(newRunId(), paused.trace, index, listener);
    const message = { type: "choose" as const, runId: session.runId, index };
    return this.launch(paused.frame, session, message, paused.sandbox);
  }

  stop(): void {
    if (this.active) this.finish(this.active, this.active.session.stoppedByUser());
  }

  dispose(): void {
    this.stop();
    this.dropPaused();
    this.pool.dispose();
  }

  /** Sends `message` to the frame's sandbox once it has booted, and watches the run it starts. */
  private launch(
    frame: RunnerFrame,
    session: RunSession,
    message: PageToWorker,
    booted: BootedSandbox | null,
  ): Promise<RunOutcome> {
    return new Promise((resolve) => {
      const active: ActiveRun = { frame, sandbox: null, session, watchdog: null, resolve };
      this.active = active;
      const start = (sandbox: BootedSandbox) => {
        if (this.active !== active) return;
        active.sandbox = sandbox;
        sandbox.post(message);
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

  /**
   * Ends the paused run's worker. Removing a frame and its worker costs the page's main thread
   * some milliseconds, so when a run is starting it is done once the page has time for it.
   */
  private dropPaused(later = false): void {
    const paused = this.paused;
    this.paused = null;
    if (paused === null) return;
    if (later) (this.options.later ?? whenIdle)(() => paused.frame.dispose());
    else paused.frame.dispose();
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
    const trace = pausedTraceOf(outcome);
    if (trace !== null && active.sandbox !== null) {
      this.paused = { frame: active.frame, sandbox: active.sandbox, trace };
    } else active.frame.dispose();
    active.resolve(outcome);
    this.pool.resume();
  }
}
