import { describe, expect, it } from "vitest";
import { joinall, spawn, Timeout } from "../api/gevent";
import { patchAll, patchSocket } from "../api/gevent-monkey";
import { ConnectionError, get, hosts, HTTPError, InvalidURL } from "../api/requests";
import { time } from "../api/time";
import { lines, runTest } from "../testing";
import { decodeEvents } from "../primitives-testing";
import { BLOCK, EV, HOLD, OBJ, SOCKET_STATE } from "../tracing/trace-kinds";

const SITES = ["https://www.python.org/", "https://www.yahoo.com/", "https://github.com/"];

/** The tutorial's crawler: three pages fetched by three greenlets. */
function* crawler(print: (...a: unknown[]) => void) {
  function* getPage(url: string) {
    print("GET:", url);
    const response = yield* get(url);
    if (response.statusCode === 200) print(`${response.text.length} bytes received from ${url}`);
  }
  const start = time();
  yield* joinall(SITES.map((url) => spawn(getPage, url)));
  print("run time is", time() - start);
}

describe("requests.get", () => {
  it("unpatched, fetches one page after another: the run takes the sum of the latencies", () => {
    const r = runTest(crawler);
    expect(lines(r)).toEqual([
      "GET: https://www.python.org/",
      "50174 bytes received from https://www.python.org/",
      "GET: https://www.yahoo.com/",
      "412376 bytes received from https://www.yahoo.com/",
      "GET: https://github.com/",
      "276533 bytes received from https://github.com/",
      "run time is 1",
    ]);
    const held = decodeEvents(r)
      .filter((e) => e.kind === EV.HUB_HELD)
      .map((e) => [e.a, e.b]);
    expect(held).toEqual([
      [HOLD.REQUESTS, 300_000],
      [HOLD.REQUESTS, 500_000],
      [HOLD.REQUESTS, 200_000],
    ]);
  });

  it("patched, fetches the three at once: they finish in latency order, the run takes the largest", () => {
    const r = runTest(function* (print) {
      patchAll();
      yield* crawler(print);
    });
    expect(lines(r)).toEqual([
      "GET: https://www.python.org/",
      "GET: https://www.yahoo.com/",
      "GET: https://github.com/",
      "276533 bytes received from https://github.com/",
      "50174 bytes received from https://www.python.org/",
      "412376 bytes received from https://www.yahoo.com/",
      "run time is 0.5",
    ]);
    expect(decodeEvents(r).filter((e) => e.kind === EV.HUB_HELD)).toEqual([]);
    const requestSockets = decodeEvents(r)
      .filter((e) => e.kind === EV.OBJ_CREATED)
      .filter((e) => e.b === OBJ.SOCKET)
      .map((e) => e.a);
    const blockedOn = decodeEvents(r)
      .filter((e) => e.kind === EV.BLOCKED)
      .filter((e) => e.a === BLOCK.SOCKET)
      .map((e) => e.b);
    expect(blockedOn).toEqual(requestSockets);
  });

  it("cooperates after patchSocket alone, as in the tutorial", () => {
    const r = runTest(function* (print) {
      patchSocket();
      yield* crawler(print);
    });
    expect(r.elapsed).toBe(0.5);
  });

  it("answers from the hosts table, which the program can read and change", () => {
    const r = runTest(function* (print) {
      print(hosts["github.com"].latency);
      hosts["github.com"].latency = 2;
      hosts["my.site"] = { latency: 0.1, body: "hello", status: 201 };
      const response = yield* get("http://my.site/index.html");
      print(response.statusCode, response.reason, response.text, response.ok, String(response));
      yield* get("https://github.com/");
      print(time());
    });
    expect(lines(r)).toEqual(["0.2", "201 Created hello true <Response [201]>", "2.1"]);
  });

  it("starts every run from the same hosts table", () => {
    runTest(function* () {
      delete hosts["github.com"];
    });
    const r = runTest(function* (print) {
      print(hosts["github.com"].latency);
    });
    expect(lines(r)).toEqual(["0.2"]);
  });

  it("returns error statuses, and raiseForStatus throws requests' HTTPError", () => {
    const r = runTest(function* (print) {
      const response = yield* get("https://down.example.com/");
      print(response.statusCode, response.ok);
      try {
        response.raiseForStatus();
      } catch (e) {
        print(e instanceof HTTPError, String(e));
      }
    });
    expect(lines(r)).toEqual([
      "503 false",
      "true HTTPError: 503 Server Error: Service Unavailable for url: https://down.example.com/",
    ]);
  });

  it("fails clearly for an unknown host, naming the table and the line", () => {
    const r = runTest(
      function* (_print, env) {
        yield* env.__s(1, get("https://nowhere.test/"));
      },
      {
        sites: [
          [0, 0],
          [4, 8],
        ],
      },
    );
    expect(r.error?.name).toBe("ConnectionError");
    expect(r.error?.line).toBe(4);
    expect(r.error?.message).toMatch(
      /^Failed to resolve 'nowhere\.test': it is not in requests\.hosts/,
    );
    expect(r.elapsed).toBe(0);
  });

  it("fails clearly for a URL without a scheme", () => {
    const r = runTest(function* (print) {
      try {
        yield* get("www.python.org");
      } catch (e) {
        print(e instanceof InvalidURL, e instanceof ConnectionError, String(e));
      }
    });
    expect(lines(r)).toEqual([
      "true false InvalidURL: Invalid URL 'www.python.org': No scheme supplied. Perhaps you meant https://www.python.org?",
    ]);
  });
});

describe("requests.get interrupted", () => {
  it("gives up at a Timeout, patched, and the request's connection is closed in the trace", () => {
    const r = runTest(function* (print) {
      patchAll();
      try {
        yield* Timeout.within(0.1, () => get("https://www.yahoo.com/"));
      } catch (e) {
        print(String(e), time());
      }
    });
    expect(lines(r)).toEqual(["Timeout: 0.1 seconds 0.1"]);
    const states = decodeEvents(r)
      .filter((e) => e.kind === EV.OBJ_STATE)
      .map((e) => e.b);
    expect(states).toEqual([SOCKET_STATE.CONNECTED, SOCKET_STATE.CLOSED]);
  });
});
