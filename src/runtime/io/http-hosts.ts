import { ValueError } from "../py/errors";
import { ConnectionError } from "./http-response";
import { perRun, runTable } from "../kernel/run-state";

/** How a simulated host answers. — 模拟主机如何应答。 */
export interface HostInfo {
  /** Virtual seconds a request takes. — 一次请求耗时（虚拟秒）。 */
  latency: number;
  /** HTTP status (default 200). — HTTP 状态码（默认 200）。 */
  status?: number;
  /** Body length in characters, when `body` is not given (default 1024). — 正文长度（未给 `body` 时）。 */
  size?: number;
  /** The body text. — 正文。 */
  body?: string;
}

const DEFAULT_HOSTS: Readonly<Record<string, Readonly<HostInfo>>> = {
  "www.python.org": { latency: 0.3, size: 50_174 },
  "www.yahoo.com": { latency: 0.5, size: 412_376 },
  "github.com": { latency: 0.2, size: 276_533 },
  "www.baidu.com": { latency: 0.1, size: 2_443 },
  "www.jd.com": { latency: 0.25, size: 108_315 },
  "www.qq.com": { latency: 0.4, size: 231_873 },
  "example.com": { latency: 0.15, size: 1_256 },
  "down.example.com": { latency: 0.1, status: 503, body: "Service Unavailable" },
};

const hostsOf = perRun(() => {
  const table: Record<string, HostInfo> = {};
  for (const [host, info] of Object.entries(DEFAULT_HOSTS)) table[host] = { ...info };
  return table;
});

/**
 * The simulated internet: host name -> how it answers. Read and change it in a program
 * (`hosts["github.com"].latency = 2`, `hosts["my.site"] = { latency: 0.1, body: "hi" }`);
 * every run starts from the same table.
 * — 模拟的互联网：主机名 -> 应答方式。程序中可读可改；每次运行都从同一张表开始。
 */
export const hosts: Record<string, HostInfo> = runTable(hostsOf);

/** What `host` answers; a ConnectionError naming the table when it is not there. */
export function lookUp(host: string): HostInfo {
  const table = hostsOf();
  const info = Object.prototype.hasOwnProperty.call(table, host) ? table[host] : undefined;
  if (info === undefined) {
    const example = `requests.hosts["${host}"] = { latency: 0.2, size: 1000 }`;
    throw new ConnectionError(
      undefined,
      `Failed to resolve '${host}': it is not in requests.hosts (known: ${Object.keys(table).join(", ")}). ` +
        `Add it first: ${example} — 无法解析 '${host}'：它不在 requests.hosts 中。请先添加：${example}`,
    );
  }
  if (typeof info.latency !== "number" || !(info.latency >= 0) || !Number.isFinite(info.latency)) {
    throw new ValueError(`requests.hosts["${host}"].latency must be a number of seconds >= 0`);
  }
  const status = info.status ?? 200;
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new ValueError(`requests.hosts["${host}"].status must be an HTTP status code (100-599)`);
  }
  return info;
}

/** A deterministic page of exactly `size` characters. */
export function pageOf(host: string, size: number): string {
  const head = `<!doctype html><html><head><title>${host}</title></head><body>\n`;
  const tail = "</body></html>\n";
  if (size <= head.length + tail.length) return (head + tail).slice(0, Math.max(0, size));
  const line = `<p>Welcome to ${host}.</p>\n`;
  const fill = size - head.length - tail.length;
  return head + line.repeat(Math.ceil(fill / line.length)).slice(0, fill) + tail;
}
