import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { collectErrors, runToEnd } from "./app";
import { openLesson } from "./shell";

/** The timeline's canvas: the overlay, which takes the pointer and the keys. */
const canvas = (page: Page) => page.getByRole("application", { name: /Timeline of the run/ });

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
