/**
 * The scheduler lab's slice: the policy, seed and mode of a lab run; being the hub (a choice
 * goes on in the worker of the run stopped at it, up to the next open choice point; anything
 * else, a fork or a branch shown again, replays in a fresh worker with the choices so far);
 * the branches made by stepping back to an earlier choice point; the goal chosen; the run
 * pinned for comparison. Thin actions over the run slice's `run`.
 */
import type { ScheduleRequest } from "../protocol";
import type { RunModel } from "../trace/model/run-model";
import type { AppSlice } from "./app-store";

export interface LabSettings {
  policy: "gevent" | "random";
  seed: number;
  threads: boolean;
}

/** One schedule the learner made as the hub: the choices, in order. */
export interface LabBranch {
  id: number;
  choices: number[];
  /** The branch it forked from and the choice point where (null for the first). */
  from: { branch: number; at: number } | null;
}

export interface PinnedRun {
  model: RunModel;
  /** What the run was: "gevent", "random seed 3", "hub, branch 2", with "threads" when so. */
  label: string;
}

export interface LabSlice {
  lab: LabSettings;
  /** Being the hub: every run stops at its next open choice point. */
  hubMode: boolean;
  branches: LabBranch[];
  branchIndex: number;
  /**
   * Real milliseconds the last replay took (a choice, a fork, a branch shown), from the action
   * to the run shown at its next choice point.
   */
  choiceMs: number | null;
  /** How the last one was made: gone on in the paused run's worker, or replayed from the start. */
  choiceHow: "went-on" | "replayed" | null;
  pinned: PinnedRun | null;
  /** The label of the run shown now (for the comparison). */
  runLabel: string;
  goalId: string | null;
  /** Lines of the learner's own "inside lines" goal. */
  insideLines: { from: number; to: number };
  setLab(settings: Partial<LabSettings>): void;
  /** One run under the lab's policy, seed and mode. */
  runLab(): Promise<void>;
  /** Be the hub from the first choice point, on a new branch. */
  startHub(): Promise<void>;
  /** Choose candidate `index` at the open choice point of the branch shown. */
  choose(index: number): Promise<void>;
  /** A new branch: the branch shown replayed up to its choice point `at`, left open there. */
  forkAt(at: number): Promise<void>;
  showBranch(index: number): Promise<void>;
  stopHub(): void;
  pin(): void;
  unpin(): void;
  setGoal(id: string | null): void;
  setInsideLines(lines: { from: number; to: number }): void;
}

const now = () => globalThis.performance?.now() ?? Date.now();

export function labSlice(): AppSlice<LabSlice> {
  return (set, get) => {
    let nextBranch = 1;

    const scheduleOf = (choices: number[]): ScheduleRequest => ({
      choices,
      pauseAtChoice: true,
      threads: get().lab.threads,
    });

    const labelOf = (base: string) => (get().lab.threads ? `${base}, threads` : base);

    // The branch whose run stopped at its open choice point last, and in which mode: a choice
    // on it goes on in that run's worker instead of replaying the branch.
    let open: { branch: LabBranch; threads: boolean } | null = null;
    // Counts the lab's runs, so that only the latest one's end says which branch is open.
    let latestLabRun = 0;
    /** Runs `start`; when no lab run came after it, `branch` is the one left open. */
    const openAfter = async (branch: LabBranch, start: () => Promise<unknown>) => {
      const thisRun = ++latestLabRun;
      open = null;
      const result = await start();
      if (thisRun === latestLabRun) open = { branch, threads: get().lab.threads };
      return result;
    };

    /** Run branch `index` of the hub's branches and show it. */
    const replay = async (index: number) => {
      const branch = get().branches[index];
      const started = now();
      set({ branchIndex: index, runLabel: labelOf(`hub ${branch.id}`) });
      await openAfter(branch, () => get().run(scheduleOf(branch.choices), { quiet: true }));
      set({ choiceMs: now() - started, choiceHow: "replayed" });
    };

    const newBranch = async (choices: number[], from: LabBranch["from"]) => {
      const branch: LabBranch = { id: nextBranch++, choices, from };
      set({ hubMode: true, branches: [...get().branches, branch] });
      await replay(get().branches.length - 1);
    };

    return {
      lab: { policy: "random", seed: 1, threads: false },
      hubMode: false,
      branches: [],
      branchIndex: -1,
      choiceMs: null,
      choiceHow: null,
      pinned: null,
      runLabel: "gevent",
      goalId: null,
      insideLines: { from: 1, to: 1 },
      setLab: (settings) => set({ lab: { ...get().lab, ...settings } }),
      runLab: async () => {
        const { policy, seed, threads } = get().lab;
        open = null;
        set({ hubMode: false, runLabel: labelOf(policy === "random" ? `random ${seed}` : policy) });
        await get().run({ policy, seed, threads, record: true });
      },
      startHub: () => newBranch([], null),
      choose: async (index) => {
        const i = get().branchIndex;
        const branch = get().branches[i];
        if (branch === undefined || !get().hubMode) return;
        const updated = { ...branch, choices: [...branch.choices, index] };
        set({ branches: get().branches.map((b, k) => (k === i ? updated : b)) });
        const started = now();
        const here = open?.branch === branch && open.threads === get().lab.threads;
        if (here && (await openAfter(updated, () => get().continueRun(index)))) {
          set({ choiceMs: now() - started, choiceHow: "went-on" });
        } else await replay(i);
      },
      forkAt: async (at) => {
        const i = get().branchIndex;
        const branch = get().branches[i];
        if (branch === undefined) return;
        await newBranch(branch.choices.slice(0, at), { branch: branch.id, at });
      },
      showBranch: async (index) => {
        if (get().branches[index] === undefined) return;
        set({ hubMode: true });
        await replay(index);
      },
      stopHub: () => {
        open = null;
        set({ hubMode: false, branches: [], branchIndex: -1, choiceMs: null, choiceHow: null });
      },
      pin: () => {
        const model = get().model;
        if (model !== null) set({ pinned: { model, label: get().runLabel } });
      },
      unpin: () => set({ pinned: null }),
      setGoal: (goalId) => set({ goalId }),
      setInsideLines: (insideLines) => set({ insideLines }),
    };
  };
}
