/**
 * The composition root: the one place that picks the real runner (the sandboxed worker) and
 * hands the store to the UI.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { sandboxFrames } from "./client/warm-frame";
import { WorkerRunner } from "./client/worker-runner";
import { createAppStore } from "./store/app-store";
import { App } from "./ui/App";
import { StoreContext } from "./ui/store-context";
import "./ui/app.css";

async function fetchRunnerScript(): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}runner/runner.js`);
  if (!response.ok) throw new Error(`runner script: HTTP ${response.status}`);
  return response.text();
}

const runner = new WorkerRunner({ createFrame: sandboxFrames(document.body, fetchRunnerScript()) });
const store = createAppStore({ runner });

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
