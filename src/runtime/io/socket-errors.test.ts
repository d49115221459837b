import { describe, expect, it } from "vitest";
import { sleep, spawn, Timeout } from "../api/gevent";
import { patchAll } from "../api/gevent-monkey";
import { ConnectionRefusedError, latency, socket } from "../api/socket";
import { connectedPair, listening } from "../socket-testing";
import { lines, runTest } from "../testing";
import { decodeEvents } from "../primitives-testing";
import { EV, OBJ, SOCKET_STATE } from "../tracing/trace-kinds";

describe("socket errors and states", () => {
  it("refuses a connection where nobody listens, patched or not, with Python's message", () => {
    for (const patched of [false, true]) {
      const r = runTest(function* (print) {
        if (patched) patchAll();
        const c = socket();
        try {
          yield* c.connect(["127.0.0.1", 1234]);
        } catch (e) {
          print(e instanceof ConnectionRefusedError, String(e));
        }
      });
      expect(lines(r)).toEqual(["true ConnectionRefusedError: [Errno 111] Connection refused"]);
    }
  });

  it("reports an uncaught refusal with the line of the connect", () => {
    const r = runTest(
      function* (_print, env) {
        patchAll();
        yield* env.__s(1, socket().connect(["127.0.0.1", 1234]));
      },
      {
        sites: [
          [0, 0],
          [3, 7],
        ],
      },
    );
    expect(r.error).toEqual({
      name: "ConnectionRefusedError",
      message: "[Errno 111] Connection refused",
      line: 3,
    });
  });

  it("returns an empty array at the end of stream, after every byte sent before close", () => {
    const r = runTest(function* (print) {
      patchAll();
      const [c, conn] = yield* connectedPair();
      yield* c.sendall("hello");
      c.close();
      print(yield* conn.recv(3), yield* conn.recv(10), yield* conn.recv(10), yield* conn.recv(10));
    });
    expect(lines(r)).toEqual(["b'hel' b'lo' b'' b''"]);
  });

  it("wakes a greenlet waiting on a socket another greenlet closes, with gevent's error", () => {
    const r = runTest(function* (print) {
      patchAll();
      const server = listening();
      const g = spawn(function* () {
        try {
          yield* server.accept();
        } catch (e) {
          print(String(e));
        }
      });
      yield* sleep(0);
      server.close();
      yield* g.join();
    });
    expect(lines(r)).toEqual(["OSError: [Errno 9] File descriptor was closed in another greenlet"]);
  });

  it("refuses a second greenlet waiting on the same socket", () => {
    const r = runTest(function* (print) {
      patchAll();
      const server = listening();
      spawn(() => server.accept());
      yield* sleep(0);
      try {
        yield* server.accept();
      } catch (e) {
        print(String(e));
      }
    });
    expect(lines(r)).toEqual([
      "ConcurrentObjectUseError: This socket is already used by another greenlet",
    ]);
  });

  it("picks distinct free ports for port 0, and refuses an address in use", () => {
    const r = runTest(function* (print) {
      const a = socket();
      const b = socket();
      a.bind(["127.0.0.1", 0]);
      b.bind(["0.0.0.0", 0]);
      print(a.getsockname()[1] !== b.getsockname()[1]);
      const c = socket();
      try {
        c.bind(["127.0.0.1", a.getsockname()[1]]);
      } catch (e) {
        print(String(e));
      }
      a.close();
      c.bind(["127.0.0.1", a.getsockname()[1]]);
      print("bound after close");
    });
    expect(lines(r)).toEqual([
      "true",
      "OSError: [Errno 98] Address already in use",
      "bound after close",
    ]);
  });

  it("traces its states and buffered bytes", () => {
    const r = runTest(function* () {
      const [c, conn] = yield* connectedPair();
      yield* c.send("hi");
      yield* conn.recv(10);
      c.close();
      conn.close();
    });
    const id = (n: number) =>
      decodeEvents(r)
        .filter((e) => e.kind === EV.OBJ_CREATED)
        .filter((e) => e.b === OBJ.SOCKET)[n].a;
    const states = (obj: number) =>
      decodeEvents(r)
        .filter((e) => e.kind === EV.OBJ_STATE)
        .filter((e) => e.a === obj)
        .map((e) => e.b);
    expect(states(id(0))).toEqual([SOCKET_STATE.BOUND, SOCKET_STATE.LISTENING]);
    expect(states(id(1))).toEqual([
      SOCKET_STATE.CONNECTING,
      SOCKET_STATE.CONNECTED,
      SOCKET_STATE.CLOSED,
    ]);
    expect(states(id(2))).toEqual([SOCKET_STATE.CONNECTED, SOCKET_STATE.CLOSED]);
    const items = decodeEvents(r)
      .filter((e) => e.kind === EV.ITEM_IN || e.kind === EV.ITEM_OUT)
      .map((e) => [e.kind, e.a, r.trace.strings[e.b]]);
    expect(items).toEqual([
      [EV.ITEM_IN, id(0), "('127.0.0.1', 50001)"],
      [EV.ITEM_OUT, id(0), "('127.0.0.1', 50001)"],
      [EV.ITEM_IN, id(2), "b'hi'"],
      [EV.ITEM_OUT, id(2), "b'hi'"],
    ]);
  });

  it("prints its class as Python does, before and after patchSocket", () => {
    const r = runTest(function* (print) {
      print(String(socket));
      patchAll();
      print(String(socket));
    });
    expect(lines(r)).toEqual(["<class 'socket.socket'>", "<class 'gevent._socket3.socket'>"]);
  });

  it("keeps the latency table to the run: the next run starts from the default", () => {
    runTest(function* () {
      latency["10.0.0.9"] = 3;
    });
    const r = runTest(function* (print) {
      print(latency["10.0.0.9"], Object.keys(latency).length);
    });
    expect(lines(r)).toEqual(["undefined 0"]);
  });
});

describe("socket waits end cleanly", () => {
  it("lets a Timeout interrupt a patched recv, after which the socket can be waited on again", () => {
    const r = runTest(function* (print) {
      patchAll();
      const [c, conn] = yield* connectedPair();
      try {
        yield* Timeout.within(0.5, () => conn.recv(10));
      } catch (e) {
        print("timed out:", String(e));
      }
      spawn(function* () {
        yield* sleep(1);
        yield* c.send("late");
      });
      print(yield* conn.recv(10));
    });
    expect(lines(r)).toEqual(["timed out: Timeout: 0.5 seconds", "b'late'"]);
    expect(r.elapsed).toBe(1.5);
  });

  it("gives every byte that has arrived to one recv, up to its size", () => {
    const r = runTest(function* (print) {
      patchAll();
      const [c, conn] = yield* connectedPair();
      yield* c.send("one ");
      yield* c.send("two ");
      yield* c.send("three");
      print(yield* conn.recv(6), yield* conn.recv(100));
    });
    expect(lines(r)).toEqual(["b'one tw' b'o three'"]);
  });
});
