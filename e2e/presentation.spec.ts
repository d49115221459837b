import { expect, test, type Page } from "@playwright/test";
import { runToEnd } from "./app";
import { openLesson } from "./shell";

const step = async (page: Page) => Number(await page.locator("body").getAttribute("data-step"));
const expectStep = (page: Page, n: number) =>
  expect(page.locator("body")).toHaveAttribute("data-step", String(n));

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
]) {
  test(`at ${width}x${height}, P presents: the lesson text goes and the program takes the room`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    await openLesson(page, "event");
    const editor = page.getByRole("region", { name: "Program", exact: true });
    const before = await editor.boundingBox();
    await page.locator("body").press("p");
    await expect(page.locator("html")).toHaveClass(/presentation/);
    await expect(page.getByRole("navigation", { name: "Lessons" })).toBeHidden();
    await expect(page.locator(".lesson-pane")).toBeHidden();
    await expect(page.getByRole("region", { name: "Output" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
    await expect
      .poll(async () => (await editor.boundingBox())!.width)
      .toBeGreaterThan(width * 0.55);
    expect((await editor.boundingBox())!.width).toBeGreaterThan(before!.width * 1.3);
    await runToEnd(page);
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
    await testInfo.attach(`presentation-${width}x${height}`, {
      body: await page.screenshot(),
      contentType: "image/png",
    });
  });
}

test("presenting, the remote's page keys and the arrows step the run, and it is remembered", async ({
  page,
}) => {
  await openLesson(page, "event");
  await page.getByRole("button", { name: "Present" }).click();
  await expect(page.locator("html")).toHaveClass(/presentation/);
  await runToEnd(page);
  const last = await step(page);
  expect(last).toBeGreaterThan(5);
  await page.locator("body").press("PageUp");
  await expectStep(page, last - 1);
  await page.locator("body").press("ArrowLeft");
  await expectStep(page, last - 2);
  await page.locator("body").press("Home");
  await expectStep(page, 0);
  await page.locator("body").press("PageDown");
  await page.locator("body").press("ArrowRight");
  await expectStep(page, 2);

  // In the editor the arrows move the caret; a remote's PageDown still steps.
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ArrowRight");
  await expectStep(page, 2);
  await page.keyboard.press("PageDown");
  await expectStep(page, 3);
  await page.keyboard.press("p");
  await expect(page.locator("html")).toHaveClass(/presentation/);

  await page.reload();
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await expect(page.locator("html")).toHaveClass(/presentation/);
  await expect(page.locator(".lesson-pane")).toBeHidden();
  await page.locator("body").press("p");
  await expect(page.locator("html")).not.toHaveClass(/presentation/);
  await expect(page.locator(".lesson-pane")).toBeVisible();
});

test("without presentation mode an arrow key steps once, by the page's stepping keys", async ({
  page,
}) => {
  await openLesson(page, "event");
  await runToEnd(page);
  const last = await step(page);
  await page.locator("body").press("ArrowLeft");
  await expectStep(page, last - 1);
});
