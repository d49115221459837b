/**
 * The layout slice: what is open on screen. The lesson list is a sidebar on wide screens and a
 * drawer on narrow ones; the keyboard help is a dialog. Whether the learner closed the sidebar
 * is remembered (a drawer always starts closed, so its state is not).
 */
import type { AppSlice } from "./app-store";
import type { PreferenceStorage } from "./preferences";

export const LESSON_LIST_KEY = "greenlet-playground:lesson-list:v1";

export interface LayoutSlice {
  lessonListOpen: boolean;
  helpOpen: boolean;
  setLessonListOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
}

export interface LayoutOptions {
  /** Whether the list starts open, before the learner's remembered choice. */
  lessonListOpen: boolean;
  storage: PreferenceStorage | null;
  /** Whether the list is a sidebar now (a wide screen): only then is its state remembered. */
  isSidebar: () => boolean;
}

/** The sidebar's remembered state: true open, false closed, null never chosen. */
export function rememberedLessonList(storage: PreferenceStorage | null): boolean | null {
  try {
    const value = storage?.getItem(LESSON_LIST_KEY);
    return value === "open" ? true : value === "closed" ? false : null;
  } catch {
    return null;
  }
}

function rememberLessonList(storage: PreferenceStorage | null, open: boolean): void {
  try {
    storage?.setItem(LESSON_LIST_KEY, open ? "open" : "closed");
  } catch {
    // Refused: the choice holds for this visit.
  }
}

export function layoutSlice({
  lessonListOpen,
  storage,
  isSidebar,
}: LayoutOptions): AppSlice<LayoutSlice> {
  return (set) => ({
    lessonListOpen: lessonListOpen && rememberedLessonList(storage) !== false,
    helpOpen: false,
    setLessonListOpen: (open) => {
      if (isSidebar()) rememberLessonList(storage, open);
      set({ lessonListOpen: open });
    },
    setHelpOpen: (open) => set({ helpOpen: open }),
  });
}
