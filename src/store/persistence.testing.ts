/**
 * Test helpers for saving: storage in memory (one map shared by "tabs" of the same browser),
 * and app stores wired as main.tsx wires them, without a runner.
 */
import type { Runner } from "../client/runner";
import { createAppStore, type AppStore } from "./app-store";
import type { PersistenceOptions } from "./persistence-slice";
import type { ProgramStorage } from "./persistence";

export interface MemoryStorage extends ProgramStorage {
  readonly items: Map<string, string>;
  /** When set, every write throws as a full or forbidden storage does. */
  refuse: boolean;
}

export function memoryStorage(): MemoryStorage {
  const items = new Map<string, string>();
  return {
    items,
    refuse: false,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (this.refuse) throw new DOMException("full", "QuotaExceededError");
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

const idleRunner: Runner = {
  run: () =>
    Promise.resolve({
      kind: "crashed",
      message: "no runner in this test",
      trace: { version: 1, words: new Uint32Array(0), strings: [""], sites: [] },
    }),
  canContinue: () => false,
  continueRun: () => null,
  stop: () => {},
  dispose: () => {},
};

/** A store whose lessons open with the learner's saved programs, as in the app. */
export function storeWithPrograms(programs: PersistenceOptions): AppStore {
  const store: AppStore = createAppStore({
    runner: idleRunner,
    programs,
    programFor: (lesson) => store.getState().programForLesson(lesson),
  });
  return store;
}
