/**
 * The embed's composition root (embed.html, docs/embed.md): the same runner and store as the
 * app, opened on the program its address names, with the options it carries (step, language,
 * theme, panes, read-only, autoplay), and connected to the host page by postMessage. It
 * remembers nothing: a tutorial's example must not change the visitor's saved programs or
 * settings, nor they the example.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { fetchRunnerScript } from "./client/runner-script";
import { sandboxFrames } from "./client/warm-frame";
import { WorkerRunner } from "./client/worker-runner";
import { messagesFor, pickLocale } from "./i18n/messages";
import { registerServiceWorker } from "./service-worker-registration";
import { createAppStore, type AppStore } from "./store/app-store";
import { browserEmbedWindow, connectEmbedBridge } from "./store/embed-bridge";
import { parseEmbedFragment, type EmbedProgram } from "./store/embed-fragment";
import { EMBED_PANES } from "./store/fragment-options";
import { LESSONS } from "./store/lesson-catalog";
import { runToStep } from "./store/run-to-step";
import { EmbedApp } from "./ui/EmbedApp";
import { whenEditorUp } from "./ui/monaco/editor-ready";
import { StoreContext } from "./ui/store-context";
import "./ui/app.css";

const { program, options } = parseEmbedFragment(window.location.hash);

const runnerScript = whenEditorUp(document.body).then(() =>
  fetchRunnerScript(import.meta.env.BASE_URL),
);
const runner = new WorkerRunner({ createFrame: sandboxFrames(document.body, runnerScript) });
const store: AppStore = createAppStore({
  runner,
  defaults: {
    locale: options.locale ?? pickLocale(navigator.languages),
    theme:
      options.theme ??
      (window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"),
  },
  lessonListOpen: false,
});

/** Puts the address's program in the editor; returns why it could not, if it could not. */
function openProgram(program: EmbedProgram): string | null {
  const state = store.getState();
  const t = messagesFor(state.locale);
  if (program.kind === "lesson") {
    state.openLesson(program.id);
    return store.getState().missingLessonId === null ? null : t.lessonMissing({ id: program.id });
  }
  if (program.kind === "shared") {
    const { lessonId, code } = program.program;
    if (lessonId !== null) state.openLesson(lessonId);
    store.getState().setCode(code);
    return null;
  }
  if (LESSONS.length > 0) state.openLesson(LESSONS[0].id);
  return program.kind === "unreadable" ? t.program.brokenLink(program.reason) : null;
}

const problem = openProgram(program);
connectEmbedBridge(store, browserEmbedWindow(window), whenEditorUp(document.body));
registerServiceWorker(store, document.body);
// A step exists only after a run: asking for one runs the program, as autoplay does.
if (options.autoplay || options.step !== null) runToStep(store, options.step);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <EmbedApp
        panes={options.panes ?? EMBED_PANES}
        readOnly={options.readOnly}
        problem={problem}
      />
    </StoreContext.Provider>
  </StrictMode>,
);
