import { fixName } from "../py/errors";
import { OSError } from "./net-errors";
import { utf8Encode } from "../py/utf8";

/** requests' base error. — requests 的错误基类。 */
export class RequestException extends OSError {}
fixName(RequestException, "RequestException");

/** The host cannot be reached (here: it is not in `requests.hosts`). — 无法连接主机。 */
export class ConnectionError extends RequestException {}
fixName(ConnectionError, "ConnectionError");

/** The URL cannot be used. — URL 无效。 */
export class InvalidURL extends RequestException {}
fixName(InvalidURL, "InvalidURL");

/** `raiseForStatus()` on a 4xx or 5xx response. — 4xx/5xx 响应调用 `raiseForStatus()` 时抛出。 */
export class HTTPError extends RequestException {}
fixName(HTTPError, "HTTPError");

const REASONS: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  304: "Not Modified",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  418: "I'm a Teapot",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * What `requests.get` returns. — `requests.get` 的返回值。
 */
export class Response {
  /** The reason phrase: "OK", "Not Found". — 状态短语。 */
  readonly reason: string;

  constructor(
    /** The URL fetched. — 请求的 URL。 */
    readonly url: string,
    /** The HTTP status code: 200, 404, ... — HTTP 状态码。 */
    readonly statusCode: number,
    /** The body. — 响应正文。 */
    readonly text: string,
    /** Virtual seconds the request took. — 请求耗时（虚拟秒）。 */
    readonly elapsed: number,
  ) {
    this.reason = REASONS[statusCode] ?? "";
  }

  /** True for a status below 400. — 状态码小于 400 时为 true。 */
  get ok(): boolean {
    return this.statusCode < 400;
  }

  /** The body as UTF-8 bytes. — 正文的 UTF-8 字节。 */
  get content(): Uint8Array {
    return utf8Encode(this.text);
  }

  /** Throw HTTPError for a 4xx or 5xx status. — 状态码为 4xx/5xx 时抛出 HTTPError。 */
  raiseForStatus(): void {
    if (this.statusCode < 400) return;
    const kind = this.statusCode < 500 ? "Client" : "Server";
    throw new HTTPError(
      undefined,
      `${this.statusCode} ${kind} Error: ${this.reason} for url: ${this.url}`,
    );
  }

  toString(): string {
    return `<Response [${this.statusCode}]>`;
  }
}
