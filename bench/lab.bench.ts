/**
 * The scheduler lab's speed when being the hub (not a timed test: it measures).
 *
 * In headless Chromium against the production build, on two programs (the producer and
 * consumer of e2e/lab.spec.ts, and the queue lesson): be the hub, then choices (the first
 * option at each choice point) and forks (back to an earlier choice point: a new branch,
 * replayed from the start). Each is done twice over: at a learner's pace (GAP_MS between
 * actions, in which the page boots its spare runners) and back to back (the next action as
 * soon as the last one's run is shown); forks back to back twice, on the page just loaded (its
 * spares still booting) and after SETTLE_MS of rest. For each: the store's own figure (`data-choice-ms`,
 * from the action to the run shown at its next choice point) and the wall time from the click
 * to the first animation frame after the run ended (what the learner sees). Aim: under 100 ms
 * a fork (issue 17). Then one choice and one fork traced: CPU ms of each thread.
 *
 * Run: npm run build && npx tsx bench/lab.bench.ts  ->  bench/results/lab.json
 * (BENCH_LAB_OUT=name writes bench/results/name.json instead, for a build compared with it.)
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import LZString from "lz-string";
import type { Browser, Page } from "@playwright/test";
import { loadAverage, percentile, round, withBuiltApp } from "./built-app";
import { cpuDuring } from "./cpu-breakdown";
import { PRODUCER_CONSUMER } from "../src/store/lab-programs.testing";

const PORT = Number(process.env.BENCH_PORT ?? 4394);
/** A learner's pace: the time between reading one choice point and making the next choice. */
const GAP_MS = 700;
/** A page left alone this long has booted all its spare runners. */
const SETTLE_MS = 3000;
const CHOICES = 8;
const FORKS = 6;
const AIM_FORK_MS = 100;
const OUT = process.env.BENCH_LAB_OUT ?? "lab";

const PROGRAMS: Array<{ name: string; url: string }> = [
  {
    name: "producer-consumer",
    url: `#v1/queue/${LZString.compressToEncodedURIComponent(PRODUCER_CONSUMER)}`,
  },
  { name: "queue lesson", url: "#lesson/queue" },
];

const summary = (values: number[]) => ({
  n: values.length,
  p50: round(percentile(values, 0.5)),
  p90: round(percentile(values, 0.9)),
  max: round(Math.max(...values)),
});

/**
 * Clicks `selector` from inside the page and resolves, in page time, with the click and the
 * first animation frame after the runs-finished count has gone past `runs`.
 */
async function act(page: Page, selector: string): Promise<{ wallMs: number; storeMs: number }> {
  const wallMs = await page.evaluate(
    (sel) =>
      new Promise<number>((resolve, reject) => {
        const body = document.body;
        const before = body.dataset.runsFinished;
        const target = document.querySelector(sel) as HTMLButtonElement | null;
        if (target === null) return reject(new Error(`nothing at ${sel}`));
        const clicked = performance.now();
        target.click();
        const watch = new MutationObserver(() => {
          if (body.dataset.runsFinished === before || body.dataset.runState !== "idle") return;
          watch.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - clicked));
        });
        watch.observe(body, { attributes: true });
      }),
    selector,
  );
  const storeMs = Number(await page.locator(".lab-choice").getAttribute("data-choice-ms"));
  return { wallMs, storeMs };
}

async function openChoice(page: Page): Promise<number | null> {
  const open = await page.locator(".lab-choice").getAttribute("data-open-choice");
  return open === "" || open === null ? null : Number(open);
}

async function startHub(page: Page, url: string) {
  await page.goto(`http://127.0.0.1:${PORT}/${url}`);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.runState === "idle");
  await page.getByTestId("lab-panel").locator("summary").click();
  await page.getByRole("button", { name: "Be the hub" }).click();
  await page.waitForFunction(() => document.querySelector(".lab-choice[data-open-choice='0']"));
  await page.waitForFunction(() => document.body.dataset.runState === "idle");
}

/** Choices at the open choice point, `gap` ms apart; once the run ends, the hub starts again. */
async function choices(page: Page, url: string, gap: number) {
  const wall: number[] = [];
  const store: number[] = [];
  const how: string[] = [];
  await startHub(page, url);
  while (wall.length < CHOICES) {
    await page.waitForTimeout(gap);
    if ((await openChoice(page)) === null) {
      await startHub(page, url);
      continue;
    }
    const { wallMs, storeMs } = await act(page, ".lab-options button[data-option='0']");
    wall.push(wallMs);
    store.push(storeMs);
    how.push((await page.locator(".lab-choice").getAttribute("data-choice-how")) ?? "");
  }
  return { wall, store, how };
}

/**
 * Forks back to earlier choice points, `gap` ms apart, after a few choices made first and then
 * `settle` ms of rest (0: at once, while the fresh page still boots its spares).
 */
async function forks(page: Page, url: string, gap: number, settle = 0) {
  const wall: number[] = [];
  const store: number[] = [];
  await startHub(page, url);
  for (let i = 0; i < 4 && (await openChoice(page)) !== null; i++) {
    await act(page, ".lab-options button[data-option='0']");
  }
  const made = await page.locator("[data-choice-point]").count();
  if (made === 0) throw new Error("no choice point to fork at");
  await page.waitForTimeout(settle);
  while (wall.length < FORKS) {
    await page.waitForTimeout(gap);
    // Each fork goes back to a point of the branch shown; the branch it leaves stays.
    const points = await page.locator("[data-choice-point]").count();
    const at = points === 0 ? null : (wall.length * 3) % points;
    if (at === null) {
      await startHub(page, url);
      continue;
    }
    const { wallMs, storeMs } = await act(page, `[data-choice-point='${at}']`);
    wall.push(wallMs);
    store.push(storeMs);
    // One choice on the new branch, so the next fork has points to go back to.
    if ((await openChoice(page)) !== null) {
      await act(page, ".lab-options button[data-option='0']");
    }
  }
  return { wall, store };
}

async function traced(browser: Browser, page: Page, url: string) {
  await startHub(page, url);
  await page.waitForTimeout(GAP_MS);
  const choice = await cpuDuring(browser, page, async () => {
    await act(page, ".lab-options button[data-option='0']");
  });
  await act(page, ".lab-options button[data-option='0']");
  await page.waitForTimeout(GAP_MS);
  const fork = await cpuDuring(browser, page, async () => {
    await act(page, "[data-choice-point='0']");
  });
  return { choice, fork };
}

async function main() {
  const loadBefore = loadAverage();
  const results: Record<string, object> = {};
  await withBuiltApp({ port: PORT }, async (browser) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    for (const { name, url } of PROGRAMS) {
      const paced = await choices(page, url, GAP_MS);
      const rushed = await choices(page, url, 0);
      const forksPaced = await forks(page, url, GAP_MS);
      const forksRushed = await forks(page, url, 0);
      const forksSettled = await forks(page, url, 0, SETTLE_MS);
      const cpu = await traced(browser, page, url);
      results[name] = {
        choices: {
          paced: { wall: summary(paced.wall), store: summary(paced.store) },
          backToBack: { wall: summary(rushed.wall), store: summary(rushed.store) },
          wentOnInPlace: [...paced.how, ...rushed.how].filter((h) => h === "went-on").length,
        },
        forks: {
          paced: { wall: summary(forksPaced.wall), store: summary(forksPaced.store) },
          backToBack: { wall: summary(forksRushed.wall), store: summary(forksRushed.store) },
          backToBackSettled: {
            wall: summary(forksSettled.wall),
            store: summary(forksSettled.store),
          },
        },
        cpu,
      };
      console.log(name, JSON.stringify(results[name]));
    }
    const result = {
      benchmark: "lab",
      definition:
        `being the hub in the production build (1280x720, software raster): ${CHOICES} choices ` +
        `and ${FORKS} forks a program, ${GAP_MS} ms apart (paced) and back to back (forks also ` +
        `after ${SETTLE_MS} ms of rest: backToBackSettled); wall: the ` +
        "click to the first animation frame after the run's end; store: data-choice-ms (the " +
        "action to the run shown at its next choice point); p50/p90/max in ms; cpu: one choice " +
        "and one fork traced, CPU ms of each thread's top-level tasks",
      load: { before: loadBefore, after: loadAverage() },
      programs: results,
      aims: { forkMs: AIM_FORK_MS },
      browser: browser.version(),
      date: new Date().toISOString(),
    };
    const text = JSON.stringify(result, null, 2) + "\n";
    writeFileSync(fileURLToPath(new URL(`results/${OUT}.json`, import.meta.url)), text);
    console.log(text);
  });
}

await main();
