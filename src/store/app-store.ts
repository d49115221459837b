/**
 * The app's one vanilla zustand store: the program, the current run's status, output and
 * report. Actions are thin: the runner does the running, run-report.ts the interpreting.
 * React reads it through selectors (src/ui); tests drive it directly.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { EncodedTrace, Runner } from "../client/runner";
import type { OutputLine, RunLimits, WorkerToPage } from "../protocol";
import { problemsOf, reportOf, type Problem, type RunReport } from "./run-report";
import { STARTER_PROGRAM } from "./starter-program";

export type RunStatus = "idle" | "running";

export interface AppState {
  code: string;
  status: RunStatus;
  /** How many runs have ended: lets tests and tools wait for "the run I started" to end. */
  finishedRuns: number;
  output: OutputLine[];
  progress: { virtualTime: number; events: number } | null;
  report: RunReport;
  problems: Problem[];
  /** The last run's trace (complete, or up to where it was stopped). */
  trace: EncodedTrace | null;
  setCode(code: string): void;
  run(): Promise<void>;
  stop(): void;
  clearOutput(): void;
}

export interface AppStoreOptions {
  runner: Runner;
  code?: string;
  seed?: number;
  limits?: RunLimits;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore({ runner, code, seed = 1, limits = {} }: AppStoreOptions): AppStore {
  // Counts runs so a superseded run's late outcome never overwrites the newer run's state.
  let latestRun = 0;
  return createStore<AppState>()((set, get) => {
    const onMessage = (message: WorkerToPage) => {
      if (message.type === "output") set({ output: [...get().output, ...message.lines] });
      if (message.type === "progress") {
        set({ progress: { virtualTime: message.virtualTime, events: message.events } });
      }
    };
    return {
      code: code ?? STARTER_PROGRAM,
      status: "idle",
      finishedRuns: 0,
      output: [],
      progress: null,
      report: { kind: "none" },
      problems: [],
      trace: null,
      // The last run's marks point into the old text: an edit retires them.
      setCode: (next) => {
        if (next !== get().code) set({ code: next, problems: [] });
      },
      clearOutput: () => set({ output: [] }),
      stop: () => runner.stop(),
      run: async () => {
        const thisRun = ++latestRun;
        set({
          status: "running",
          output: [],
          progress: null,
          report: { kind: "none" },
          problems: [],
        });
        const outcome = await runner.run({ code: get().code, seed, limits }, (message) => {
          if (thisRun === latestRun) onMessage(message);
        });
        const finishedRuns = get().finishedRuns + 1;
        if (thisRun !== latestRun) return set({ finishedRuns });
        const trace = outcome.kind === "compile-error" ? null : outcome.trace;
        set({
          status: "idle",
          finishedRuns,
          report: reportOf(outcome),
          problems: problemsOf(outcome),
          trace,
        });
      },
    };
  });
}
