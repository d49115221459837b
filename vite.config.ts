import react from "@vitejs/plugin-react";
import { build, defineConfig, type Plugin } from "vite";
import { offlinePlugin } from "./vite.offline.js";

/**
 * In dev, keeps public/runner/runner.js built from src/worker (and what it imports) and rebuilt
 * on every change, so `npm start` always serves the current runtime. The server starts once the
 * first build is written. Production builds it beforehand (`npm run build:runner`).
 */
function runnerBundle(): Plugin {
  return {
    name: "runner-bundle",
    apply: "serve",
    async configureServer(server) {
      const watcher = await build({ configFile: "vite.runner.config.ts", build: { watch: {} } });
      if (!("on" in watcher)) return;
      server.httpServer?.once("close", () => void watcher.close());
      await new Promise<void>((resolve) => {
        watcher.on("event", (event) => {
          if (event.code === "BUNDLE_END") void event.result.close();
          if (event.code === "ERROR") server.config.logger.error(String(event.error));
          if (event.code === "END" || event.code === "ERROR") resolve();
        });
      });
    },
  };
}

/**
 * Monaco's TypeScript worker manager names its own worker with `new URL("ts.worker.js", ...)`,
 * which Vite bundles (6.9 MB) although MonacoEnvironment.getWorker always answers first with
 * the playground's subclass (src/ui/monaco/ts-worker.ts). The reference is cut, so the build
 * ships one TypeScript worker.
 */
function oneTypeScriptWorker(): Plugin {
  const manager = /monaco-editor\/esm\/vs\/languages\/features\/typescript\/workerManager\.js$/;
  const reference = `new Worker(new URL('ts.worker.js', import.meta.url), { type: "module" })`;
  return {
    name: "one-typescript-worker",
    enforce: "pre",
    transform(code, id) {
      if (!manager.test(id)) return null;
      if (!code.includes(reference)) {
        this.error("Monaco's TypeScript worker manager changed: update oneTypeScriptWorker");
      }
      const unused = `(() => { throw new Error("MonacoEnvironment.getWorker starts this worker"); })()`;
      return { code: code.replace(reference, unused), map: null };
    },
  };
}

export default defineConfig({
  // Relative URLs throughout: dist/ works from any path of any static host (README).
  base: "./",
  plugins: [react(), runnerBundle(), oneTypeScriptWorker(), offlinePlugin()],
  build: {
    target: "es2022",
    // Monaco's editor and TypeScript worker are big by nature; they load lazily.
    chunkSizeWarningLimit: 4096,
    // Two pages: the playground, and the embed for other sites' iframes (docs/embed.md).
    rolldownOptions: { input: { index: "index.html", embed: "embed.html" } },
  },
  worker: { format: "es" },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
