import { activeHub } from "./context";
import { BlockingCall, type HangReason } from "./blocking";
import { ValueError } from "./errors";
import { ConnectionError, InvalidURL, Response } from "./http-response";
import type { Hub } from "./hub";
import { isPatchedNow } from "./monkey-state";
import { MUST_BLOCK, type Operation } from "./operation";
import type { RawGreenlet } from "./raw-greenlet";
import { perRun, runTable } from "./run-state";
import type { Timer } from "./timer-heap";
import { EV, HOLD, OBJ, SOCKET_STATE } from "./trace-kinds";

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

/** `requests.get(url)`: one request, as long as the host's latency. */
class GetOp extends BlockingCall<Response> {
  protected readonly holdReason = HOLD.REQUESTS;
  private started = false;
  private startedAt = 0;
  private doneAt = 0;
  private traceId = 0;
  private status = 200;
  private body = "";
  private timer: Timer | null = null;

  constructor(private readonly url: string) {
    super();
  }

  protected patched(): boolean {
    return isPatchedNow("socket");
  }

  protected attempt(hub: Hub): Response | typeof MUST_BLOCK {
    if (!this.started) {
      this.start(hub);
      // Patched, a request always lets other greenlets run while it connects, as gevent's does.
      if (this.patched()) return MUST_BLOCK;
    }
    if (this.doneAt > hub.now) return MUST_BLOCK;
    hub.trace.emit(EV.OBJ_STATE, hub.current.gid, this.traceId, SOCKET_STATE.CLOSED, hub.site);
    return new Response(this.url, this.status, this.body, hub.now - this.startedAt);
  }

  private start(hub: Hub): void {
    this.started = true;
    const host = hostOf(this.url);
    const info = lookUp(host);
    this.status = info.status ?? 200;
    this.body = info.body ?? pageOf(host, info.size ?? 1024);
    this.startedAt = hub.now;
    this.doneAt = hub.now + info.latency;
    this.traceId = hub.objectCreated(OBJ.SOCKET);
    const name = hub.trace.intern(`GET ${this.url}`);
    hub.trace.emit(EV.OBJ_NAMED, hub.current.gid, this.traceId, name, hub.site);
    hub.trace.emit(EV.OBJ_STATE, hub.current.gid, this.traceId, SOCKET_STATE.CONNECTED, hub.site);
  }

  readyAt(): number {
    return this.doneAt;
  }

  perform(hub: Hub, g: RawGreenlet): void {
    this.timer = hub.wakeAfter(this.doneAt - hub.now, g, undefined);
  }

  protected override teardown(): void {
    if (this.timer !== null) activeHub().cancelTimer(this.timer);
    this.timer = null;
  }

  protected hangReason(): HangReason {
    return { en: "the host never answers", zh: "主机永远不应答" };
  }

  override objectId(): number {
    return this.traceId;
  }

  describe(): string {
    return `requests.get('${this.url}')`;
  }
}

/**
 * Fetch `url` from the simulated internet (`hosts`). Unpatched, it holds the whole program for
 * the host's latency, as Python's requests does; after `monkey.patchAll()` or `patchSocket()` it
 * blocks only the calling greenlet.
 * — 从模拟互联网（`hosts`）获取 `url`。未打补丁时在主机延迟期间占住整个程序；
 * `monkey.patchAll()` 或 `patchSocket()` 后只阻塞调用它的 greenlet。
 */
export function get(url: string): Operation<Response> {
  return new GetOp(url);
}

const URL_PATTERN = /^(https?):\/\/([^/:?#\s]+)(?::\d+)?(?:[/?#]\S*)?$/i;

function hostOf(url: string): string {
  if (typeof url !== "string") throw new InvalidURL(undefined, `Invalid URL ${String(url)}`);
  const m = URL_PATTERN.exec(url);
  if (m !== null) return m[2].toLowerCase();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new InvalidURL(undefined, `Invalid URL '${url}': No scheme supplied. Perhaps you meant https://${url}?`);
  }
  throw new InvalidURL(undefined, `Invalid URL '${url}': only http:// and https:// URLs with a host are simulated`);
}

function lookUp(host: string): HostInfo {
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
  return info;
}

/** A deterministic page of exactly `size` characters. */
function pageOf(host: string, size: number): string {
  const head = `<!doctype html><html><head><title>${host}</title></head><body>\n`;
  const tail = "</body></html>\n";
  if (size <= head.length + tail.length) return (head + tail).slice(0, Math.max(0, size));
  const line = `<p>Welcome to ${host}.</p>\n`;
  const fill = size - head.length - tail.length;
  return head + line.repeat(Math.ceil(fill / line.length)).slice(0, fill) + tail;
}
