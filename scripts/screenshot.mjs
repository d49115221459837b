#!/usr/bin/env node
// Takes the README's screenshot with headless Chromium: the app at URL (a running `npm start`
// or `npm run preview`; `#lesson/<id>` picks the lesson), its program run once, saved to FILE.
//   node scripts/screenshot.mjs http://127.0.0.1:4173/#lesson/event docs/screenshot.png \
//     [locale] [light|dark] [WIDTHxHEIGHT]
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";

const [url, file, locale = "en-US", colorScheme = "light", size = "1280x720"] =
  process.argv.slice(2);
const [width, height] = size.split("x").map(Number);
if (!url || !file || !["light", "dark"].includes(colorScheme) || !(width > 0 && height > 0)) {
  console.error("usage: node scripts/screenshot.mjs URL FILE [locale] [light|dark] [WxH]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: findChromium()?.executablePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width, height }, locale, colorScheme });
await page.goto(url);
await page.waitForSelector("body[data-editor=monaco]");
await page.locator(".run-controls button.primary").click();
await page.waitForSelector("body[data-runs-finished='1']");
// Let Monaco's type check settle so the picture shows its final squiggles (or none).
await page.waitForTimeout(1000);
await page.screenshot({ path: file });
await browser.close();
