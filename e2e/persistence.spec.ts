import { expect, test } from "@playwright/test";
import { setProgram } from "./app";
import { editorLines, expectSaved, notices, previousKey, storedCode } from "./program";
import { lessonFile, openLesson } from "./shell";

const LESSON = "queue";
const originalFirstLine = lessonFile(LESSON, "program.ts").split("\n")[0];

test("an edit is saved as the learner types and is there after a reload", async ({ page }) => {
  await openLesson(page, LESSON);
  await setProgram(page, 'print("kept_across_reloads");\n');
  await expectSaved(page, LESSON, "kept_across_reloads");
  await page.reload();
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await expect(editorLines(page)).toContainText("kept_across_reloads");
  // Another lesson opens with its own program, and this one's edit is still there after it.
  await page.goto("/#lesson/event");
  await expect(editorLines(page)).not.toContainText("kept_across_reloads");
  await page.goto(`/#lesson/${LESSON}`);
  await expect(editorLines(page)).toContainText("kept_across_reloads");
});

test("Reset asks first, and Undo brings the learner's program back", async ({ page }) => {
  await openLesson(page, LESSON);
  await setProgram(page, 'print("my_own_version");\n');
  await expectSaved(page, LESSON, "my_own_version");

  await page.getByRole("button", { name: "Reset", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Reset to the original program?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(editorLines(page)).toContainText("my_own_version");

  await page.getByRole("button", { name: "Reset", exact: true }).click();
  await dialog.getByRole("button", { name: "Replace with the original" }).click();
  await expect(editorLines(page)).toContainText(originalFirstLine);
  await expect(notices(page)).toContainText("reset to the lesson's original");
  expect(await storedCode(page, previousKey(LESSON))).toContain("my_own_version");

  await notices(page).getByRole("button", { name: "Undo" }).click();
  await expect(editorLines(page)).toContainText("my_own_version");
  await expectSaved(page, LESSON, "my_own_version");
  await expect(notices(page)).toBeHidden();
});

test("two tabs on the same lesson never overwrite each other silently", async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await openLesson(tabA, LESSON);
  await openLesson(tabB, LESSON);

  await setProgram(tabA, 'print("from_tab_A");\n');
  await expectSaved(tabA, LESSON, "from_tab_A");
  // B hears of A's save, and its own edits wait instead of replacing A's.
  await expect(notices(tabB)).toContainText("Another tab saved a different program");
  await setProgram(tabB, 'print("from_tab_B");\n');
  await expect(tabB.locator("body")).toHaveAttribute("data-save-status", "paused");
  expect(await storedCode(tabB, `greenlet-playground:program:v1:${LESSON}`)).toContain(
    "from_tab_A",
  );

  // B keeps its own: now A hears of it, and takes B's program, which it can undo.
  await notices(tabB).getByRole("button", { name: "Keep mine" }).click();
  await expectSaved(tabA, LESSON, "from_tab_B");
  await expect(notices(tabA)).toContainText("Another tab saved a different program");
  await notices(tabA).getByRole("button", { name: "Load the other tab's program" }).click();
  await expect(editorLines(tabA)).toContainText("from_tab_B");
  await expect(notices(tabA)).toContainText("The program saved in the other tab is loaded.");
  await expect(notices(tabA).getByRole("button", { name: "Undo" })).toBeVisible();
});
