// Where a usable Chromium is, without downloading anything: shared by the setup script and the
// Playwright config so both agree on the browser.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** The browser Playwright would use from its own cache, if that revision is installed. */
function playwrightOwnChromium(root) {
  const browsersJson = join(root, "node_modules/playwright-core/browsers.json");
  if (!existsSync(browsersJson)) return null;
  const { browsers } = JSON.parse(readFileSync(browsersJson, "utf8"));
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), ".cache/ms-playwright");
  for (const name of ["chromium", "chromium-headless-shell"]) {
    const entry = browsers.find((b) => b.name === name);
    const dir = entry && join(cache, `${name.replaceAll("-", "_")}-${entry.revision}`);
    if (dir && existsSync(dir)) return dir;
  }
  return null;
}

/**
 * Finds Chromium: CHROMIUM_PATH, then the system package, then Playwright's own browsers.
 * Returns `{ executablePath }` (undefined executablePath = let Playwright use its own) or null.
 */
/**
 * The flags every headless Chromium of this project starts with: no sandbox (root in CI), no
 * GPU, and nothing that reaches for the network, which is closed here.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function findChromium(root = process.cwd()) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, source: "CHROMIUM_PATH" };
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: "system" };
  const own = playwrightOwnChromium(root);
  if (own) return { executablePath: undefined, source: own };
  return null;
}
