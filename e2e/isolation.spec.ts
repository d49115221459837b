import { expect, test } from "@playwright/test";
import { openApp, outputRegion, runToEnd, setProgram } from "./app";

test("learner code reaches neither the page, its storage, nor the network", async ({
  page,
  baseURL,
}) => {
  await openApp(page);
  await page.evaluate(() => localStorage.setItem("secret", "app data"));
  await setProgram(
    page,
    [
      "const g = globalThis as any;",
      'print("globals", typeof g.document, typeof g.localStorage, typeof g.parent, typeof g.top);',
      'try { g.indexedDB.open("x"); print("indexedDB open"); } catch (e: any) { print("indexedDB", e.name); }',
      `try { const x = new g.XMLHttpRequest(); x.open("GET", "${baseURL}/", false); x.send(); print("network", x.status); } catch (e: any) { print("network", e.name); }`,
    ].join("\n"),
  );
  await runToEnd(page);
  const output = outputRegion(page);
  await expect(output).toContainText("globals undefined undefined undefined undefined");
  await expect(output).toContainText("indexedDB SecurityError");
  await expect(output).toContainText("network NetworkError");
  await expect(output).not.toContainText("app data");
});
