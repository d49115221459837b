/**
 * The update slice: a new deployment of the playground, installed by the service worker and
 * waiting, is offered to the learner ("reload to update") rather than swapped in under a
 * running lesson. The composition root (main.tsx) reports it with the way to switch over.
 */
import type { AppSlice } from "./app-store";

export interface UpdateSlice {
  /** Whether a new version waits to be used; null while none does (or the learner said later). */
  pendingUpdate: { apply(): void } | null;
  /** Called when a new version is installed: `apply` switches to it and reloads the page. */
  offerUpdate(apply: () => void): void;
  applyUpdate(): void;
  /** "Later": the notice goes until the next new version, the waiting one stays for next visit. */
  dismissUpdate(): void;
}

export function updateSlice(): AppSlice<UpdateSlice> {
  return (set, get) => ({
    pendingUpdate: null,
    offerUpdate: (apply) => set({ pendingUpdate: { apply } }),
    applyUpdate: () => {
      const pending = get().pendingUpdate;
      set({ pendingUpdate: null });
      pending?.apply();
    },
    dismissUpdate: () => set({ pendingUpdate: null }),
  });
}
