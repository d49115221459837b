/**
 * The runner for tests and the command line: the worker's own execution function, called in
 * this thread. A run completes inside `run`, so there is never a run in flight to stop; the
 * runtime's budgets (virtual time, events, CPU slice) are what end a runaway program here.
 */
import type { RunRequest } from "../protocol";
import { executeRun } from "../worker/execute";
import type { RunListener, RunOutcome, Runner } from "./runner";
import { newRunId } from "./run-id";
import { RunSession } from "./run-session";

export class InProcessRunner implements Runner {
  private readonly realNow: () => number;

  constructor(realNow: () => number = () => performance.now()) {
    this.realNow = realNow;
  }

  run(request: RunRequest, listener?: RunListener): Promise<RunOutcome> {
    const session = new RunSession(newRunId(), listener);
    const ended: RunOutcome[] = [];
    executeRun(
      { type: "run", runId: session.runId, ...request },
      (message) => {
        const outcome = ended.length === 0 ? session.accept(message) : null;
        if (outcome) ended.push(outcome);
      },
      this.realNow,
    );
    return Promise.resolve(ended[0] ?? session.crashed("the run ended without a result"));
  }

  stop(): void {}

  dispose(): void {}
}
