import type { Hub } from "./hub";
import { STATE_ACTIVE, type RawGreenlet } from "./raw-greenlet";

/** One line per blocked greenlet, "main waits on q.get() at line 12", for LoopExit. */
export function describeBlocked(hub: Hub): string {
  const lines: string[] = [];
  for (const g of hub.live) {
    if (g === hub.hubGreenlet || g._state !== STATE_ACTIVE) continue;
    lines.push(`\t${nameOf(hub, g)} waits on ${waitOf(g)}${siteOf(hub, g)}`);
  }
  return lines.length > 0 ? lines.join("\n") : "\t(no greenlet is waiting)";
}

function nameOf(hub: Hub, g: RawGreenlet): string {
  return g === hub.main ? "main" : String(g);
}

function waitOf(g: RawGreenlet): string {
  return g._blockedOn ? g._blockedOn.describe() : "a switch() that never comes";
}

function siteOf(hub: Hub, g: RawGreenlet): string {
  const line = hub.siteLine(g._site);
  return line > 0 ? ` (line ${line})` : "";
}
