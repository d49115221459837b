/**
 * The page under a flood of output, in the production build in headless Chromium (it measures;
 * the browser test e2e/print-flood.spec.ts holds the aims).
 *
 * - 100,000 prints: from the click on Run to <body data-runs-finished> counting the run, and the
 *   longest round trip to the page meanwhile. Aim: under 2 s.
 * - An endless print loop (`while (true) { print("x"); yield* sleep(0); }`): the longest round
 *   trip to the page while it runs, and how long until it ends by itself. Aim: 250 ms at most.
 * - One 20 MB print: time to the end of the run and the longest round trip.
 *
 * A round trip is one `page.evaluate(() => 0)` from this process, sampled back to back while the
 * run goes on: it waits for whatever the page's main thread is busy with, and for the machine.
 * Beside it, from Chromium's trace (e2e/main-thread.ts): the page's longest task in CPU time
 * and the CPU its main thread spent in all, which the shared machine's load does not stretch.
 *
 * Run: npm run build && npx tsx bench/print-flood.bench.ts [--dist DIR] [--out FILE.json]
 *   -> results/print-flood.json (or FILE.json)
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "@playwright/test";
import { mainThreadDuring } from "../e2e/main-thread";
import { percentile, withBuiltApp } from "./built-app";

const PORT = Number(process.env.BENCH_PORT ?? 4387);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Sampling stops here even if the run goes on (the figures then say it did not end). */
const GIVE_UP_MS = 30_000;

const PROGRAMS = {
  hundredThousandPrints: "for (let i = 0; i < 100000; i++) print(i);\n",
  endlessPrintLoop:
    'import { sleep } from "gevent";\nwhile (true) {\nprint("x");\nyield* sleep(0);\n}\n',
  twentyMegabytePrint: 'print("y".repeat(20_000_000));\n',
};

async function setProgram(page: Page, code: string): Promise<void> {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

interface Sample {
  /** Click to the end of the run, or null when it had not ended after GIVE_UP_MS. */
  endedMs: number | null;
  maxRoundTripMs: number;
  roundTrips: number;
  /** The run's status line at its end. */
  summary: string;
  longestTaskCpuMs: number;
  longestTaskWallMs: number;
  pageCpuMs: number;
}

async function runOnce(browser: Browser, page: Page, code: string): Promise<Sample> {
  await setProgram(page, code);
  const before = Number(await page.locator("body").getAttribute("data-runs-finished"));
  const finished = () =>
    page.evaluate((n) => Number(document.body.dataset.runsFinished) > n, before);
  let maxRoundTripMs = 0;
  let roundTrips = 0;
  let endedMs: number | null = null;
  const thread = await mainThreadDuring(browser, page, async () => {
    const started = Date.now();
    await page.getByRole("button", { name: "Run", exact: true }).click();
    while (Date.now() - started < GIVE_UP_MS) {
      const sent = Date.now();
      const done = await finished();
      maxRoundTripMs = Math.max(maxRoundTripMs, Date.now() - sent);
      roundTrips++;
      if (done) {
        endedMs = Date.now() - started;
        break;
      }
    }
  });
  if (endedMs === null) {
    await page.getByRole("button", { name: "Stop" }).click({ timeout: 120_000 });
    await page.waitForFunction((n) => Number(document.body.dataset.runsFinished) > n, before, {
      timeout: 120_000,
    });
  }
  const summary = (await page.locator(".run-summary").textContent()) ?? "";
  const round = (ms: number) => Math.round(ms);
  return {
    endedMs,
    maxRoundTripMs,
    roundTrips,
    summary,
    longestTaskCpuMs: round(thread.longestTaskCpuMs),
    longestTaskWallMs: round(thread.longestTaskWallMs),
    pageCpuMs: round(thread.totalCpuMs),
  };
}

const median = (values: number[]) => percentile(values, 0.5);

async function main(argv: string[]) {
  const outDir = argv.includes("--dist") ? argv[argv.indexOf("--dist") + 1] : "dist";
  await withBuiltApp({ port: PORT, outDir }, async (browser) => {
    const figures: Record<string, unknown> = {};
    for (const [name, code] of Object.entries(PROGRAMS)) {
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${PORT}/`);
        await page.waitForFunction(() => document.body.dataset.editor === "monaco", null, {
          timeout: 30_000,
        });
        samples.push(await runOnce(browser, page, code));
        await context.close();
      }
      const ended = samples.map((s) => s.endedMs);
      figures[name] = {
        endedMs: ended.every((ms) => ms !== null) ? median(ended as number[]) : null,
        maxRoundTripMs: median(samples.map((s) => s.maxRoundTripMs)),
        longestTaskCpuMs: median(samples.map((s) => s.longestTaskCpuMs)),
        pageCpuMs: median(samples.map((s) => s.pageCpuMs)),
        samples,
      };
      console.log(name, JSON.stringify(figures[name]));
    }
    const result = {
      benchmark: "print-flood",
      definition:
        "endedMs = click on Run to data-runs-finished (null: still running after 30 s); " +
        "maxRoundTripMs = longest page.evaluate round trip while it ran; longestTaskCpuMs, " +
        "pageCpuMs = the page's main thread in Chromium's trace (CPU time); medians of " +
        `${RUNS} fresh pages at 1280x720`,
      build: process.argv.includes("--dist") ? "given with --dist" : "dist/",
      aims: { hundredThousandPrintsMs: 2000, maxRoundTripMs: 250 },
      ...figures,
      chromium: browser.version(),
      date: new Date().toISOString(),
    };
    const out = argv.includes("--out") ? argv[argv.indexOf("--out") + 1] : "print-flood.json";
    writeFileSync(
      fileURLToPath(new URL(`results/${out}`, import.meta.url)),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  });
}

await main(process.argv.slice(2));
