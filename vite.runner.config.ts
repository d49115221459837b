/**
 * Builds the runner worker (src/worker/runner-entry.ts with the compile step and the runtime)
 * into ONE self-contained classic script, public/runner/runner.js. The sandbox frame can only
 * start a classic worker from a blob of script text it is handed, so the runner cannot be a
 * module worker with imports; being in public/, the same file serves dev and production.
 */
import { defineConfig } from "vite";

export default defineConfig({
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: "public/runner",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    minify: true,
    lib: {
      entry: "src/worker/runner-entry.ts",
      formats: ["iife"],
      name: "greenletRunner",
      fileName: () => "runner.js",
    },
  },
});
