/**
 * The composition root: the one place that picks the real runner (the sandboxed worker) and
 * hands the store to the UI.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { fetchRunnerScript } from "./client/runner-script";
import { sandboxFrames } from "./client/warm-frame";
import { WorkerRunner } from "./client/worker-runner";
import { registerServiceWorker } from "./service-worker-registration";
import { pickLocale } from "./i18n/messages";
import { createAppStore, type AppStore } from "./store/app-store";
import { browserPersistenceEnvironment, connectPersistence } from "./store/persistence-sync";
import { browserLocation, followShareLinks, takeShareLinkAtStart } from "./store/share-routing";
import { App } from "./ui/App";
import { whenEditorUp } from "./ui/monaco/editor-ready";
import { StoreContext } from "./ui/store-context";
import "./ui/app.css";

// The runner script (~140 KB gzip) is needed at the first Run, the editor at once: it is fetched
// once Monaco is up, so that Monaco's chunks load first (bench/load.bench.ts).
const runnerScript = whenEditorUp(document.body).then(() =>
  fetchRunnerScript(import.meta.env.BASE_URL),
);
const runner = new WorkerRunner({ createFrame: sandboxFrames(document.body, runnerScript) });
/** localStorage, unless the browser refuses it (then preferences last for this visit). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** sessionStorage, unless refused: a shared program then shows until the tab reloads. */
function browserSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

// A share link's program moves to this tab's session before the lesson route is read.
const pageLocation = browserLocation(window);
const shareLink = takeShareLinkAtStart(pageLocation, browserSessionStorage());

/** Wide enough for the lesson list as a sidebar (layout.css says the same). */
const SIDEBAR_QUERY = "(min-width: 1024px)";

const store: AppStore = createAppStore({
  runner,
  storage: browserStorage(),
  // Lessons open with the learner's saved program (persistence-slice.ts).
  programFor: (lesson) => store.getState().programForLesson(lesson),
  programs: {
    storage: browserStorage(),
    session: browserSessionStorage(),
    tabId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    brokenShareLink: shareLink.kind === "unreadable" ? shareLink.reason : null,
  },
  defaults: {
    locale: pickLocale(navigator.languages),
    theme: window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light",
  },
  // A sidebar where there is room for one; on narrow screens the list is a drawer, closed.
  lessonListOpen: window.matchMedia(SIDEBAR_QUERY).matches,
  isSidebar: () => window.matchMedia(SIDEBAR_QUERY).matches,
});
connectPersistence(store, browserPersistenceEnvironment(window));
followShareLinks(store, pageLocation);
registerServiceWorker(store, document.body);
// A step in the address (`?step=N`, also an embed's "Open in the playground") is followed by
// the app's step route (use-step-route.ts): it runs the program and shows that step.

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
