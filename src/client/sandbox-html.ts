/**
 * The document of the sandbox frame. The frame is `sandbox="allow-scripts"` (an opaque origin:
 * no access to the app's storage, cookies or DOM); its policy forbids every network request,
 * and the blob worker it starts inherits that policy. It receives the runner script's text,
 * starts it as a classic worker from a blob URL made inside the frame (the one way Chromium
 * allows from an opaque origin), and relays messages both ways without reading them.
 */
const POLICY = [
  "default-src 'none'",
  // The relay below is inline; the worker evaluates the compiled learner program.
  "script-src 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src blob:",
  "connect-src 'none'",
].join("; ");

function relay(): void {
  let worker: Worker | null = null;
  const buffersOf = (data: unknown): ArrayBuffer[] =>
    typeof data === "object" && data !== null
      ? Object.values(data).filter((v): v is ArrayBuffer => v instanceof ArrayBuffer)
      : [];
  const toPage = (data: unknown) => parent.postMessage(data, "*", buffersOf(data));
  addEventListener("message", (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (worker) return worker.postMessage(event.data);
    const boot: unknown = event.data;
    if (typeof boot !== "object" || boot === null || !("script" in boot)) return;
    const url = URL.createObjectURL(new Blob([String(boot.script)], { type: "text/javascript" }));
    worker = new Worker(url);
    worker.onmessage = (e: MessageEvent) => toPage(e.data);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      toPage({ type: "crashed", runId: null, message: e.message || "the runner failed to start" });
    };
  });
}

/** The frame's `srcdoc`. */
export function sandboxDocument(): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">` +
    `<script>(${relay.toString()})()</script></head><body></body></html>`
  );
}
