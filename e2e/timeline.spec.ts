import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { collectErrors, runToEnd, setProgram } from "./app";
import { openLesson } from "./shell";

/**
 * The current run's timeline canvas (not a pinned run's): the overlay, which takes the pointer
 * and the keys, found in any language.
 */
const canvas = (page: Page) => page.locator("canvas[data-timeline-canvas=current]");

async function runAndPaint(page: Page): Promise<void> {
  await runToEnd(page);
  await expect(page.locator("body")).toHaveAttribute("data-timeline", "painted");
}

/** The canvas's geometry and lanes, as the app publishes them on it. */
async function geometry(page: Page) {
  const c = canvas(page);
  const box = (await c.boundingBox())!;
  const data = (name: string) => c.getAttribute(`data-${name}`);
  const gutter = Number(await data("gutter"));
  const axis = Number(await data("axis-height"));
  const lane = Number(await data("lane-height"));
  const lanes = JSON.parse((await data("lanes"))!) as string[];
  return {
    lanes,
    /** The page point in lane `label` at fraction `f` of the plot's width. */
    at: (label: string, f: number) => ({
      x: box.x + gutter + f * (box.width - gutter),
      y: box.y + axis + (lanes.indexOf(label) + 0.5) * lane,
    }),
  };
}

test("the Event lesson draws eight lanes and five wake-ups from the setter's set()", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLesson(page, "event");
  await runAndPaint(page);
  await expect(page.getByRole("application", { name: /Timeline of the run/ })).toBeVisible();
  const g = await geometry(page);
  expect(g.lanes).toEqual([
    "hub",
    "main",
    "setter #2",
    "waiter #3",
    "waiter #4",
    "waiter #5",
    "waiter #6",
    "waiter #7",
  ]);
  const wakes: Array<{ from: string; at: number; to: string; step: number }> = JSON.parse(
    (await canvas(page).getAttribute("data-wakes"))!,
  );
  const toWaiters = wakes.filter((w) => w.to.startsWith("waiter"));
  expect(toWaiters.map((w) => w.to)).toEqual(g.lanes.slice(3));
  // All five leave the setter's lane at one step: its set(), after its own timer woke it
  // (from the hub) and before the hub wakes the first waiter.
  expect(new Set(toWaiters.map((w) => `${w.from}@${w.at}`)).size).toBe(1);
  expect(toWaiters[0].from).toBe("setter #2");
  const setterWake = wakes.find((w) => w.to === "setter #2")!;
  expect(setterWake.from).toBe("hub");
  expect(toWaiters[0].at).toBeGreaterThan(setterWake.step);
  expect(toWaiters[0].at).toBeLessThan(toWaiters[0].step);
  // The learner's view hides the hub's lane.
  await page.getByRole("button", { name: "Hub lane" }).click();
  await expect(canvas(page)).toHaveAttribute("data-lanes", JSON.stringify(g.lanes.slice(1)));
  expect(errors).toEqual([]);
});

test("a click on a segment moves the run's cursor to the step under the pointer", async ({
  page,
}) => {
  await openLesson(page, "event");
  await runAndPaint(page);
  const g = await geometry(page);
  const last = await canvas(page).getAttribute("data-cursor");
  // The middle of the setter's sleep(2): the tooltip names it and the step a click selects.
  const point = g.at("setter #2", 0.4);
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator(".timeline-tooltip");
  await expect(tooltip).toContainText("setter #2");
  await expect(tooltip).toContainText("sleep(2)");
  const step = (await tooltip.textContent())!.match(/cursor to step (\d+)/)![1];
  expect(step).not.toBe(last);
  await page.mouse.click(point.x, point.y);
  await expect(canvas(page)).toHaveAttribute("data-cursor", step);
  // The keys move it on from there, with the canvas focused.
  await canvas(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect(canvas(page)).toHaveAttribute("data-cursor", String(Number(step) + 1));
});

test("the whole run downloads as Chrome trace JSON with a track per greenlet", async ({ page }) => {
  await openLesson(page, "event");
  await runAndPaint(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /trace/i }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("trace.json");
  const trace = JSON.parse(readFileSync(await download.path(), "utf8"));
  const tracks = trace.traceEvents
    .filter((e: { name: string }) => e.name === "thread_name")
    .map((e: { args: { name: string } }) => e.args.name);
  expect(tracks).toEqual(expect.arrayContaining(["main", "setter #2", "waiter #7"]));
  expect(trace.traceEvents.some((e: { ph: string }) => e.ph === "s")).toBe(true);
});

const inspector = (page: Page) => page.getByRole("region", { name: "Inspector" });
/** The canvas's host, where the timeline publishes the lanes it highlights. */
const host = (page: Page) =>
  page.locator(".timeline-body:has(canvas[data-timeline-canvas=current])");
const highlight = (page: Page) => host(page).getAttribute("data-timeline-highlight");

test("selecting a greenlet or an object in the inspector highlights lanes; a lane's label selects its greenlet", async ({
  page,
}, info) => {
  const errors = collectErrors(page);
  await openLesson(page, "event");
  await runAndPaint(page);
  const g = await geometry(page);
  // The cursor into the setter's sleep(2): the five waiters wait on evt then.
  const point = g.at("setter #2", 0.4);
  await page.mouse.click(point.x, point.y);
  await expect(host(page)).toHaveAttribute("data-timeline-highlight", "2");
  await page.getByRole("tab", { name: "Inspector" }).click();
  await expect(inspector(page)).toBeVisible();

  // Inspector -> timeline: a greenlet, then an object (its waiters at the cursor).
  const chip = (label: string) =>
    inspector(page).locator(".inspector-greenlet .who-chip", { hasText: label });
  await chip("waiter #4").click();
  await expect(host(page)).toHaveAttribute("data-timeline-highlight", "4");
  const evt = inspector(page).locator(".inspector-object", { hasText: "evt" });
  await evt.locator(".pick").click();
  // The lanes of the waiters the inspector lists for it at the cursor.
  const waiters = (await evt.locator(".waiters .who-chip").allTextContents())
    .map((label) => Number(/#(\d+)/.exec(label)![1]))
    .sort((a, b) => a - b);
  expect(waiters.length).toBeGreaterThanOrEqual(3);
  await expect(host(page)).toHaveAttribute("data-timeline-highlight", waiters.join(","));
  await host(page).screenshot({ path: info.outputPath("timeline-object-selected.png") });

  // Timeline -> inspector: a click on a lane's label selects that greenlet there.
  const box = (await canvas(page).boundingBox())!;
  const label = g.at("waiter #6", 0);
  await page.mouse.click(box.x + 20, label.y);
  await expect(chip("waiter #6")).toHaveAttribute("aria-pressed", "true");
  await expect(chip("waiter #4")).toHaveAttribute("aria-pressed", "false");
  expect(await highlight(page)).toBe("6");
  // Again: unselected, as the inspector's chips do.
  await page.mouse.click(box.x + 20, label.y);
  await expect(chip("waiter #6")).toHaveAttribute("aria-pressed", "false");
  await expect(host(page)).toHaveAttribute("data-timeline-highlight", "");

  // The keyboard: up and down select the lane above and below, Escape clears.
  await canvas(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(host(page)).toHaveAttribute("data-timeline-highlight", "0");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(chip("setter #2")).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowUp");
  await expect(host(page)).toHaveAttribute("data-timeline-highlight", "1");
  await page.keyboard.press("Escape");
  await expect(host(page)).toHaveAttribute("data-timeline-highlight", "");
  // The ? dialog lists the keys.
  await page.locator("h1").click();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog")).toContainText("select the lane above / below");
  expect(errors).toEqual([]);
});

/** Two greenlets each counting three times through a shared number: a race in threads mode. */
const RACE = [
  'import { spawn, joinall } from "gevent";',
  "let num = 0;",
  "function* add() {",
  "for (let i = 0; i < 3; i++) {",
  "const seen = num;",
  "num = seen + 1;",
  "}",
  "}",
  "yield* joinall([spawn(add), spawn(add)]);",
  "print(num);",
].join("\n");

const lab = (page: Page) => page.getByTestId("lab-panel");

async function threadsRun(page: Page): Promise<void> {
  await openLesson(page, "threads-and-processes");
  await setProgram(page, RACE);
  await lab(page).locator("summary").click();
  await lab(page).getByLabel("Threads mode (preemption)").check();
  const body = page.locator("body");
  const before = Number(await body.getAttribute("data-runs-finished"));
  await lab(page).getByRole("button", { name: "Run with this policy" }).click();
  await expect(body).toHaveAttribute("data-runs-finished", String(before + 1));
  await expect(body).toHaveAttribute("data-timeline", "painted");
}

test("threads mode: preemptions are marked on their lanes, choice points on the hub's, both in the legend", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await threadsRun(page);
  const marks: Record<string, Record<string, number>> = JSON.parse(
    (await canvas(page).getAttribute("data-marks"))!,
  );
  const preempted = Object.entries(marks).filter(([, m]) => (m.preempted ?? 0) > 0);
  expect(preempted.map(([lane]) => lane).sort()).toEqual(["add #2", "add #3"]);
  expect(marks.hub.choice).toBeGreaterThan(0);
  expect(marks.hub.preempted).toBeUndefined();
  await page.getByRole("button", { name: "Legend" }).click();
  const legend = page.locator(".timeline-legend");
  await expect(legend).toContainText("preempted: switched away at a preemption point");
  await expect(legend).toContainText("choice point: more than one could run");
  expect(errors).toEqual([]);
});

test("being the hub: the open choice's candidates' lanes are highlighted", async ({ page }) => {
  await openLesson(page, "queue");
  await setProgram(
    page,
    [
      'import { joinall, sleep, spawn } from "gevent";',
      "function* nap() {",
      "yield* sleep(0.5);",
      "}",
      "yield* joinall([spawn(nap), spawn(nap)]);",
    ].join("\n"),
  );
  await lab(page).locator("summary").click();
  await lab(page).getByRole("button", { name: "Be the hub" }).click();
  await expect(page.locator(".lab-choice")).toHaveAttribute("data-open-choice", "0");
  await expect(host(page)).toHaveAttribute("data-timeline-candidates", "2,3");
  await page.getByRole("button", { name: "Leave the hub" }).click();
  await expect(host(page)).toHaveAttribute("data-timeline-candidates", "");
});

for (const [name, scheme, viewport] of [
  ["light", "light", { width: 1280, height: 720 }],
  ["dark", "dark", { width: 1280, height: 720 }],
  ["phone", "light", { width: 390, height: 844 }],
] as const) {
  test(`the timeline is drawn (${name}, ${viewport.width} px)`, async ({ browser }, info) => {
    const page = await browser.newPage({ colorScheme: scheme, viewport });
    await openLesson(page, "event");
    await runAndPaint(page);
    const region = page.getByRole("region", { name: "Timeline" });
    await region.scrollIntoViewIfNeeded();
    const box = (await canvas(page).boundingBox())!;
    // Lanes keep their labels and the plot its room, and nothing overflows the page.
    expect(box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.height).toBeGreaterThan(8 * 18);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewport.width);
    await region.screenshot({ path: info.outputPath(`timeline-${name}.png`) });
    await page.close();
  });
}

for (const [name, scheme, viewport, locale] of [
  ["light", "light", { width: 1280, height: 720 }, "en"],
  ["dark-zh", "dark", { width: 1280, height: 720 }, "zh-CN"],
  ["phone-dark", "dark", { width: 390, height: 844 }, "en"],
  ["phone-light-zh", "light", { width: 390, height: 844 }, "zh-CN"],
] as const) {
  test(`threads mode with a lane selected is drawn (${name}, ${viewport.width} px)`, async ({
    browser,
  }, info) => {
    const page = await browser.newPage({ colorScheme: scheme, viewport });
    await threadsRun(page);
    // On a phone the lanes are further down the page than the lab that ran them: the lane's
    // label goes to the middle of the screen, clear of the Run bar fixed at the bottom.
    const lane = (await geometry(page)).at("add #3", 0).y;
    await page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), lane);
    const g = await geometry(page);
    const box = (await canvas(page).boundingBox())!;
    await page.mouse.click(box.x + 10, g.at("add #3", 0).y);
    await expect(host(page)).toHaveAttribute("data-timeline-highlight", "3");
    if (locale !== "en") {
      await page.getByRole("combobox", { name: "Language" }).selectOption(locale);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
    }
    const region = page.locator(".timeline-region");
    await region.scrollIntoViewIfNeeded();
    await page.locator(".timeline-toolbar button[aria-controls]").click();
    // A choice point's tooltip: along the hub's lane until the pointer is on one.
    const tooltip = page.locator(".timeline-tooltip .timeline-choice");
    const shown = await geometry(page);
    for (let f = 0.02; f < 1 && !(await tooltip.isVisible()); f += 0.004) {
      const p = shown.at("hub", f);
      await page.mouse.move(p.x, p.y);
    }
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator("li")).toHaveCount(2);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewport.width);
    await region.screenshot({ path: info.outputPath(`timeline-threads-${name}.png`) });
    await page.close();
  });
}
