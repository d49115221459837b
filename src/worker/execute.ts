/**
 * One run, start to end: compile, run with budgets, stream the trace and progress, report.
 * The same function serves the sandboxed worker and the in-process runner, so tests and the
 * command line run exactly what the browser runs. A run that stops at an open choice point (be
 * the hub) hands back how to go on from it, in the same realm, with the learner's choice.
 */
import { compile, evaluate } from "../compile";
import type { RunId, RunMessage, RunSummary } from "../protocol";
import { runProgram, type RunResult } from "../runtime/run";
import { TraceRecorder } from "../runtime/tracing/trace-recorder";
import { FlushingSink } from "./flushing-sink";
import type { Post } from "./post";
import { TraceStream } from "./trace-stream";
import { scheduleOptionsOf } from "./schedule-request";

/** A run stopped at an open choice point. */
export interface PausedRun {
  /**
   * Goes on with candidate `index`, its messages sent as run `runId`; the run paused at its
   * next open choice point, or null once it has ended. Call it once.
   */
  choose(runId: RunId, index: number): PausedRun | null;
}

function summaryOf(result: RunResult): RunSummary {
  const { stdout, stderr, elapsed, events, error, warnings, pausedAtChoice } = result;
  return { stdout, stderr, elapsed, events, error, warnings, pausedAtChoice };
}

export function executeRun(
  request: RunMessage,
  post: Post,
  realNow: () => number,
): PausedRun | null {
  // The id messages go out under: a run gone on from a choice point is a new run to the page.
  let runId = request.runId;
  const crashed = (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    post({ type: "crashed", runId, message }, []);
    return null;
  };
  try {
    const schedule = scheduleOptionsOf(request.schedule, request.seed);
    const compiled = compile(request.code, { threads: schedule.threads === true });
    if (!compiled.ok) {
      post({ type: "compile-error", runId, error: compiled.error }, []);
      return null;
    }
    const { sites } = compiled.program;
    post({ type: "compiled", runId, sites }, []);
    const recorder = new TraceRecorder();
    const stream = new TraceStream(recorder, post);
    const flush = () => stream.flush(runId);
    const sink = new FlushingSink(recorder, flush, realNow);
    const report = (result: RunResult): PausedRun | null => {
      flush();
      post({ type: "done", runId, summary: summaryOf(result) }, []);
      const goOn = result.continueAt;
      if (goOn === null) return null;
      return {
        choose: (next, index) => {
          runId = next;
          try {
            return report(goOn(index));
          } catch (error) {
            return crashed(error);
          }
        },
      };
    };
    return report(
      runProgram(evaluate(compiled.program), {
        sites,
        seed: request.seed,
        maxVirtualTime: request.limits.maxVirtualTime,
        maxEvents: request.limits.maxEvents,
        realNow,
        sink,
        schedule,
        onProgress: ({ virtualTime, events }) => {
          flush();
          post({ type: "progress", runId, virtualTime, events }, []);
        },
      }),
    );
  } catch (error) {
    return crashed(error);
  }
}
