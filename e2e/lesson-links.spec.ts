import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { collectErrors, outputRegion, runToEnd } from "./app";
import { openLesson } from "./shell";

const body = (page: Page) => page.locator("body");
const caption = (page: Page) => page.getByRole("status", { name: "Step" });
const original = (name: string, ext: "py" | "out") =>
  readFileSync(new URL(`../conformance/originals/${name}.${ext}`, import.meta.url), "utf8");

test("a moment link runs the lesson and puts the cursor on that step, keeping the address", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLesson(page, "event");
  await expect(body(page)).toHaveAttribute("data-runs-finished", "0");
  const link = page.locator(".lesson-text").getByRole("link", { name: "calls evt.set()" });
  // A link: reached and followed from the keyboard.
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(body(page)).toHaveAttribute("data-runs-finished", "1");
  await expect(caption(page)).toContainText("evt.set()");
  const step = await body(page).getAttribute("data-step");
  expect(Number(step)).toBeGreaterThan(0);
  expect(Number(step)).toBeLessThan(Number(await body(page).getAttribute("data-steps")) - 1);
  await expect(page).toHaveURL(new RegExp(`#lesson/event\\?step=${step}$`));

  // Another moment of the same run: no new run, the cursor moves on.
  await page.locator(".lesson-text").getByRole("link", { name: "the last" }).click();
  await expect(body(page)).not.toHaveAttribute("data-step", step!);
  // The fifth waiter (spawned sixth, after the setter) is the last woken.
  await expect(caption(page)).toContainText("waiter #7 is woken: evt is set");
  expect(await body(page).getAttribute("data-runs-finished")).toBe("1");
  await expect(page).toHaveURL(/#lesson\/event\?step=\d+$/);
  expect(errors).toEqual([]);
});

test("an example opens from the list with its Python, and prints what real gevent printed", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const name = "example_10_event_setter_waiters";
  await openLesson(page, "start-here");
  const list = page.getByRole("navigation", { name: "Lessons" });
  await list.getByText("Examples", { exact: true }).click();
  await list.getByRole("link", { name: "Event: one setter, five waiters" }).last().click();
  await expect(page).toHaveURL(new RegExp(`#example/${name}$`));
  await expect(page.getByText("Example 10", { exact: true })).toBeVisible();
  await expect(page.locator("[data-real-output]")).toHaveText(original(name, "out").trimEnd());
  await expect(page.locator(".python-side pre")).toHaveText(original(name, "py").trimEnd());

  await runToEnd(page);
  // The console draws on animation frames: wait for its lines rather than read them at once.
  const expected = original(name, "out").replace(/\n$/, "").split("\n");
  await expect(outputRegion(page).locator(".console-line.stdout .text")).toHaveText(expected);
  await expect(outputRegion(page).getByRole("status")).toContainText("Finished after 2");
  expect(errors).toEqual([]);
});

test("the Python side by side puts each TypeScript line beside the line it ports", async ({
  page,
}) => {
  await openLesson(page, "event");
  await page.getByRole("button", { name: "Show the Python side by side" }).click();
  const row = page.locator(".parallel-code tr", { hasText: "evt.set();" });
  await expect(row).toHaveCount(1);
  await expect(row.locator(".line-text.py")).toHaveText("    evt.set()");
  const box = await page.locator(".lesson-pane").boundingBox();
  expect(box!.width).toBeGreaterThan(420);
  await page.getByRole("button", { name: "Hide the Python" }).click();
  await expect(page.locator(".parallel-code")).toHaveCount(0);
});

test("on a 390 px phone each row of the side by side stacks its Python under its TypeScript", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLesson(page, "event");
  await page.getByRole("button", { name: "Show the Python side by side" }).click();
  const row = page.locator(".parallel-code tr", { hasText: "evt.set();" });
  const ts = (await row.locator(".line-text.ts").boundingBox())!;
  const py = (await row.locator(".line-text.py").boundingBox())!;
  expect(py.y).toBeGreaterThanOrEqual(ts.y + ts.height - 1);
  expect(Math.abs(py.x - ts.x)).toBeLessThan(2);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(sideways).toBe(0);
});

test("the threads lesson's lab link ticks threads mode, and the lab's run loses updates", async ({
  page,
}) => {
  await openLesson(page, "threads-and-processes");
  await page
    .locator(".lesson-text")
    .getByRole("link", { name: "open the lab in threads mode" })
    .click();
  const lab = page.getByTestId("lab-panel");
  await expect(lab).toHaveAttribute("open", "");
  await expect(lab.getByRole("checkbox", { name: "Threads mode (preemption)" })).toBeChecked();
  const before = Number(await body(page).getAttribute("data-runs-finished"));
  await lab.getByRole("button", { name: "Run with this policy" }).click();
  await expect(body(page)).toHaveAttribute("data-runs-finished", String(before + 1));
  const counted = outputRegion(page).locator(".console-line.stdout .text", {
    hasText: /^counted /,
  });
  await expect(counted).toHaveCount(1);
  expect(await counted.textContent()).not.toBe("counted 300");
  await expect(page.getByText("0 preemptions")).toHaveCount(0);
});
