/**
 * Registers the service worker (vite.offline.ts) and reports what it does: `data-offline="ready"`
 * on <body> once the whole playground is cached (tests go offline after it), and a new
 * deployment, once installed, as an offer in the store ("reload to update"). An open page asks
 * for a new version now and then, and when it comes back into view, since a classroom's tab may
 * stay open for hours.
 */
import { registerSW } from "virtual:pwa-register";
import type { AppStore } from "./store/app-store";

const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;

export function registerServiceWorker(store: AppStore, body: HTMLElement): void {
  if (!("serviceWorker" in navigator)) return;
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => store.getState().offerUpdate(() => void updateServiceWorker(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      const check = () => void registration.update().catch(() => undefined);
      setInterval(check, UPDATE_CHECK_INTERVAL_MS);
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") check();
      });
    },
  });
  // A worker becomes active only once it has cached everything it precaches.
  void navigator.serviceWorker.ready.then(() => {
    body.dataset.offline = "ready";
  });
}
