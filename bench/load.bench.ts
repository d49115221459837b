/**
 * Page load of the production build in headless Chromium (not a timed test: it measures).
 *
 * - Usable editor: from navigation start (the page's time origin) to the moment <body> gets
 *   `data-editor="monaco"` (Monaco created, holding the program; each run then checks that a
 *   key typed into it shows). Also measured: the plain editor the page offers before Monaco
 *   arrives. Aim: usable editor within 2 s.
 * - JavaScript before Monaco: every .js response, from the network log, whose request started
 *   before the first request for one of Monaco's chunks (the lazy MonacoEditor chunk, the
 *   editor API, the TypeScript mode and workers), gzip-compressed here at level 9 to count it
 *   (the preview server sends it uncompressed). Aim: at most 200 KB gzip. The runner script
 *   (runner/runner.js, fetched as text for the sandboxed worker, never run on the page) is
 *   listed apart and counted in the total when it is requested before Monaco.
 *
 * Run: npm run build && npx tsx bench/load.bench.ts [--dist DIR]  ->  bench/results/load.json
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "@playwright/test";
import { percentile, withBuiltApp } from "./built-app";

const RUNS = 5;
const PORT = 4391;
const AIM_EDITOR_MS = 2000;
const AIM_JS_KB = 200;
const MONACO_CHUNK =
  /\/assets\/(MonacoEditor|editor\.api|tsMode|typescript|ts-worker|ts\.worker|editor\.worker)-/;

interface Script {
  url: string;
  startedMs: number;
  bytes: number;
  gzipBytes: number;
}

/** Marks (performance.now()) when the plain editor and then Monaco appear. */
const RECORD_MARKS = () => {
  const marks: Record<string, number> = {};
  (window as unknown as { __loadMarks: Record<string, number> }).__loadMarks = marks;
  new MutationObserver(() => {
    if (!marks.plain && document.querySelector("textarea.plain-editor"))
      marks.plain = performance.now();
    if (!marks.monaco && document.body?.dataset.editor === "monaco")
      marks.monaco = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
};

async function loadOnce(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  await page.addInitScript(RECORD_MARKS);
  const scripts: Script[] = [];
  const started = new Map<string, number>();
  let origin = 0;
  page.on("request", (request) => started.set(request.url(), Date.now() - origin));
  page.on("response", async (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.endsWith(".js")) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const gzipBytes = gzipSync(body, { level: 9 }).length;
    const startedMs = started.get(response.url()) ?? 0;
    scripts.push({ url: path, startedMs, bytes: body.length, gzipBytes });
  });
  origin = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.editor === "monaco", null, {
    timeout: 30_000,
  });
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("//x9");
  await page.locator(".monaco-editor .view-lines", { hasText: "//x9" }).waitFor();
  const marks = await page.evaluate(
    () => (window as unknown as { __loadMarks: Record<string, number> }).__loadMarks,
  );
  await context.close();
  return { marks, scripts };
}

function beforeMonaco(scripts: Script[]) {
  const firstMonaco = Math.min(
    ...scripts.filter((s) => MONACO_CHUNK.test(s.url)).map((s) => s.startedMs),
  );
  const before = scripts.filter((s) => s.startedMs < firstMonaco && !MONACO_CHUNK.test(s.url));
  const kb = (list: Script[]) => Math.round(list.reduce((n, s) => n + s.gzipBytes, 0) / 102.4) / 10;
  const runner = before.filter((s) => s.url.includes("/runner/"));
  const page = before.filter((s) => !s.url.includes("/runner/"));
  return { scripts: before, pageKb: kb(page), runnerKb: kb(runner), totalKb: kb(before) };
}

const median = (values: number[]) => percentile(values, 0.5);
const round = (ms: number) => Math.round(ms);

async function main(argv: string[]) {
  const outDir = argv.includes("--dist") ? argv[argv.indexOf("--dist") + 1] : "dist";
  await withBuiltApp({ port: PORT, outDir }, async (browser) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, `http://127.0.0.1:${PORT}/`));
    const monaco = runs.map((r) => r.marks.monaco);
    const js = beforeMonaco(runs[runs.length - 1].scripts);
    const result = {
      benchmark: "load",
      definition:
        "usable editor = navigation start to <body data-editor=monaco>; JS before Monaco = " +
        ".js responses requested before the first Monaco chunk, gzip level 9",
      runs: RUNS,
      plainEditorMs: { median: round(median(runs.map((r) => r.marks.plain ?? NaN))) },
      usableEditorMs: {
        median: round(median(monaco)),
        max: round(Math.max(...monaco)),
        all: monaco.map(round),
      },
      aimEditorMs: AIM_EDITOR_MS,
      jsBeforeMonacoKbGzip: { page: js.pageKb, runnerScript: js.runnerKb, total: js.totalKb },
      aimJsKbGzip: AIM_JS_KB,
      scriptsBeforeMonaco: js.scripts.map(({ url, bytes, gzipBytes }) => ({
        url,
        bytes,
        gzipBytes,
      })),
      chromium: browser.version(),
      date: new Date().toISOString(),
    };
    writeFileSync(
      fileURLToPath(new URL("results/load.json", import.meta.url)),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    console.log(JSON.stringify(result, null, 2));
  });
}

await main(process.argv.slice(2));
