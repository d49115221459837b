import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import LZString from "lz-string";
import { setProgram } from "./app";
import { editorLines, expectSaved, notices, previousKey, programKey, storedCode } from "./program";
import { openLesson } from "./shell";

const LESSON = "queue";

/** Shares the program on screen and returns the link the dialog shows. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share this program" });
  await expect(dialog.getByRole("status")).toHaveText("The link is copied to the clipboard.");
  const link = await dialog.getByRole("textbox", { name: "Link to this program" }).inputValue();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  return link;
}

test("a share link opens the program in its lesson without touching the learner's own", async ({
  browser,
}) => {
  // The sharer and the learner are two browsers: their storage is their own.
  const sharer = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const learner = await browser.newContext();
  const learnerPage = await learner.newPage();
  await openLesson(learnerPage, LESSON);
  await setProgram(learnerPage, 'print("learner_own_program");\n');
  await expectSaved(learnerPage, LESSON, "learner_own_program");

  const sharerPage = await sharer.newPage();
  await openLesson(sharerPage, LESSON);
  await setProgram(sharerPage, 'print("shared_program_7");\n');
  const link = await shareLink(sharerPage);
  expect(link).toMatch(new RegExp(`/#v1/${LESSON}/[A-Za-z0-9+\\-$]+$`));
  expect(await sharerPage.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const opened = await learner.newPage();
  await opened.goto(link);
  await expect(opened.locator("body")).toHaveAttribute("data-editor", "monaco");
  await expect(editorLines(opened)).toContainText("shared_program_7");
  await expect(notices(opened)).toContainText("This program came from a shared link.");
  await expect(opened).toHaveURL(new RegExp(`#lesson/${LESSON}$`));
  expect(await storedCode(opened, programKey(LESSON))).toContain("learner_own_program");

  // Editing it makes it the learner's: saved under the lesson, the old program kept aside.
  await setProgram(opened, 'print("shared_program_7 edited");\n');
  await expectSaved(opened, LESSON, "shared_program_7 edited");
  expect(await storedCode(opened, previousKey(LESSON))).toContain("learner_own_program");
  await expect(notices(opened)).toContainText("your earlier program was kept aside");
  await notices(opened).getByRole("button", { name: "Undo" }).click();
  await expect(editorLines(opened)).toContainText("learner_own_program");

  await sharer.close();
  await learner.close();
});

test("a damaged share link says so and opens the lesson it names", async ({ page }) => {
  await page.goto("/#v1/queue/damaged");
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await expect(notices(page)).toContainText("This share link is damaged");
  await expect(page).toHaveURL(/#lesson\/queue$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Queue/ })).toBeVisible();
  await notices(page).getByRole("button", { name: "Dismiss" }).click();
  await expect(notices(page)).toBeHidden();
});

test("a share link that names no lesson shows its program, in the first lesson", async ({
  page,
}) => {
  const code = 'print("shared_from_no_lesson");\n';
  await page.goto(`/#v1//${LZString.compressToEncodedURIComponent(code)}`);
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await expect(editorLines(page)).toContainText("shared_from_no_lesson");
  await expect(notices(page)).toBeVisible();
  await expect(page).toHaveURL(/#lesson\/[a-z-]+$/);
});

test("the program downloads as a .ts file and an uploaded file replaces it, undoably", async ({
  page,
}) => {
  await openLesson(page, LESSON);
  await setProgram(page, 'print("to_download");\n');
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download", exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${LESSON}.ts`);
  expect(readFileSync(await download.path(), "utf8")).toBe('print("to_download");\n');

  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Upload", exact: true }).click(),
  ]);
  await chooser.setFiles({
    name: "mine.ts",
    mimeType: "text/plain",
    buffer: Buffer.from('print("uploaded_program");\r\n'),
  });
  await expect(editorLines(page)).toContainText("uploaded_program");
  await expectSaved(page, LESSON, 'print("uploaded_program");\n');
  await expect(notices(page)).toContainText("replaced by the uploaded file");
  await notices(page).getByRole("button", { name: "Undo" }).click();
  await expect(editorLines(page)).toContainText("to_download");
});
