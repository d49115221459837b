#!/usr/bin/env node
// Installs what a fresh clone is missing, and nothing when all is present (it must stay fast:
// `npm start` and `npm test` run it every time). Never downloads a browser from the internet:
// with --browser it finds a Chromium, or installs Debian's package when running as root.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "./find-chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const say = (line) => console.log(`setup: ${line}`);
const mtime = (file) => statSync(file).mtimeMs;

function run(command, args) {
  say(`${command} ${args.join(" ")}`);
  execFileSync(command, args, { cwd: root, stdio: "inherit" });
}

/** Why node_modules must be (re)installed, or null when it matches package.json and the lock. */
function staleReason() {
  const pkg = join(root, "package.json");
  const lock = join(root, "package-lock.json");
  const installed = join(root, "node_modules/.package-lock.json");
  if (!existsSync(installed)) return "node_modules is missing";
  if (existsSync(lock) && mtime(lock) > mtime(installed)) return "package-lock.json changed";
  if (mtime(pkg) > mtime(installed)) return "package.json changed";
  const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(pkg, "utf8"));
  const missing = Object.keys({ ...dependencies, ...devDependencies }).find(
    (name) => !existsSync(join(root, "node_modules", name, "package.json")),
  );
  return missing ? `${missing} is not installed` : null;
}

function installPackages() {
  const reason = staleReason();
  if (!reason) return;
  say(reason);
  // npm ci installs exactly the lock; npm install is for a package.json edited since the lock.
  const exact = existsSync(join(root, "package-lock.json")) && reason !== "package.json changed";
  run("npm", [exact ? "ci" : "install", "--no-audit", "--no-fund"]);
}

function isRootOnDebian() {
  return process.getuid?.() === 0 && existsSync("/etc/debian_version");
}

function ensureChromium() {
  if (findChromium(root)) return;
  if (!isRootOnDebian()) {
    console.error(
      "setup: no Chromium found. Install your system's chromium package, or set CHROMIUM_PATH " +
        "to a Chromium or Chrome executable, then run this again.",
    );
    process.exit(1);
  }
  say("no Chromium found: installing Debian's chromium package");
  run("apt-get", ["update"]);
  run("apt-get", ["-o", "DPkg::Lock::Timeout=120", "install", "-y", "chromium"]);
  if (!findChromium(root)) {
    console.error("setup: chromium was installed but /usr/bin/chromium is still missing");
    process.exit(1);
  }
}

installPackages();
if (process.argv.includes("--browser")) ensureChromium();
