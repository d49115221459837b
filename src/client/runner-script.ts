/**
 * The runner script (runner/runner.js beside the page, built by vite.runner.config.ts), which
 * every sandbox frame starts as its worker. Fetched relative to the page, so the build works
 * from any path; the service worker serves it offline. It is held as one Blob: a frame is handed
 * that (a reference to the same bytes) rather than a copy of its 600 KB of text, which took a
 * frame 80 to 230 ms to receive (bench/README.md).
 */
export async function fetchRunnerScript(baseUrl: string): Promise<Blob> {
  const response = await fetch(`${baseUrl}runner/runner.js`);
  if (!response.ok) throw new Error(`runner script: HTTP ${response.status}`);
  return new Blob([await response.arrayBuffer()], { type: "text/javascript" });
}
