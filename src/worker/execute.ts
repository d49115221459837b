/**
 * One run, start to end: compile, run with budgets, stream the trace and progress, report.
 * The same function serves the sandboxed worker and the in-process runner, so tests and the
 * command line run exactly what the browser runs.
 */
import { compile, evaluate } from "../compile";
import type { PageToWorker, RunSummary } from "../protocol";
import { runProgram, type RunResult } from "../runtime/run";
import { TraceRecorder } from "../runtime/tracing/trace-recorder";
import { FlushingSink } from "./flushing-sink";
import type { Post } from "./post";
import { TraceStream } from "./trace-stream";
import { scheduleOptionsOf } from "./schedule-request";

function summaryOf(result: RunResult): RunSummary {
  const { stdout, stderr, elapsed, events, error, warnings, pausedAtChoice } = result;
  return { stdout, stderr, elapsed, events, error, warnings, pausedAtChoice };
}

export function executeRun(request: PageToWorker, post: Post, realNow: () => number): void {
  const { runId } = request;
  try {
    const schedule = scheduleOptionsOf(request.schedule, request.seed);
    const compiled = compile(request.code, { threads: schedule.threads === true });
    if (!compiled.ok) return post({ type: "compile-error", runId, error: compiled.error }, []);
    const { sites } = compiled.program;
    post({ type: "compiled", runId, sites }, []);
    const recorder = new TraceRecorder();
    const stream = new TraceStream(runId, recorder, post);
    const sink = new FlushingSink(recorder, () => stream.flush(), realNow);
    const result = runProgram(evaluate(compiled.program), {
      sites,
      seed: request.seed,
      maxVirtualTime: request.limits.maxVirtualTime,
      maxEvents: request.limits.maxEvents,
      realNow,
      sink,
      schedule,
      onProgress: ({ virtualTime, events }) => {
        stream.flush();
        post({ type: "progress", runId, virtualTime, events }, []);
      },
    });
    stream.flush();
    post({ type: "done", runId, summary: summaryOf(result) }, []);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    post({ type: "crashed", runId, message }, []);
  }
}
