import { describe, expect, it } from "vitest";
import { LESSONS } from "./lesson-catalog";
import { programKey, readPreviousProgram, readSavedProgram } from "./persistence";
import { memoryStorage, storeWithPrograms } from "./persistence.testing";
import { PENDING_SHARE_KEY } from "./share-pending";

const [first, second] = LESSONS;

function tab(storage = memoryStorage(), tabId = "A", session = memoryStorage()) {
  const store = storeWithPrograms({ storage, session, tabId, now: () => 1000 });
  store.getState().openLesson(first.id);
  return { store, storage, session, state: () => store.getState() };
}

describe("saving the learner's programs", () => {
  it("brings a lesson's edited program back when the lesson opens again", () => {
    const { store, state } = tab();
    state().setCode("print('mine');\n");
    state().saveProgram();
    state().openLesson(second.id);
    expect(state().code).toBe(second.program);
    state().openLesson(first.id);
    expect(state().code).toBe("print('mine');\n");
    expect(store.getState().saveStatus).toBe("saved");
  });

  it("saves the lesson being left, edited since the last save, as another opens", () => {
    const { storage, state } = tab();
    state().setCode("print('unsaved');\n");
    state().openLesson(second.id);
    expect(readSavedProgram(storage, first.id)?.code).toBe("print('unsaved');\n");
  });

  it("stores nothing for a lesson the learner never edited", () => {
    const { storage, state } = tab();
    state().saveProgram();
    state().openLesson(second.id);
    expect([...storage.items.keys()]).toEqual([]);
  });

  it("reports a storage that refuses, and keeps the program on screen", () => {
    const { storage, state } = tab();
    storage.refuse = true;
    state().setCode("print(1);\n");
    state().saveProgram();
    expect(state().saveStatus).toBe("failed");
    expect(state().code).toBe("print(1);\n");
  });
});

describe("reset and upload", () => {
  it("replace the program, keep the old one aside, and Undo brings it back", () => {
    const { storage, state } = tab();
    state().setCode("print('mine');\n");
    state().saveProgram();
    state().resetProgram();
    expect(state().code).toBe(first.program);
    expect(state().undoable).toEqual({ replacedBy: "reset", code: "print('mine');\n" });
    expect(readPreviousProgram(storage, first.id)?.code).toBe("print('mine');\n");
    expect(readSavedProgram(storage, first.id)?.code).toBe(first.program);
    state().undoReplace();
    expect(state().code).toBe("print('mine');\n");
    expect(readSavedProgram(storage, first.id)?.code).toBe("print('mine');\n");
    expect(state().undoable).toBeNull();
  });

  it("offer no Undo when nothing changed", () => {
    const { state } = tab();
    state().resetProgram();
    expect(state().undoable).toBeNull();
  });

  it("load an uploaded program the same way", () => {
    const { storage, state } = tab();
    state().uploadProgram("print('uploaded');\n");
    expect(state().undoable).toEqual({ replacedBy: "upload", code: first.program });
    expect(readSavedProgram(storage, first.id)?.code).toBe("print('uploaded');\n");
  });
});

describe("a program from a share link", () => {
  function sharedTab(saved: string | null) {
    const storage = memoryStorage();
    const session = memoryStorage();
    if (saved !== null) {
      const record = { code: saved, savedAt: 1, rev: 3, tab: "old" };
      storage.setItem(programKey(first.id), JSON.stringify(record));
    }
    const shared = { lessonId: first.id, code: "print('shared');\n" };
    session.setItem(PENDING_SHARE_KEY, JSON.stringify(shared));
    return tab(storage, "A", session);
  }

  it("is shown without touching the learner's saved program", () => {
    const { storage, state } = sharedTab("print('mine');\n");
    expect(state().code).toBe("print('shared');\n");
    expect(state().sharedProgram).toMatchObject({ lessonId: first.id });
    state().saveProgram();
    expect(readSavedProgram(storage, first.id)?.code).toBe("print('mine');\n");
  });

  it("becomes the learner's when edited: saved, with the old program kept and undoable", () => {
    const { storage, session, state } = sharedTab("print('mine');\n");
    state().setCode("print('shared, edited');\n");
    state().saveProgram();
    expect(readSavedProgram(storage, first.id)).toMatchObject({
      code: "print('shared, edited');\n",
      rev: 4,
    });
    expect(readPreviousProgram(storage, first.id)).toMatchObject({
      code: "print('mine');\n",
      replacedBy: "shared-link",
    });
    expect(state().undoable?.code).toBe("print('mine');\n");
    expect(state().sharedProgram).toBeNull();
    expect(session.getItem(PENDING_SHARE_KEY)).toBeNull();
  });

  it("gives way to the learner's saved program on request", () => {
    const { state } = sharedTab("print('mine');\n");
    state().openSavedProgram();
    expect(state().code).toBe("print('mine');\n");
    expect(state().sharedProgram).toBeNull();
  });

  it("is reset to the lesson's program with the learner's own saved program as the Undo", () => {
    const { storage, state } = sharedTab("print('mine');\n");
    state().resetProgram();
    expect(state().code).toBe(first.program);
    expect(state().undoable?.code).toBe("print('mine');\n");
    expect(readPreviousProgram(storage, first.id)?.code).toBe("print('mine');\n");
  });

  it("is dropped when another lesson opens", () => {
    const { state } = sharedTab(null);
    state().openLesson(second.id);
    state().openLesson(first.id);
    expect(state().code).toBe(first.program);
  });
});

describe("two tabs on the same lesson", () => {
  function twoTabs() {
    const storage = memoryStorage();
    return { storage, a: tab(storage, "A").state, b: tab(storage, "B").state };
  }

  it("do not overwrite each other: the later save waits and offers both programs", () => {
    const { storage, a, b } = twoTabs();
    a().setCode("print('from A');\n");
    a().saveProgram();
    b().setCode("print('from B');\n");
    b().saveProgram();
    expect(readSavedProgram(storage, first.id)?.code).toBe("print('from A');\n");
    expect(b().otherTabProgram?.code).toBe("print('from A');\n");
    expect(b().saveStatus).toBe("paused");
  });

  it("take the other tab's program on request, keeping this tab's for Undo", () => {
    const { storage, a, b } = twoTabs();
    a().setCode("print('from A');\n");
    a().saveProgram();
    b().setCode("print('from B');\n");
    b().noteOtherTabSave(first.id, readSavedProgram(storage, first.id));
    expect(b().otherTabProgram).not.toBeNull();
    b().loadOtherTabProgram();
    expect(b().code).toBe("print('from A');\n");
    expect(b().undoable).toEqual({ replacedBy: "other-tab", code: "print('from B');\n" });
  });

  it("keep this tab's program on request, as the newest save", () => {
    const { storage, a, b } = twoTabs();
    a().setCode("print('from A');\n");
    a().saveProgram();
    b().setCode("print('from B');\n");
    b().saveProgram();
    b().keepMyProgram();
    expect(readSavedProgram(storage, first.id)).toMatchObject({ code: "print('from B');\n" });
    a().noteOtherTabSave(first.id, readSavedProgram(storage, first.id));
    expect(a().otherTabProgram?.code).toBe("print('from B');\n");
  });

  it("put this tab's program aside when it leaves before the learner chose", () => {
    const { storage, a, b } = twoTabs();
    a().setCode("print('from A');\n");
    a().saveProgram();
    b().setCode("print('from B');\n");
    b().saveBeforeLeaving();
    expect(readPreviousProgram(storage, first.id)).toMatchObject({
      code: "print('from B');\n",
      replacedBy: "other-tab",
    });
  });

  it("agree silently when the other tab saved the same program", () => {
    const { storage, a, b } = twoTabs();
    a().setCode("print('same');\n");
    a().saveProgram();
    b().setCode("print('same');\n");
    b().noteOtherTabSave(first.id, readSavedProgram(storage, first.id));
    b().saveProgram();
    expect(b().otherTabProgram).toBeNull();
    expect(b().saveStatus).toBe("saved");
  });
});
