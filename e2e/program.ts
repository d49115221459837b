/**
 * Helpers for the program's browser tests (saving, sharing, the editor's types): reading what
 * the editor shows and what the browser saved. The storage keys are the saved format
 * (src/store/persistence.ts), which these tests hold to.
 */
import { expect, type Page } from "@playwright/test";

export const programKey = (lessonId: string) => `greenlet-playground:program:v1:${lessonId}`;
export const previousKey = (lessonId: string) =>
  `greenlet-playground:previous-program:v1:${lessonId}`;

/** The code saved under `key` in the page's localStorage, or null. */
export async function storedCode(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => {
    const text = localStorage.getItem(k);
    return text === null ? null : (JSON.parse(text) as { code: string }).code;
  }, key);
}

/** Waits until the browser has saved a program for `lessonId` containing `text`. */
export async function expectSaved(page: Page, lessonId: string, text: string): Promise<void> {
  await expect.poll(() => storedCode(page, programKey(lessonId))).toContain(text);
}

/** The editor's visible lines (short programs fit on screen). */
export const editorLines = (page: Page) => page.locator(".monaco-editor .view-lines");

/** The notices about the program (bottom of the page). */
export const notices = (page: Page) => page.getByRole("region", { name: "Program notices" });
