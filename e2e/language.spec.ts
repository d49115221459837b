import { expect, test, type Page } from "@playwright/test";
import { collectErrors, runToEnd } from "./app";
import { openLesson, visibleInterfaceTexts } from "./shell";

/** Brings up as much of the interface as there is: a run's report and the exercise's result. */
async function showEverything(page: Page) {
  await runToEnd(page);
  await page.locator(".task-hints button").first().click();
}

test("switching to Chinese changes every visible interface string, and is remembered", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLesson(page, "queue");
  await showEverything(page);
  const english = await visibleInterfaceTexts(page);
  expect(english).toContain("Run");
  expect(english).toContain("Lessons");

  await page.getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("button", { name: "运行", exact: true })).toBeVisible();
  const chinese = await visibleInterfaceTexts(page);
  // Lesson numbers and symbols are the same in both languages; words are not.
  const leftInEnglish = chinese.filter(
    (text) => /[A-Za-z]{2}/.test(text) && english.includes(text),
  );
  expect(leftInEnglish).toEqual([]);
  expect(chinese.some((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true);

  await page.reload();
  await expect(page.getByRole("combobox", { name: "语言" })).toHaveValue("zh-CN");
  await expect(
    page.getByRole("heading", { level: 2, name: "Queue：老板、工人与 maxsize" }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test("the language follows the browser until the learner chooses", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await openLesson(page, "event");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("button", { name: "运行", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "输出" })).toBeVisible();
  await context.close();
});
