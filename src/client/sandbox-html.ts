/**
 * The document of the sandbox frame. The frame is `sandbox="allow-scripts"` (an opaque origin:
 * no access to the app's storage, cookies or DOM); its policy forbids every network request,
 * and the blob worker it starts inherits that policy. It receives the runner script as a Blob,
 * starts it as a classic worker from a blob URL made inside the frame (the one way Chromium
 * allows from an opaque origin), and hands the worker the private MessagePort that came with
 * the script: page and runner speak over that port only, and the frame relays nothing.
 */
const POLICY = [
  "default-src 'none'",
  // The relay below is inline; the worker evaluates the compiled learner program.
  "script-src 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src blob:",
  "connect-src 'none'",
].join("; ");

function relay(): void {
  let booted = false;
  addEventListener("message", (event: MessageEvent) => {
    const boot: unknown = event.data;
    const port = event.ports[0];
    if (booted || event.source !== parent || !port) return;
    if (typeof boot !== "object" || boot === null || !("script" in boot)) return;
    if (!(boot.script instanceof Blob)) return;
    booted = true;
    const url = URL.createObjectURL(boot.script);
    const worker = new Worker(url);
    // The worker's global channel is the learner program's too: nothing on it is read. Only a
    // failure to boot is told, and the page listens for it only until the runner is ready.
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      const message = e.message || "the runner failed to start";
      parent.postMessage({ type: "boot-failed", message }, "*");
    };
    worker.postMessage({ type: "port" }, [port]);
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
