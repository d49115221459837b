import { test } from "@playwright/test";
import { openApp, setProgram } from "./app";
test.use({ trace: "off" });
for (const prog of ['import { sleep } from "gevent";\nwhile (true) {\nprint("x");\nyield* sleep(0);\n}\n', "for (let i = 0; i < 100000; i++) print(`line ${i}`);\n"]) {
test("input rt " + prog.length, async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  await setProgram(page, prog);
  await page.locator("h1").first().click();
  const before = Number(await page.locator("body").getAttribute("data-runs-finished"));
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const t0 = Date.now(); let worstKey = 0; let worstEval = 0; let n = 0;
  for (;;) {
    let s = Date.now(); await page.mouse.move(200 + (n++ % 50), 300); worstKey = Math.max(worstKey, Date.now() - s);
    s = Date.now(); const done = await page.evaluate((k) => Number(document.body.dataset.runsFinished) > k, before); worstEval = Math.max(worstEval, Date.now() - s);
    if (done) break;
  }
  console.log(`ended ${Date.now() - t0} ms; worst input round trip ${worstKey} ms; worst evaluate ${worstEval} ms; ${n} inputs`);
});
}
