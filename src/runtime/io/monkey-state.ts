import { activeRun } from "../kernel/context";

/**
 * Which blocking modules are patched in this run. Patching is a flag the blocking calls read
 * when they run, so `patchAll()` works although imports are hoisted.
 */
export type PatchName = "time" | "socket";

export function isPatchedNow(name: PatchName): boolean {
  return activeRun().patched.has(name);
}

export function markPatched(name: PatchName): void {
  activeRun().patched.add(name);
}
