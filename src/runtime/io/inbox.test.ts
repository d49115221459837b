import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { patchAll } from "../api/gevent-monkey";
import { latency } from "../api/socket";
import { connectedPair } from "../socket-testing";
import { time } from "../api/time";
import { lines, runTest } from "../testing";
import { utf8Decode } from "../py/utf8";

/** Send `messages` then close; read with `size` until the end; print what arrived and when. */
function transfer(messages: string[], size: number, oneWay: number, patched: boolean) {
  return runTest(function* (print) {
    if (patched) patchAll();
    latency["10.0.0.7"] = oneWay;
    const [client, conn] = yield* connectedPair(["10.0.0.7", 80]);
    for (const m of messages) yield* client.send(m);
    client.close();
    let received = "";
    for (;;) {
      const part = yield* conn.recv(size);
      if (part.length === 0) break;
      received += utf8Decode(part);
    }
    print(received);
    print(time());
  });
}

describe("bytes on a connection", () => {
  it("arrive whole and in order, whatever the send and recv sizes, patched or not", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(0.125, 0.25, 0.5),
        fc.boolean(),
        (messages, size, oneWay, patched) => {
          const r = transfer(messages, size, oneWay, patched);
          expect(r.error).toBeNull();
          // Connect takes a round trip; the bytes and the end arrive one latency after sending.
          expect(lines(r)).toEqual([messages.join(""), String(3 * oneWay)]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
