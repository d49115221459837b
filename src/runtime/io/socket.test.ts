import { describe, expect, it } from "vitest";
import { joinall, sleep, spawn } from "../api/gevent";
import { patchAll } from "../api/gevent-monkey";
import { latency, socket, type Socket } from "../api/socket";
import { time } from "../api/time";
import { utf8Decode } from "../py/utf8";
import { connectedPair, listening } from "../socket-testing";
import { lines, runTest } from "../testing";
import { decodeEvents } from "../primitives-testing";
import { BLOCK, EV, HOLD, OBJ } from "../tracing/trace-kinds";

const text = (b: Uint8Array) => utf8Decode(b);

/** An echo server on loopback for `clients` connections; returns its port. */
function startEchoServer(print: (...a: unknown[]) => void, clients: number): number {
  const server = listening(["127.0.0.1", 0], 5);
  function* handle(conn: Socket) {
    for (;;) {
      const data = yield* conn.recv(1024);
      if (data.length === 0) break;
      print("server got", data);
      yield* conn.sendall(data);
    }
    conn.close();
  }
  spawn(function* () {
    for (let i = 0; i < clients; i++) {
      const [conn] = yield* server.accept();
      spawn(handle, conn);
    }
  });
  return server.getsockname()[1];
}

function* echoClient(print: (...a: unknown[]) => void, port: number, name: string, delay: number) {
  yield* sleep(delay);
  const c = socket();
  yield* c.connect(["127.0.0.1", port]);
  for (let i = 0; i < 2; i++) {
    yield* c.send(`${name}${i}`);
    print(name, "got", text(yield* c.recv(1024)));
    yield* sleep(0.3);
  }
  c.close();
}

describe("socket, patched: calls block only their greenlet", () => {
  it("serves three clients at once: their lines interleave in time order", () => {
    const r = runTest(function* (print) {
      patchAll();
      const port = startEchoServer(print, 3);
      const names: Array<[string, number]> = [
        ["a", 0],
        ["b", 0.1],
        ["c", 0.2],
      ];
      yield* joinall(names.map(([n, d]) => spawn(echoClient, print, port, n, d)));
    });
    expect(lines(r)).toEqual([
      "server got b'a0'",
      "a got a0",
      "server got b'b0'",
      "b got b0",
      "server got b'c0'",
      "c got c0",
      "server got b'a1'",
      "a got a1",
      "server got b'b1'",
      "b got b1",
      "server got b'c1'",
      "c got c1",
    ]);
    expect(r.elapsed).toBeCloseTo(0.8, 9);
    expect(r.error).toBeNull();
  });

  it("traces a waiting greenlet as BLOCKED on the socket, with the socket's object id", () => {
    const r = runTest(function* (print) {
      patchAll();
      const port = startEchoServer(print, 1);
      yield* echoClient(print, port, "a", 0);
    });
    const sockets = decodeEvents(r)
      .filter((e) => e.kind === EV.OBJ_CREATED)
      .filter((e) => e.b === OBJ.SOCKET);
    const blocked = decodeEvents(r)
      .filter((e) => e.kind === EV.BLOCKED)
      .filter((e) => e.a === BLOCK.SOCKET);
    expect(blocked.length).toBeGreaterThan(3);
    for (const b of blocked) expect(sockets.map((s) => s.a)).toContain(b.b);
    expect(decodeEvents(r).filter((e) => e.kind === EV.HUB_HELD)).toEqual([]);
  });

  it("takes a round trip to connect to another host, and bytes arrive after its latency", () => {
    const r = runTest(function* (print) {
      patchAll();
      latency["10.0.0.9"] = 0.25;
      const server = listening(["10.0.0.9", 80]);
      spawn(function* () {
        const [conn, addr] = yield* server.accept();
        print("accepted at", time(), "from", addr);
        const data = yield* conn.recv(100);
        print("server got", text(data), "at", time());
        yield* conn.send(data);
      });
      const c = socket();
      yield* c.connect(["10.0.0.9", 80]);
      print("connected at", time());
      yield* c.send("ping");
      print("client got", text(yield* c.recv(100)), "at", time());
    });
    expect(lines(r)).toEqual([
      "accepted at 0.25 from ['10.0.0.1', 50000]",
      "connected at 0.5",
      "server got ping at 0.75",
      "client got ping at 1",
    ]);
  });

  it("ends in LoopExit, naming the accept, when the program waits for a client that never comes", () => {
    const r = runTest(function* () {
      patchAll();
      const server = listening(["127.0.0.1", 8000]);
      yield* server.accept();
    });
    expect(r.error?.name).toBe("LoopExit");
    expect(r.error?.message).toContain("main waits on socket.accept()");
  });
});

describe("socket, unpatched: a blocking call holds the whole program", () => {
  it("ends the run at an accept no client can ever reach, naming the call and the line", () => {
    const r = runTest(
      function* (print, env) {
        const server = listening(["127.0.0.1", 0], 5);
        const port = server.getsockname()[1];
        spawn(function* () {
          yield* env.__s(1, server.accept());
          print("never accepted");
        });
        yield* joinall([spawn(echoClient, print, port, "a", 0)]);
      },
      {
        sites: [
          [0, 0],
          [14, 9],
        ],
      },
    );
    expect(r.error?.name).toBe("BlockedForeverError");
    expect(r.error?.line).toBe(14);
    expect(r.error?.message).toContain("socket.accept() at line 14 would block forever");
    expect(r.error?.message).toContain("monkey.patchAll()");
    expect(r.stdout).toBe("");
  });

  it("ends the run at a recv whose data nobody can send, naming the call and the line", () => {
    const r = runTest(
      function* (_print, env) {
        const [c] = yield* connectedPair();
        yield* env.__s(1, c.recv(1024));
      },
      {
        sites: [
          [0, 0],
          [7, 1],
        ],
      },
    );
    expect(r.error?.name).toBe("BlockedForeverError");
    expect(r.error?.line).toBe(7);
    expect(r.error?.message).toMatch(
      /^socket\.recv\(1024\) at line 7 would block forever: no data/,
    );
  });

  it("completes when what it waits for is already under way, in one greenlet", () => {
    const r = runTest(function* (print) {
      const [c, conn] = yield* connectedPair();
      yield* c.send("hello");
      print(yield* conn.recv(1024));
    });
    expect(lines(r)).toEqual(["b'hello'"]);
    expect(r.error).toBeNull();
  });

  it("holds the hub while bytes travel: other greenlets run only after, and the trace says so", () => {
    const r = runTest(function* (print) {
      latency["10.0.0.9"] = 0.5;
      listening(["10.0.0.9", 80]);
      spawn(function* () {
        for (let i = 0; i < 3; i++) {
          print("tick at", time());
          yield* sleep(0.25);
        }
      });
      const c = socket();
      yield* c.connect(["10.0.0.9", 80]);
      print("connected at", time());
      yield* sleep(1);
    });
    expect(lines(r)).toEqual(["connected at 1", "tick at 1", "tick at 1.25", "tick at 1.5"]);
    const held = decodeEvents(r).filter((e) => e.kind === EV.HUB_HELD);
    expect(held.map((e) => [e.gid, e.a, e.b])).toEqual([[1, HOLD.SOCKET, 1_000_000]]);
  });
});
