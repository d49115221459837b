/**
 * Helpers for the app shell's browser tests: the lessons as files on disk (e2e reads them,
 * never src), opening a lesson by its URL, and reading what a learner sees.
 */
import { existsSync, readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

const lessonsDir = new URL("../lessons/", import.meta.url);

/** The lesson ids of lessons/index.json, in order. */
export const lessonIds: string[] = JSON.parse(
  readFileSync(new URL("index.json", lessonsDir), "utf8"),
).lessons;

export const lessonFile = (id: string, name: string) =>
  readFileSync(new URL(`${id}/${name}`, lessonsDir), "utf8");

export const lessonHas = (id: string, name: string) =>
  existsSync(new URL(`${id}/${name}`, lessonsDir));

/** Opens lesson `id` through its URL and waits for Monaco and an idle runner. */
export async function openLesson(page: Page, id: string): Promise<void> {
  await page.goto(`/#lesson/${id}`);
  const body = page.locator("body");
  await expect(body).toHaveAttribute("data-editor", "monaco");
  await expect(body).toHaveAttribute("data-run-state", "idle");
}

/**
 * Every piece of interface text a sighted learner sees, and every accessible name given by an
 * attribute, apart from code (the editor, code spans and blocks, key caps) and the program's
 * output, which stay as they are in every language.
 */
export async function visibleInterfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = ".monaco-editor, .console-lines, code, pre, kbd, option, [aria-hidden='true']";
    const texts = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      if (!parent || text === "" || parent.closest(skip)) continue;
      const shown = parent.checkVisibility() || parent.closest(".sr-only") !== null;
      if (shown) texts.add(text);
    }
    for (const element of document.querySelectorAll("[aria-label], [title]")) {
      if (element.closest(skip) || !element.checkVisibility()) continue;
      for (const name of ["aria-label", "title"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.add(value);
      }
    }
    return [...texts];
  });
}
