/**
 * The layout slice: what is open on screen. The lesson list is a sidebar on wide screens and a
 * drawer on narrow ones; the keyboard help is a dialog. Not remembered.
 */
import type { AppSlice } from "./app-store";

export interface LayoutSlice {
  lessonListOpen: boolean;
  helpOpen: boolean;
  setLessonListOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
}

export function layoutSlice(lessonListOpen: boolean): AppSlice<LayoutSlice> {
  return (set) => ({
    lessonListOpen,
    helpOpen: false,
    setLessonListOpen: (open) => set({ lessonListOpen: open }),
    setHelpOpen: (open) => set({ helpOpen: open }),
  });
}
