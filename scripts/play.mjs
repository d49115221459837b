#!/usr/bin/env node
// `npm run --silent play -- PROGRAM.ts [--json] [--trace FILE.json] [--seed N]`: runs one
// learner program headless (src/cli). It runs the command built by Vite and minified, as the
// runner and the benchmarks are, not through tsx: tsx compiles with esbuild's keepNames, whose
// class-name wrappers put V8's construction of the runtime's operations on a slow path
// (bench/README.md). The build is kept in node_modules/.cache/play and made again only when a
// file under src/ is newer; paths are resolved from the caller's directory (src/cli/main.ts).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cacheDir = join(root, "node_modules", ".cache", "play");
const built = join(cacheDir, "cli.mjs");

/** The newest modification time of the command's sources (src/, and this script). */
function newestSource() {
  const src = join(root, "src");
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs;
  for (const name of readdirSync(src, { recursive: true, encoding: "utf8" })) {
    if (/\.(ts|tsx|json)$/.test(name)) newest = Math.max(newest, statSync(join(src, name)).mtimeMs);
  }
  return newest;
}

/** Build src/cli/main.ts into `built`; a build of its own folder, moved into place whole. */
async function buildCli() {
  const { build } = await import("vite");
  const outDir = join(cacheDir, `build-${process.pid}`);
  await build({
    configFile: false,
    publicDir: false,
    logLevel: "warn",
    root,
    build: {
      ssr: true,
      target: "es2022",
      minify: true,
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rollupOptions: {
        input: { cli: join(root, "src/cli/main.ts") },
        output: { entryFileNames: "[name].mjs", format: "es" },
      },
    },
  });
  const files = readdirSync(outDir);
  if (files.length !== 1) throw new Error(`play: expected one built file, got ${files.join(", ")}`);
  // A rename is atomic: a play started meanwhile loads the old build or the new, never half.
  renameSync(join(outDir, "cli.mjs"), built);
  rmSync(outDir, { recursive: true, force: true });
}

if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
  mkdirSync(cacheDir, { recursive: true });
  await buildCli();
}
const { main } = await import(pathToFileURL(built).href);
main(process.argv.slice(2));
