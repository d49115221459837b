import { expect, test, type Page } from "@playwright/test";
import { outputRegion, runSummary, runToEnd } from "./app";
import { openLesson } from "./shell";

/** The console's last line lies wholly inside the console's visible box. */
async function lastLineShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const box = document.querySelector(".console-lines")!.getBoundingClientRect();
    const lines = document.querySelectorAll(".console-line");
    const last = lines[lines.length - 1]?.getBoundingClientRect();
    return last !== undefined && last.top >= box.top - 1 && last.bottom <= box.bottom + 1;
  });
}

/** The labels shown, whether each shows whole, and the texts that wrap though short. */
async function consoleLayout(page: Page, shortChars: number) {
  return page.evaluate((short) => {
    const lines = [...document.querySelectorAll(".console-line")];
    const labels = lines.map((line) => line.querySelector(".who") as HTMLElement);
    const cut = labels.filter((who) => who.scrollWidth > who.clientWidth).map((w) => w.title);
    const wrapped = lines
      .map((line) => line.querySelector(".text") as HTMLElement)
      .filter((text) => (text.textContent ?? "").length <= short)
      .filter(
        (text) =>
          text.getClientRects().length > 1 ||
          text.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(text).lineHeight),
      )
      .map((text) => text.textContent);
    return { labels: labels.map((who) => who.textContent ?? ""), cut, wrapped };
  }, shortChars);
}

for (const id of ["queue", "echo-server"]) {
  test(`after a run of ${id} the last output line is in view`, async ({ page }) => {
    await openLesson(page, id);
    await runToEnd(page);
    await expect(runSummary(page)).toContainText("Finished");
    await expect.poll(() => lastLineShows(page)).toBe(true);
  });
}

test("at 1280x720 greenlet labels show whole and distinct, and ordinary lines do not wrap, in presentation mode too", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await openLesson(page, "echo-server");
  await page.getByRole("button", { name: "Close the lesson list" }).click();
  await runToEnd(page);
  let layout = await consoleLayout(page, 30);
  expect(layout.cut).toEqual([]);
  expect(layout.wrapped).toEqual([]);
  expect(new Set(layout.labels.filter((label) => label.startsWith("client"))).size).toBe(2);

  await page.getByRole("button", { name: /^Present/ }).click();
  await runToEnd(page);
  layout = await consoleLayout(page, 25);
  expect(layout.cut).toEqual([]);
  expect(layout.wrapped).toEqual([]);
  await context.close();
});

test("on a phone, Run brings the output into view", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openLesson(page, "event");
  await page.evaluate(() => window.scrollTo(0, 0));
  await runToEnd(page);
  await expect(runSummary(page)).toBeInViewport();
  await expect(outputRegion(page).locator(".console-line").first()).toBeInViewport();
  await context.close();
});
