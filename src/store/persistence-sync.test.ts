import { describe, expect, it } from "vitest";
import { LESSONS } from "./lesson-catalog";
import { programKey, readSavedProgram } from "./persistence";
import { connectPersistence, SAVE_DELAY_MS, type PersistenceEnvironment } from "./persistence-sync";
import { memoryStorage, storeWithPrograms } from "./persistence.testing";

const lesson = LESSONS[0];

/** A page whose clock, storage events and closing the test moves by hand. */
function fakePage() {
  let clock = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextTimer = 1;
  const storageListeners: Array<(key: string | null, value: string | null) => void> = [];
  const leaveListeners: Array<() => void> = [];
  const env: PersistenceEnvironment = {
    setTimeout: (run, ms) => {
      timers.set(nextTimer, { at: clock + ms, run });
      return nextTimer++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    onOtherTabStorage: (listener) => {
      storageListeners.push(listener);
      return () => storageListeners.splice(storageListeners.indexOf(listener), 1);
    },
    onLeave: (listener) => {
      leaveListeners.push(listener);
      return () => leaveListeners.splice(leaveListeners.indexOf(listener), 1);
    },
  };
  const advance = (ms: number) => {
    clock += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at <= clock) {
        timers.delete(id);
        timer.run();
      }
    }
  };
  const otherTabWrites = (key: string, value: string) =>
    storageListeners.forEach((l) => l(key, value));
  const leave = () => leaveListeners.forEach((l) => l());
  return { env, advance, otherTabWrites, leave };
}

function connectedTab() {
  const storage = memoryStorage();
  const store = storeWithPrograms({ storage, tabId: "A", now: () => 7 });
  store.getState().openLesson(lesson.id);
  const page = fakePage();
  const disconnect = connectPersistence(store, page.env);
  const saved = () => readSavedProgram(storage, lesson.id)?.code;
  return { store, storage, page, saved, disconnect, state: () => store.getState() };
}

describe("saving as the learner types", () => {
  it("saves once the typing has paused for the save delay, not before", () => {
    const { page, saved, state } = connectedTab();
    state().setCode("print(1);\n");
    page.advance(SAVE_DELAY_MS - 100);
    state().setCode("print(12);\n");
    page.advance(SAVE_DELAY_MS - 100);
    expect(saved()).toBeUndefined();
    expect(state().saveStatus).toBe("pending");
    page.advance(100);
    expect(saved()).toBe("print(12);\n");
    expect(state().saveStatus).toBe("saved");
  });

  it("saves at once when a run starts", () => {
    const { saved, state } = connectedTab();
    state().setCode("print('run me');\n");
    void state().run();
    expect(saved()).toBe("print('run me');\n");
  });

  it("saves when the page is left", () => {
    const { page, saved, state } = connectedTab();
    state().setCode("print('closing');\n");
    page.leave();
    expect(saved()).toBe("print('closing');\n");
  });

  it("offers another tab's newer program for this lesson, and only this lesson", () => {
    const { page, state } = connectedTab();
    const record = { code: "print('other');\n", savedAt: 1, rev: 1, tab: "B" };
    page.otherTabWrites(programKey("some-other-lesson"), JSON.stringify(record));
    expect(state().otherTabProgram).toBeNull();
    page.otherTabWrites(programKey(lesson.id), JSON.stringify(record));
    expect(state().otherTabProgram).toEqual(record);
  });

  it("stops when disconnected", () => {
    const { page, saved, state, disconnect } = connectedTab();
    disconnect();
    state().setCode("print('late');\n");
    page.advance(SAVE_DELAY_MS * 2);
    expect(saved()).toBeUndefined();
  });
});
