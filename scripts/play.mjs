#!/usr/bin/env node
// `npm run --silent play -- PROGRAM.ts [--json] [--trace FILE.json] [--seed N]`: runs one
// learner program headless (src/cli). TypeScript is loaded in-process through tsx's API, which
// starts faster than a second node process; paths are resolved from the caller's directory.
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("../src/cli/main.ts", import.meta.url);
main(process.argv.slice(2));
