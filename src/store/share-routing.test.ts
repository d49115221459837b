import { describe, expect, it } from "vitest";
import { LESSONS } from "./lesson-catalog";
import { programKey } from "./persistence";
import { memoryStorage, storeWithPrograms } from "./persistence.testing";
import { encodeShareFragment } from "./share-link";
import { readPendingShare } from "./share-pending";
import { followShareLinks, takeShareLinkAtStart, type PageLocation } from "./share-routing";

const [first, second] = LESSONS;

function fakeLocation(initial: string) {
  let hash = initial;
  const listeners: Array<() => void> = [];
  const location: PageLocation = {
    hash: () => hash,
    replaceHash: (next) => void (hash = next),
    onHashChange: (listener) => {
      listeners.push(listener);
      return () => void listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  const navigate = (next: string) => {
    hash = next;
    listeners.forEach((l) => l());
  };
  return { location, navigate, current: () => hash };
}

describe("opening a share link", () => {
  it("moves the program to the tab's session and the address to the lesson's route", () => {
    const shared = { lessonId: second.id, code: "print('shared');\n" };
    const page = fakeLocation(encodeShareFragment(shared));
    const session = memoryStorage();
    expect(takeShareLinkAtStart(page.location, session)).toMatchObject({ kind: "shared" });
    expect(page.current()).toBe(`#lesson/${second.id}`);
    expect(readPendingShare(session)).toEqual(shared);
  });

  it("keeps a step that follows the link beside the lesson's route", () => {
    const shared = { lessonId: second.id, code: "print('shared');\n" };
    const page = fakeLocation(`${encodeShareFragment(shared)}?step=4`);
    const session = memoryStorage();
    expect(takeShareLinkAtStart(page.location, session)).toMatchObject({ kind: "shared" });
    expect(page.current()).toBe(`#lesson/${second.id}?step=4`);
    expect(readPendingShare(session)).toEqual(shared);
  });

  it("leaves other fragments alone and drops a broken link from the address", () => {
    const route = fakeLocation(`#lesson/${first.id}`);
    expect(takeShareLinkAtStart(route.location, null)).toEqual({ kind: "not-a-share" });
    expect(route.current()).toBe(`#lesson/${first.id}`);
    const broken = fakeLocation("#v9/queue/xyz");
    expect(takeShareLinkAtStart(broken.location, null)).toMatchObject({ kind: "unreadable" });
    expect(broken.current()).toBe("");
  });

  it("opens the lesson a damaged link names, and drops only what cannot be read", () => {
    const damaged = fakeLocation(`#v1/${second.id}/%%%`);
    expect(takeShareLinkAtStart(damaged.location, null)).toMatchObject({
      kind: "unreadable",
      reason: "damaged",
    });
    expect(damaged.current()).toBe(`#lesson/${second.id}`);
  });

  it("shows a program shared from no lesson in the first lesson", () => {
    const page = fakeLocation(encodeShareFragment({ lessonId: null, code: "print('loose');\n" }));
    const session = memoryStorage();
    takeShareLinkAtStart(page.location, session);
    expect(page.current()).toBe(`#lesson/${first.id}`);
    const store = storeWithPrograms({ storage: memoryStorage(), session, tabId: "A" });
    store.getState().openLesson(first.id);
    expect(store.getState()).toMatchObject({ code: "print('loose');\n" });
    expect(store.getState().sharedProgram).not.toBeNull();
  });

  it("pasted into a running app, shows the program and keeps the learner's saved one", () => {
    const storage = memoryStorage();
    const store = storeWithPrograms({ storage, session: memoryStorage(), tabId: "A" });
    store.getState().openLesson(first.id);
    store.getState().setCode("print('mine');\n");
    const page = fakeLocation(`#lesson/${first.id}`);
    followShareLinks(store, page.location);
    page.navigate(encodeShareFragment({ lessonId: second.id, code: "print('shared');\n" }));
    expect(store.getState()).toMatchObject({ lessonId: second.id, code: "print('shared');\n" });
    expect(page.current()).toBe(`#lesson/${second.id}`);
    // The program being left was saved before the shared one replaced it on screen.
    expect(storage.getItem(programKey(first.id))).toContain("mine");
    page.navigate("#v1/queue/%%%");
    expect(store.getState().brokenShareLink).toBe("damaged");
  });
});
