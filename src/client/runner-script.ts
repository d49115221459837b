/**
 * The runner script's text (runner/runner.js beside the page, built by vite.runner.config.ts),
 * which every sandbox frame starts as its worker. Fetched relative to the page, so the build
 * works from any path; the service worker serves it offline.
 */
export async function fetchRunnerScript(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}runner/runner.js`);
  if (!response.ok) throw new Error(`runner script: HTTP ${response.status}`);
  return response.text();
}
