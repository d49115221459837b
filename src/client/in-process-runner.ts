/**
 * The runner for tests and the command line: the worker's own execution function, called in
 * this thread. A run completes inside `run`, so there is never a run in flight to stop; the
 * runtime's budgets (virtual time, events, CPU slice) are what end a runaway program here. A run
 * stopped at an open choice point goes on from it as the worker's does (worker-runner.ts).
 */
import type { PageToWorker, RunRequest, WorkerToPage } from "../protocol";
import type { EncodedTrace } from "../runtime/tracing/trace-recorder";
import { executeRun, type PausedRun } from "../worker/execute";
import type { RunListener, RunOutcome, Runner } from "./runner";
import { newRunId } from "./run-id";
import { RunSession, pausedTraceOf } from "./run-session";

export class InProcessRunner implements Runner {
  private readonly realNow: () => number;
  private paused: { run: PausedRun; trace: EncodedTrace } | null = null;
  /** Where the execution's messages go: the session of the run going on now. */
  private deliver: (message: WorkerToPage) => void = () => {};
  private readonly post = (message: WorkerToPage) => this.deliver(message);

  constructor(realNow: () => number = () => performance.now()) {
    this.realNow = realNow;
  }

  run(request: RunRequest, listener?: RunListener): Promise<RunOutcome> {
    const session = new RunSession(newRunId(), listener);
    const message: PageToWorker = { type: "run", runId: session.runId, ...request };
    return this.execute(session, () => executeRun(message, this.post, this.realNow));
  }

  canContinue(): boolean {
    return this.paused !== null;
  }

  continueRun(index: number, listener?: RunListener): Promise<RunOutcome> | null {
    const paused = this.paused;
    if (paused === null) return null;
    const session = RunSession.continuing(newRunId(), paused.trace, index, listener);
    return this.execute(session, () => paused.run.choose(session.runId, index));
  }

  stop(): void {}

  dispose(): void {
    this.paused = null;
  }

  /** Runs `start` with its messages fed to `session`, and keeps the run if it paused. */
  private execute(session: RunSession, start: () => PausedRun | null): Promise<RunOutcome> {
    this.paused = null;
    const ended: RunOutcome[] = [];
    this.deliver = (message) => {
      const outcome = ended.length === 0 ? session.accept(message) : null;
      if (outcome) ended.push(outcome);
    };
    const next = start();
    this.deliver = () => {};
    const outcome = ended[0] ?? session.crashed("the run ended without a result");
    const trace = pausedTraceOf(outcome);
    if (next !== null && trace !== null) this.paused = { run: next, trace };
    return Promise.resolve(outcome);
  }
}
