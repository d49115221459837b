import { expect, test } from "@playwright/test";
import { collectErrors, outputRegion, runSummary, runToEnd } from "./app";
import { SECOND_ORIGIN, SUB_PATH } from "./origins";

test("the build served under a sub-path loads, runs, and asks for nothing outside it", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(`${SECOND_ORIGIN}${SUB_PATH}#lesson/event`);
  await expect(page.locator("body")).toHaveAttribute("data-editor", "monaco");
  await runToEnd(page);
  await expect(runSummary(page)).toContainText("Finished after");
  await expect(outputRegion(page)).not.toContainText("Press Run");
  const http = requested.filter((url) => url.startsWith("http"));
  expect(http.length).toBeGreaterThan(3);
  for (const url of http) expect(url.startsWith(`${SECOND_ORIGIN}${SUB_PATH}`), url).toBe(true);
  // The runner script came from the sub-path too (the sandbox frame fetches nothing itself).
  expect(http.some((url) => url.endsWith(`${SUB_PATH}runner/runner.js`))).toBe(true);
  expect(errors).toEqual([]);
});
