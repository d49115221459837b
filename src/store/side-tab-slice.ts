/**
 * Which of the run's views the right-hand pane shows: the output while a run goes on, the
 * inspector once the learner steps (unless they chose another view), or the event table.
 */
import type { AppSlice } from "./app-store";

export type SideTab = "output" | "inspector" | "events";

export interface SideTabSlice {
  sideTab: SideTab;
  setSideTab(tab: SideTab): void;
  /** The learner stepped: the output gives way to the inspector, another choice stays. */
  revealInspector(): void;
}

export function sideTabSlice(): AppSlice<SideTabSlice> {
  return (set, get) => ({
    sideTab: "output",
    setSideTab: (tab) => set({ sideTab: tab }),
    revealInspector: () => {
      if (get().sideTab === "output") set({ sideTab: "inspector" });
    },
  });
}
