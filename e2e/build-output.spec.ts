import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openApp } from "./app";

const assets = readdirSync(new URL("../dist/assets/", import.meta.url));

test("the build ships one TypeScript worker, and it is the one the editor starts", async ({
  page,
}) => {
  const typeScriptWorkers = assets.filter((name) => /^ts[.-]worker-.*\.js$/.test(name));
  expect(typeScriptWorkers).toHaveLength(1);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await openApp(page);
  await expect
    .poll(() => requested.filter((path) => /\/ts[.-]worker-/.test(path)))
    .toEqual([`/assets/${typeScriptWorkers[0]}`]);
});
