/**
 * The run slice: the program, the current run's status and progress, what it printed (read
 * from its trace as the batches arrive), its report and the marks for the editor. Thin actions:
 * the runner runs, run-report.ts and exercise-result.ts interpret.
 */
import type { EncodedTrace, RunListener, RunOutcome, Runner } from "../client/runner";
import type { RunLimits, ScheduleRequest, WorkerToPage } from "../protocol";
import { RunModel } from "../trace/model/run-model";
import { PrintedLineReader, PrintedOutput, type GreenletTag } from "../trace/printed-lines";
import type { AppSlice } from "./app-store";
import { exerciseResultOf } from "./exercise-result";
import { lessonById } from "./lesson-catalog";
import { problemsOf, reportOf, type Problem, type RunReport } from "./run-report";
import { messageChannelTask, SlicedQueue, type ScheduleTask } from "./sliced-queue";

export type RunStatus = "idle" | "running";

export interface RunSlice {
  code: string;
  status: RunStatus;
  /** How many runs have ended: lets tests and tools wait for "the run I started" to end. */
  finishedRuns: number;
  /**
   * What the run printed, from its trace (emptied by clearOutput; the trace keeps all): a view
   * of lines only ever appended to, so each batch costs its own lines and no copy.
   */
  printed: PrintedOutput;
  /** How to show each greenlet that printed (`main`, `worker #3`), by greenlet id. */
  greenlets: Record<number, GreenletTag>;
  progress: { virtualTime: number; events: number } | null;
  report: RunReport;
  problems: Problem[];
  /** The last run's trace (complete, or up to where it was stopped). */
  trace: EncodedTrace | null;
  /**
   * The model of the current run (src/trace/model), built as its batches arrive; the same
   * object all run long, so `modelVersion` counts the batches it has read.
   */
  model: RunModel | null;
  modelVersion: number;
  setCode(code: string): void;
  /**
   * Run the program; under a schedule of the scheduler lab when one is given. A quiet run (the
   * lab's replays) keeps the last run shown until it ends, and says it is running only if it
   * takes longer than QUIET_RUN_MS: a lesson's replay ends first, and the page draws once.
   */
  run(schedule?: ScheduleRequest, options?: { quiet?: boolean }): Promise<void>;
  /**
   * Go on from the open choice point the last run stopped at (be the hub) with candidate
   * `index`, in that run's own worker, as a new run. False, running nothing, when there is none
   * to go on from or the program has changed since: replay the run instead. Quiet, as above.
   */
  continueRun(index: number): Promise<boolean>;
  stop(): void;
  clearOutput(): void;
}

/**
 * A run's results when there are none yet: before a run's first batch, or once the program they
 * were about is gone. Fresh each time, so no two states share an array.
 */
export function noRunResults(): Pick<
  RunSlice,
  "printed" | "greenlets" | "progress" | "report" | "problems" | "model"
> & { step: number } {
  return {
    printed: new PrintedOutput(),
    greenlets: {},
    progress: null,
    report: { kind: "none" },
    problems: [],
    model: null,
    step: -1,
  };
}

export interface RunOptions {
  runner: Runner;
  code: string;
  seed: number;
  limits: RunLimits;
  /** How a slice of reading is scheduled: by default a task of the event loop. */
  scheduleTask?: ScheduleTask;
  /** How what the slices read is published: by default before the next frame. */
  scheduleFrame?: ScheduleTask;
}

/** Before the page's next frame; at once where there are no frames (Node). */
function defaultScheduleFrame(task: () => void): void {
  if (typeof requestAnimationFrame === "undefined") task();
  else requestAnimationFrame(() => task());
}

/** A MessageChannel task in a page; a timer in Node, where an open channel would hold the process. */
function defaultScheduleTask(): ScheduleTask {
  if (typeof window === "undefined") return (task) => setTimeout(task, 0);
  return messageChannelTask();
}

/** Real milliseconds the page reads a run's messages before it gives the learner a turn. */
const SLICE_BUDGET_MS = 8;
/** Real milliseconds a quiet run goes on before the page shows it running. */
export const QUIET_RUN_MS = 100;

export function runSlice({
  runner,
  code,
  seed,
  limits,
  scheduleTask = defaultScheduleTask(),
  scheduleFrame = defaultScheduleFrame,
}: RunOptions): AppSlice<RunSlice> {
  return (set, get) => {
    // Counts runs so a superseded run's late outcome never overwrites the newer run's state.
    let latestRun = 0;
    // The latest run's queue of messages, dropped when a new run supersedes it.
    let latestQueue: SlicedQueue<WorkerToPage> | null = null;
    // The program the last run ran: a run paused at a choice point goes on only while it is.
    let lastRunCode: string | null = null;

    // The run's messages are read in slices (sliced-queue.ts), and what the slices changed is
    // published to the store at most once a frame: one render and one repaint a frame, not one
    // a batch (a flood sends more batches than the screen shows frames).
    // A quiet run publishes only once its messages are all read, unless it is shown running.
    const reading = (
      reader: PrintedLineReader,
      model: RunModel,
      isCurrent: () => boolean,
      quiet: boolean,
    ) => {
      let progress: RunSlice["progress"] = null;
      let printedMore = false;
      let changed = false;
      let framePending = false;
      const publish = () => {
        framePending = false;
        // A frame asked for by a run since superseded publishes nothing.
        if (!changed || !isCurrent()) return;
        changed = false;
        const patch: Partial<RunSlice> = { modelVersion: get().modelVersion + 1 };
        if (progress !== null) patch.progress = progress;
        // From where the console was last cleared: this run's view starts there.
        if (printedMore) {
          patch.printed = reader.view(get().printed.start);
          patch.greenlets = reader.tags();
        }
        progress = null;
        printedMore = false;
        set(patch);
      };
      const queue = new SlicedQueue<WorkerToPage>({
        take: (message) => {
          if (message.type === "compiled") model.setSites(message.sites);
          if (message.type === "progress") {
            progress = { virtualTime: message.virtualTime, events: message.events };
          }
          if (message.type !== "trace") return;
          const words = new Uint32Array(message.words);
          model.append(words, message.strings, message.firstString);
          const fresh = reader.append(words, message.strings, message.firstString);
          if (fresh && fresh.length > 0) printedMore = true;
        },
        afterSlice: () => {
          changed = true;
          if (framePending || quiet) return;
          framePending = true;
          scheduleFrame(publish);
        },
        budgetMs: SLICE_BUDGET_MS,
        schedule: scheduleTask,
        now: () => performance.now(),
      });
      // Everything read is published before the run's outcome is.
      return {
        queue,
        drained: () => queue.drained().then(publish),
        /** From now on what the slices read is published a frame at a time. */
        loud: () => {
          quiet = false;
          if (changed && !framePending) {
            framePending = true;
            scheduleFrame(publish);
          }
        },
      };
    };

    const finish = async (
      thisRun: number,
      outcome: RunOutcome,
      reader: PrintedLineReader,
      model: RunModel,
      code: string,
    ) => {
      const lesson = lessonById(get().lessonId);
      model.finish();
      set({
        model: outcome.kind === "compile-error" ? null : model,
        modelVersion: get().modelVersion + 1,
        report: reportOf(outcome),
        problems: problemsOf(outcome),
        trace: outcome.kind === "compile-error" ? null : outcome.trace,
        greenlets: reader.tags(),
      });
      // The run's last picture is drawn in this task; its check, which reads every line and
      // step, in the next, so that neither holds the page for both.
      await new Promise<void>((resolve) => scheduleTask(resolve));
      if (thisRun !== latestRun) return set({ finishedRuns: get().finishedRuns + 1 });
      set({
        status: "idle",
        finishedRuns: get().finishedRuns + 1,
        // After a run the cursor sits on its last step: the run's outcome.
        step: outcome.kind === "compile-error" ? -1 : model.stepCount - 1,
        exerciseResult: exerciseResultOf(lesson, outcome, reader.lines, code, model),
      });
    };

    /** Starts a run with `start` and reads it to its end, as the current run. */
    const launch = async (
      start: (listener: RunListener) => Promise<RunOutcome>,
      quiet: boolean,
    ) => {
      const thisRun = ++latestRun;
      latestQueue?.cancel();
      const reader = new PrintedLineReader();
      const model = new RunModel();
      const messages = reading(reader, model, () => thisRun === latestRun, quiet);
      latestQueue = messages.queue;
      const running = () => {
        if (thisRun !== latestRun) return;
        // The last trace stays until this run's arrives; the cursor follows the new run.
        set({ status: "running", ...noRunResults(), exerciseResult: null, model });
        messages.loud();
      };
      const showRunning = quiet ? setTimeout(running, QUIET_RUN_MS) : null;
      if (!quiet) running();
      const { code } = get();
      lastRunCode = code;
      const outcome = await start((message) => {
        if (thisRun === latestRun) messages.queue.push(message);
      });
      if (showRunning !== null) clearTimeout(showRunning);
      // The run has ended; what it sent is read before its outcome is.
      await messages.drained();
      if (thisRun === latestRun) await finish(thisRun, outcome, reader, model, code);
      else set({ finishedRuns: get().finishedRuns + 1 });
    };

    return {
      code,
      status: "idle",
      finishedRuns: 0,
      ...noRunResults(),
      trace: null,
      modelVersion: 0,
      // The last run's marks point into the old text: an edit retires them.
      setCode: (next) => {
        if (next !== get().code) set({ code: next, problems: [] });
      },
      clearOutput: () => set({ printed: get().printed.cleared() }),
      stop: () => runner.stop(),
      run: async (schedule, options) => {
        const request = { code: get().code, seed, limits, ...(schedule ? { schedule } : {}) };
        await launch((listener) => runner.run(request, listener), options?.quiet === true);
      },
      continueRun: async (index) => {
        // The paused run must be of the program as it is now: after an edit, it is replayed.
        if (get().status !== "idle" || get().code !== lastRunCode || !runner.canContinue()) {
          return false;
        }
        // Not null: canContinue held just now, and launch calls this before it awaits anything.
        await launch(
          (listener) => runner.continueRun(index, listener) as Promise<RunOutcome>,
          true,
        );
        return true;
      },
    };
  };
}
