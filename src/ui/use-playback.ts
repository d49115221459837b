import { useEffect } from "react";
import { advancePlay, type PlayState } from "../store/playback";
import { useAppStore } from "./store-context";

/**
 * Moves the cursor while play is on, one animation frame at a time (playback.ts says how far).
 * Stops at the last step, when a run starts, and when the run's model goes.
 */
export function usePlayback(): void {
  const store = useAppStore();
  useEffect(() => {
    let frame = 0;
    let play: PlayState | null = null;
    let before = 0;
    const tick = (now: number) => {
      const state = store.getState();
      const { model } = state;
      if (!state.playing || model === null || state.status === "running") {
        if (state.playing) state.setPlaying(false);
        play = null;
        return;
      }
      // The learner may have moved the cursor between frames: play goes on from there.
      if (play === null || play.step !== state.step)
        play = { step: state.step, credit: 0, clock: 0 };
      else play = advancePlay(model, play, Math.min(0.25, (now - before) / 1000), state.speed);
      before = now;
      if (play.step !== state.step) state.setStep(play.step);
      if (play.step >= model.stepCount - 1) state.setPlaying(false);
      else frame = requestAnimationFrame(tick);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.playing && !previous.playing) {
        play = null;
        frame = requestAnimationFrame(tick);
      }
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);
}
