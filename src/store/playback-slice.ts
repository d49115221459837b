/**
 * Playing the run: whether the cursor moves by itself, and how fast. The frames that move it
 * are the page's (src/ui/use-playback.ts, through advancePlay in playback.ts); the slice holds
 * only the choice. A run starting, or the cursor reaching the end, stops play.
 */
import type { AppSlice } from "./app-store";
import type { PlaybackSpeed } from "./playback";

export interface PlaybackSlice {
  playing: boolean;
  speed: PlaybackSpeed;
  /** Starts or stops play; starting at the last step starts again from the first. */
  togglePlaying(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: PlaybackSpeed): void;
}

export function playbackSlice(): AppSlice<PlaybackSlice> {
  return (set, get) => ({
    playing: false,
    speed: 2,
    togglePlaying: () => get().setPlaying(!get().playing),
    setPlaying: (playing) => {
      const { model, step } = get();
      if (!playing || model === null || model.stepCount === 0 || get().status === "running") {
        return set({ playing: false });
      }
      if (step >= model.stepCount - 1) get().setStep(0);
      set({ playing: true });
    },
    setSpeed: (speed) => set({ speed }),
  });
}
