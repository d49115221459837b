/**
 * Where the browser tests find the app. The app is served by `vite preview` at the root of
 * E2E_PORT; a second static server (scripts/static-server.mjs) on another port, so another
 * origin, serves the build again under a sub-path, the tests' host pages and redeployed copies.
 * E2E_PORT lets several checkouts on one machine run their browser tests side by side.
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? APP_PORT + 10);

export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
export const SECOND_ORIGIN = `http://127.0.0.1:${SECOND_PORT}`;

/** The sub-path the second server serves dist/ under, as a host might. */
export const SUB_PATH = "/some/sub/path/";
/** The folder the second server serves at /deploy/: tests copy builds there to redeploy. */
export const DEPLOY_FOLDER = "test-results/deploy";
