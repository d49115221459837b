import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";
const [id, locale, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium()?.executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 3000 }, locale });
await page.goto(`http://127.0.0.1:4303/#lesson/${id}`);
await page.waitForSelector("body[data-editor]");
await page.locator(".lesson-text").screenshot({ path: out });
await browser.close();
