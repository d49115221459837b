import { useCallback, useSyncExternalStore } from "react";

/** The width below which the panes stack and the page scrolls (layout.css, "Narrow"). */
export const PHONE_QUERY = "(max-width: 719px)";

/** Whether `query` matches now, re-rendering when that changes (a rotated phone, a resized window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
