/**
 * The app's one vanilla zustand store, made of slices: the run (run-slice.ts), the lesson
 * (lesson-slice.ts), the learner's preferences (prefs-slice.ts), what is open on screen
 * (layout-slice.ts), the saved programs (persistence-slice.ts) and the tasks done
 * (task-progress-slice.ts). React reads it through selectors (selectors.ts, src/ui); tests drive it
 * directly.
 */
import { createStore, type StateCreator, type StoreApi } from "zustand/vanilla";
import type { Runner } from "../client/runner";
import type { RunLimits } from "../protocol";
import { cursorSlice, type CursorSlice } from "./cursor-slice";
import { labSlice, type LabSlice } from "./lab-slice";
import { layoutSlice, type LayoutSlice } from "./layout-slice";
import type { Lesson } from "./lesson-catalog";
import { lessonSlice, type LessonSlice } from "./lesson-slice";
import {
  persistenceSlice,
  type PersistenceOptions,
  type PersistenceSlice,
} from "./persistence-slice";
import type { PreferenceStorage, Preferences } from "./preferences";
import { playbackSlice, type PlaybackSlice } from "./playback-slice";
import { initialPreferences, prefsSlice, type PrefsSlice } from "./prefs-slice";
import { runSlice, type RunSlice } from "./run-slice";
import type { ScheduleTask } from "./sliced-queue";
import { sideTabSlice, type SideTabSlice } from "./side-tab-slice";
import { STARTER_PROGRAM } from "./starter-program";
import { taskProgressSlice, type TaskProgressSlice } from "./task-progress-slice";
import { updateSlice, type UpdateSlice } from "./update-slice";

export type { RunStatus } from "./run-slice";

export type AppState = RunSlice &
  CursorSlice &
  PlaybackSlice &
  SideTabSlice &
  LessonSlice &
  PrefsSlice &
  LayoutSlice &
  PersistenceSlice &
  TaskProgressSlice &
  UpdateSlice &
  LabSlice;

/** One slice's part of the state, with access to the whole store. */
export type AppSlice<S> = StateCreator<AppState, [], [], S>;

export type AppStore = StoreApi<AppState>;

export interface AppStoreOptions {
  runner: Runner;
  /** The program before any lesson opens. */
  code?: string;
  seed?: number;
  limits?: RunLimits;
  /** The program a lesson opens with; by default the lesson's own. */
  programFor?: (lesson: Lesson) => string;
  /** Where the learner's preferences are remembered (localStorage in the browser). */
  storage?: PreferenceStorage | null;
  /** The preferences until the learner chooses (from the browser's settings). */
  defaults?: Partial<Preferences>;
  /** Whether the lesson list starts open (a sidebar on wide screens), unless closed before. */
  lessonListOpen?: boolean;
  /** Whether the lesson list is a sidebar now; by default it is. */
  isSidebar?: () => boolean;
  /** Where the learner's programs are saved (persistence-slice.ts); by default nowhere. */
  programs?: PersistenceOptions;
  /** How a run's messages are read and published (run-slice.ts); by default the page's tasks and frames. */
  scheduling?: { scheduleTask?: ScheduleTask; scheduleFrame?: ScheduleTask };
}

const DEFAULT_PREFERENCES: Preferences = { locale: "en", theme: "light", presentation: false };

export function createAppStore(options: AppStoreOptions): AppStore {
  const { runner, code = STARTER_PROGRAM, seed = 1, limits = {} } = options;
  const run = runSlice({ runner, code, seed, limits, ...options.scheduling });
  const lesson = lessonSlice({ programFor: options.programFor ?? ((l) => l.program) });
  const prefsOptions = {
    defaults: { ...DEFAULT_PREFERENCES, ...options.defaults },
    storage: options.storage ?? null,
  };
  const prefs = prefsSlice(prefsOptions);
  // In presentation mode the program and its output get the room; the list opens on demand.
  const presenting = initialPreferences(prefsOptions).presentation;
  const layout = layoutSlice({
    lessonListOpen: (options.lessonListOpen ?? true) && !presenting,
    storage: prefsOptions.storage,
    isSidebar: options.isSidebar ?? (() => true),
  });
  return createStore<AppState>()((...api) => ({
    ...run(...api),
    ...cursorSlice()(...api),
    ...playbackSlice()(...api),
    ...sideTabSlice()(...api),
    ...lesson(...api),
    ...prefs(...api),
    ...layout(...api),
    ...persistenceSlice(options.programs ?? {})(...api),
    ...taskProgressSlice(options.storage ?? null)(...api),
    ...updateSlice()(...api),
    ...labSlice()(...api),
  }));
}
