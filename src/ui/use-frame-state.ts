import { useEffect, useState } from "react";
import type { AppState } from "../store/app-store";
import { useAppStore } from "./store-context";

/**
 * Reads one slice of the app state like `useAppState`, but re-renders at most once an
 * animation frame: for what a run updates hundreds of times a second (its output), which the
 * page could not draw as often and still answer the learner.
 */
export function useFrameState<T>(selector: (state: AppState) => T): T {
  const store = useAppStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      setValue(() => selector(store.getState()));
    };
    update();
    const unsubscribe = store.subscribe((state, previous) => {
      if (frame === 0 && selector(state) !== selector(previous)) {
        frame = requestAnimationFrame(update);
      }
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
    // The selector is a fixed function of the state at each call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return value;
}
