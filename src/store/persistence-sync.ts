/**
 * Drives the persistence slice from the outside world: saves the program 500 ms after the
 * learner stops typing and at once when a run starts, saves before the page goes away, and
 * hands another tab's saves (the storage event) to the slice. The page's timers and events are
 * passed in, so tests drive them by hand.
 */
import type { AppStore } from "./app-store";
import { lessonOfProgramKey, parseSavedProgram } from "./persistence";

export const SAVE_DELAY_MS = 500;

export interface PersistenceEnvironment {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Calls back with the key and new value of every storage change made by another tab. */
  onOtherTabStorage(listener: (key: string | null, value: string | null) => void): () => void;
  /** Calls back when the page may be closed or frozen (pagehide, tab hidden). */
  onLeave(listener: () => void): () => void;
}

/** Connects `store` to the page; returns the disconnection. */
export function connectPersistence(store: AppStore, env: PersistenceEnvironment): () => void {
  let timer: unknown = null;
  const cancel = () => {
    if (timer !== null) env.clearTimeout(timer);
    timer = null;
  };
  const saveNow = () => {
    cancel();
    store.getState().saveProgram();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    // Opening a lesson saved the one being left (programForLesson) and loaded the new one.
    if (state.lessonId !== previous.lessonId) return cancel();
    if (state.status === "running" && previous.status !== "running") return saveNow();
    if (state.code === previous.code) return;
    state.markUnsaved();
    cancel();
    timer = env.setTimeout(saveNow, SAVE_DELAY_MS);
  });
  const stopListening = env.onOtherTabStorage((key, value) => {
    const lessonId = lessonOfProgramKey(key);
    if (lessonId !== null) store.getState().noteOtherTabSave(lessonId, parseSavedProgram(value));
  });
  const stopLeaving = env.onLeave(() => {
    cancel();
    store.getState().saveBeforeLeaving();
  });
  return () => {
    cancel();
    unsubscribe();
    stopListening();
    stopLeaving();
  };
}

/** The browser's side of the environment: window timers, storage events, pagehide. */
export function browserPersistenceEnvironment(win: Window): PersistenceEnvironment {
  return {
    setTimeout: (callback, ms) => win.setTimeout(callback, ms),
    clearTimeout: (handle) => win.clearTimeout(handle as number),
    onOtherTabStorage: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea === win.localStorage) listener(event.key, event.newValue);
      };
      win.addEventListener("storage", onStorage);
      return () => win.removeEventListener("storage", onStorage);
    },
    onLeave: (listener) => {
      const onHidden = () => {
        if (win.document.visibilityState === "hidden") listener();
      };
      win.addEventListener("pagehide", listener);
      win.document.addEventListener("visibilitychange", onHidden);
      return () => {
        win.removeEventListener("pagehide", listener);
        win.document.removeEventListener("visibilitychange", onHidden);
      };
    },
  };
}
