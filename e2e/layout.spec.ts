import { expect, test, type Locator, type Page } from "@playwright/test";
import { runToEnd } from "./app";
import { openLesson } from "./shell";

const box = async (locator: Locator) => (await locator.boundingBox())!;
const panes = (page: Page) => ({
  lesson: page.getByRole("region", { name: "Lesson", exact: true }),
  editor: page.getByRole("region", { name: "Program", exact: true }),
  output: page.getByRole("region", { name: "Output", exact: true }),
  timeline: page.getByRole("region", { name: "Timeline", exact: true }),
});

test("on a 390 px phone the panes stack and nothing scrolls sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openLesson(page, "event");
  await runToEnd(page);
  const { lesson, editor, output, timeline } = panes(page);
  // The step bar follows the editor whose marks it moves, before the output and the timeline.
  const steps = page.getByRole("toolbar", { name: "Step controls" });
  await expect(steps).toHaveCount(1);
  const boxes = [
    await box(lesson),
    await box(editor),
    await box(steps),
    await box(output),
    await box(timeline),
  ];
  for (let i = 0; i < boxes.length; i++) {
    expect(boxes[i].x).toBeGreaterThanOrEqual(0);
    expect(boxes[i].x + boxes[i].width).toBeLessThanOrEqual(390);
    if (i > 0) expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height - 1);
  }
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways).toBe(0);
  // The lesson list is a drawer: closed, then open over the page, closed again once a lesson is picked.
  const list = page.getByRole("navigation", { name: "Lessons" });
  await expect(list).toBeHidden();
  await page.getByRole("button", { name: "Lessons" }).click();
  await list.getByRole("link", { name: /Queue/ }).click();
  await expect(list).toBeHidden();
  await expect(page).toHaveURL(/#lesson\/queue$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Queue/ })).toBeVisible();
  await context.close();
});

test("on a 1280x720 projector everything fits side by side without scrolling the page", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await openLesson(page, "event");
  const { lesson, editor, output, timeline } = panes(page);
  const [l, e, o, t] = [
    await box(lesson),
    await box(editor),
    await box(output),
    await box(timeline),
  ];
  expect(l.x + l.width).toBeLessThanOrEqual(e.x + 1);
  expect(e.x + e.width).toBeLessThanOrEqual(o.x + 1);
  // The output is the first of the right-hand pane's tabs: the pane starts level with the editor.
  const tabs = await box(page.getByRole("tablist", { name: "Run views" }));
  expect(Math.abs(e.y - tabs.y)).toBeLessThan(2);
  expect(o.y).toBeGreaterThanOrEqual(tabs.y + tabs.height - 1);
  expect(t.y).toBeGreaterThanOrEqual(e.y + e.height - 1);
  await expect(page.getByRole("navigation", { name: "Lessons" })).toBeVisible();
  const overflow = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  expect(overflow).toEqual({ x: 0, y: 0 });

  // Presentation mode makes the text bigger, and is remembered.
  const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await size()).toBe("16px");
  await page.getByRole("button", { name: "Present" }).click();
  await expect.poll(size).toBe("20px");
  await page.reload();
  await expect(page.getByRole("button", { name: "Present" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect.poll(size).toBe("20px");
  await context.close();
});
