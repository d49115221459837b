#!/usr/bin/env node
/**
 * A tiny static file server for the browser tests: it serves folders under URL prefixes, the way
 * any static host would, on 127.0.0.1 only. It proves that dist/ needs no server of ours (served
 * at a sub-path, as a host page's neighbour from another origin, as a redeployed copy).
 *
 *   node scripts/static-server.mjs --port 4317 /some/sub/path/=dist /=e2e/host
 *
 * Files are read at each request, so a test may replace them between requests (a new
 * deployment). Everything is sent with `Cache-Control: no-cache`, as static hosts commonly do.
 */
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

function parseArgs(argv) {
  let port = 4317;
  const mounts = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") port = Number(argv[++i]);
    else {
      const [prefix, folder] = argv[i].split("=");
      if (!prefix.startsWith("/") || !prefix.endsWith("/") || !folder) {
        throw new Error(`a mount is /prefix/=folder, not ${argv[i]}`);
      }
      mounts.push({ prefix, root: resolve(folder) });
    }
  }
  // The longest prefix wins, so /a/b/ is served before /.
  mounts.sort((a, b) => b.prefix.length - a.prefix.length);
  return { port, mounts };
}

/** The file a URL path names under the mounts, or null (outside every mount, or escaping one). */
function fileFor(mounts, pathname) {
  const mount = mounts.find((m) => pathname.startsWith(m.prefix));
  if (!mount) return null;
  const rest = decodeURIComponent(pathname.slice(mount.prefix.length));
  const file = normalize(join(mount.root, rest));
  if (file !== mount.root && !file.startsWith(mount.root + sep)) return null;
  return file;
}

async function send(response, file) {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return send(response, join(file, "index.html"));
  if (!info?.isFile()) {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    return;
  }
  response.writeHead(200, {
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
  });
  response.end(await readFile(file));
}

const { port, mounts } = parseArgs(process.argv.slice(2));
createServer((request, response) => {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  // A sub-path without its slash is where a host redirects, so relative URLs resolve inside it.
  const bare = mounts.find((m) => m.prefix === `${pathname}/`);
  if (bare) {
    response.writeHead(301, { Location: bare.prefix }).end();
    return;
  }
  let file;
  try {
    file = fileFor(mounts, pathname);
  } catch {
    file = null;
  }
  if (file === null) {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    return;
  }
  send(response, file).catch(() => response.writeHead(500).end());
}).listen(port, "127.0.0.1", () => {
  console.log(`static server on http://127.0.0.1:${port}/`);
});
