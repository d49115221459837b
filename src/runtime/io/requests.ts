import { activeHub } from "../kernel/context";
import { BlockingCall, type HangReason } from "./blocking";
import { lookUp, pageOf } from "./http-hosts";
import { InvalidURL, Response } from "./http-response";
import type { Hub } from "../kernel/hub";
import { isPatchedNow } from "./monkey-state";
import { MUST_BLOCK, type Operation } from "../kernel/operation";
import type { RawGreenlet } from "../kernel/raw-greenlet";
import type { Timer } from "../kernel/timer-heap";
import { EV, HOLD, OBJ, SOCKET_STATE } from "../tracing/trace-kinds";

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
    if (this.doneAt > hub.clock.now) return MUST_BLOCK;
    this.traceState(hub, SOCKET_STATE.CLOSED);
    return new Response(this.url, this.status, this.body, hub.clock.now - this.startedAt);
  }

  private start(hub: Hub): void {
    this.started = true;
    const host = hostOf(this.url);
    const info = lookUp(host);
    this.status = info.status ?? 200;
    this.body = info.body ?? pageOf(host, info.size ?? 1024);
    this.startedAt = hub.clock.now;
    this.doneAt = hub.clock.now + info.latency;
    this.traceId = hub.objectCreated(OBJ.SOCKET);
    const name = hub.trace.intern(`GET ${this.url}`);
    hub.trace.emit(EV.OBJ_NAMED, hub.current.gid, this.traceId, name, hub.site);
    this.traceState(hub, SOCKET_STATE.CONNECTED);
  }

  readyAt(): number {
    return this.doneAt;
  }

  perform(hub: Hub, g: RawGreenlet): void {
    this.timer = hub.wakeAfter(this.doneAt - hub.clock.now, g, undefined);
  }

  protected override teardown(): void {
    const hub = activeHub();
    if (this.timer !== null) hub.clock.cancel(this.timer);
    this.timer = null;
    // Interrupted (a Timeout, a kill): the request's connection is dropped.
    if (this.doneAt > hub.clock.now) this.traceState(hub, SOCKET_STATE.CLOSED);
  }

  private traceState(hub: Hub, state: number): void {
    hub.trace.emit(EV.OBJ_STATE, hub.current.gid, this.traceId, state, hub.site);
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
    throw new InvalidURL(
      undefined,
      `Invalid URL '${url}': No scheme supplied. Perhaps you meant https://${url}?`,
    );
  }
  throw new InvalidURL(
    undefined,
    `Invalid URL '${url}': only http:// and https:// URLs with a host are simulated`,
  );
}
