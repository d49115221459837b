/**
 * The persistence slice: the learner's program of each lesson saved as they type and on Run,
 * restored when the lesson opens again; reset, upload and another tab's code replace it only
 * with an Undo and a copy kept aside; a program from a share link is shown without touching the
 * saved one until the learner edits it. Timers and storage events are wired outside
 * (persistence-sync.ts); these actions decide. See persistence.ts for the records.
 *
 * How a shared program meets saving: while it is unedited nothing is saved (the learner's own
 * program of that lesson stays as it was, one click away); the first edit makes it the learner's:
 * the program saved before is put aside (previous-program record, and an Undo), then the edit is
 * saved under the lesson like any other.
 */
import type { AppSlice } from "./app-store";
import { lessonById, type Lesson } from "./lesson-catalog";
import {
  maySaveOver,
  readSavedProgram,
  writePreviousProgram,
  writeSavedProgram,
  type ProgramStorage,
  type ReplacedBy,
  type SavedProgram,
} from "./persistence";
import type { SharedProgram } from "./share-link";
import { readPendingShare, writePendingShare } from "./share-pending";

export type SaveStatus = "saved" | "pending" | "paused" | "failed";

export interface PersistenceSlice {
  /** The program in the editor came from a share link and is not edited yet. */
  sharedProgram: SharedProgram | null;
  /** A share link that could not be read. */
  brokenShareLink: "damaged" | "newer-version" | null;
  /** Another tab saved different code for this lesson: saving here waits for the learner. */
  otherTabProgram: SavedProgram | null;
  /** The code the last replacement put aside, which Undo brings back. */
  undoable: { replacedBy: ReplacedBy; code: string } | null;
  saveStatus: SaveStatus;
  /** The program a lesson opens with: the shared one, the saved one, else the lesson's own. */
  programForLesson(lesson: Lesson): string;
  /** Saves the editor's program now if it changed (the debounce, Run, leaving the lesson). */
  saveProgram(): void;
  /**
   * Saves before the program leaves the screen (another lesson, the page closing). While another
   * tab's save waits for the learner's choice, this tab's program is put aside instead.
   */
  saveBeforeLeaving(): void;
  markUnsaved(): void;
  resetProgram(): void;
  uploadProgram(code: string): void;
  undoReplace(): void;
  dismissUndo(): void;
  dismissBrokenShareLink(): void;
  /** The storage event: `record` was just saved for `lessonId` in another tab. */
  noteOtherTabSave(lessonId: string, record: SavedProgram | null): void;
  loadOtherTabProgram(): void;
  keepMyProgram(): void;
  /** Leaves an unedited shared program for the learner's own program of the lesson. */
  openSavedProgram(): void;
  /** Shows a program from a share link (opening its lesson), saving nothing over the learner's. */
  showSharedProgram(program: SharedProgram): void;
  /** A share link that could not be read was followed. */
  noteBrokenShareLink(reason: "damaged" | "newer-version"): void;
}

export interface PersistenceOptions {
  storage?: ProgramStorage | null;
  /** The tab's session storage: where a shared program waits (share-pending.ts). */
  session?: ProgramStorage | null;
  /** This tab's id, written with its saves. */
  tabId?: string;
  now?: () => number;
  brokenShareLink?: "damaged" | "newer-version" | null;
}

export function persistenceSlice(options: PersistenceOptions): AppSlice<PersistenceSlice> {
  const { storage = null, session = null, tabId = "tab", now = Date.now } = options;
  return (set, get) => {
    // The code last saved or loaded for the open lesson, and the revision this tab last saw.
    let baseline: string | null = null;
    let seenRev = 0;

    const lessonOpen = () => get().lessonId;
    const adopt = (code: string, rev: number) => {
      baseline = code;
      seenRev = rev;
    };
    const putAside = (lessonId: string, code: string, replacedBy: ReplacedBy) => {
      writePreviousProgram(storage, lessonId, { code, savedAt: now(), replacedBy });
    };

    /** Drops an unedited shared program: it was never the learner's, nothing to keep. */
    const dropShare = () => {
      writePendingShare(session, null);
      set({ sharedProgram: null });
    };

    /**
     * Replaces the editor's program with `code`, keeping the learner's own (the saved one when
     * a shared program is shown) aside and for Undo.
     */
    const replace = (code: string, replacedBy: ReplacedBy) => {
      const lessonId = lessonOpen();
      let mine: string | null = get().code;
      if (get().sharedProgram) {
        dropShare();
        mine = lessonId === null ? null : (readSavedProgram(storage, lessonId)?.code ?? null);
      }
      const kept = mine !== null && mine !== code;
      if (kept && lessonId !== null) putAside(lessonId, mine!, replacedBy);
      set({ undoable: kept ? { replacedBy, code: mine! } : null });
      get().setCode(code);
      get().saveProgram();
    };

    /** The first edit of a shared program makes it the learner's (see the top of this file). */
    const claimSharedProgram = (lessonId: string, code: string) => {
      const shared = get().sharedProgram!;
      if (code === shared.code) return false;
      const saved = readSavedProgram(storage, lessonId);
      if (saved && saved.code !== code) {
        putAside(lessonId, saved.code, "shared-link");
        set({ undoable: { replacedBy: "shared-link", code: saved.code } });
      }
      if (saved) seenRev = Math.max(seenRev, saved.rev);
      dropShare();
      return true;
    };

    const save = () => {
      const { code, lessonId, sharedProgram, otherTabProgram } = get();
      if (lessonId === null || otherTabProgram) return;
      // A shared program waiting for its lesson to open is not the one on screen yet.
      const sharedOnScreen = sharedProgram?.lessonId === lessonId;
      if (sharedOnScreen && !claimSharedProgram(lessonId, code)) return;
      if (code === baseline) return set({ saveStatus: "saved" });
      const stored = readSavedProgram(storage, lessonId);
      if (stored && stored.code === code) {
        adopt(code, stored.rev);
        return set({ saveStatus: "saved" });
      }
      if (!maySaveOver(stored, seenRev, tabId)) {
        return set({ otherTabProgram: stored, saveStatus: "paused" });
      }
      const written = writeSavedProgram(
        storage,
        lessonId,
        { code, savedAt: now(), tab: tabId },
        stored,
      );
      if (written) adopt(code, written.rev);
      set({ saveStatus: written ? "saved" : "failed" });
    };

    return {
      sharedProgram: readPendingShare(session),
      brokenShareLink: options.brokenShareLink ?? null,
      otherTabProgram: null,
      undoable: null,
      saveStatus: "saved",
      programForLesson: (lesson) => {
        // Whatever the lesson being left holds is saved before it goes.
        get().saveBeforeLeaving();
        const shared = get().sharedProgram;
        const saved = readSavedProgram(storage, lesson.id);
        adopt(saved?.code ?? lesson.program, saved?.rev ?? 0);
        set({ otherTabProgram: null, undoable: null, saveStatus: "saved" });
        if (shared?.lessonId === lesson.id) return shared.code;
        if (shared) dropShare();
        return baseline!;
      },
      saveProgram: save,
      saveBeforeLeaving: () => {
        save();
        const { code, lessonId, otherTabProgram } = get();
        if (lessonId !== null && otherTabProgram && code !== otherTabProgram.code) {
          putAside(lessonId, code, "other-tab");
        }
      },
      markUnsaved: () => {
        const { code, sharedProgram, otherTabProgram } = get();
        if (code !== baseline && !sharedProgram && !otherTabProgram) set({ saveStatus: "pending" });
      },
      resetProgram: () => {
        const lesson = lessonById(lessonOpen());
        if (lesson) replace(lesson.program, "reset");
      },
      uploadProgram: (code) => replace(code, "upload"),
      undoReplace: () => {
        const { undoable } = get();
        if (!undoable) return;
        const lessonId = lessonOpen();
        if (lessonId !== null) putAside(lessonId, get().code, undoable.replacedBy);
        set({ undoable: null });
        get().setCode(undoable.code);
        get().saveProgram();
      },
      dismissUndo: () => set({ undoable: null }),
      dismissBrokenShareLink: () => set({ brokenShareLink: null }),
      noteOtherTabSave: (lessonId, record) => {
        if (lessonId !== lessonOpen() || !record || record.tab === tabId) return;
        if (record.rev <= seenRev) return;
        // Same code, or a shared program on screen (not the learner's yet): nothing to choose.
        if (record.code === get().code || get().sharedProgram?.lessonId === lessonId) {
          return adopt(record.code, record.rev);
        }
        set({ otherTabProgram: record, saveStatus: "paused" });
      },
      loadOtherTabProgram: () => {
        const theirs = get().otherTabProgram;
        if (!theirs) return;
        adopt(theirs.code, theirs.rev);
        set({ otherTabProgram: null, saveStatus: "saved" });
        replace(theirs.code, "other-tab");
      },
      keepMyProgram: () => {
        const theirs = get().otherTabProgram;
        if (!theirs) return;
        // The learner chose: this tab's program becomes the newest revision, over theirs.
        seenRev = Math.max(seenRev, theirs.rev);
        baseline = null;
        set({ otherTabProgram: null });
        get().saveProgram();
      },
      showSharedProgram: (program) => {
        get().saveBeforeLeaving();
        writePendingShare(session, program);
        set({ sharedProgram: program, undoable: null, otherTabProgram: null });
        if (program.lessonId !== null && program.lessonId !== lessonOpen()) {
          get().openLesson(program.lessonId);
        } else {
          get().setCode(program.code);
        }
      },
      noteBrokenShareLink: (reason) => set({ brokenShareLink: reason }),
      openSavedProgram: () => {
        const lesson = lessonById(lessonOpen());
        if (!lesson || !get().sharedProgram) return;
        dropShare();
        get().setCode(readSavedProgram(storage, lesson.id)?.code ?? lesson.program);
      },
    };
  };
}
