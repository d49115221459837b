import { describe, expect, it } from "vitest";
import { EV, GREENLET_TYPE, HUB_GID, MAIN_GID } from "../runtime/tracing/trace-kinds";
import { clockEvent, encodeForTests, type RawEvent } from "./encode-for-tests";
import { PrintedLineReader } from "./printed-lines";

const STRINGS = ["", "hello", "oops", "worker", "w", "task(1)", "spawned", "second"];
const EVENTS: RawEvent[] = [
  [EV.OUTPUT, MAIN_GID, 1, 0, 0],
  [EV.CREATED, 2, MAIN_GID | (GREENLET_TYPE.GREENLET << 24), 0, 0],
  [EV.STARTED, 2, 5, 0, 0],
  clockEvent(0.5),
  [EV.OUTPUT, 2, 6, 0, 0],
  [EV.OBJ_NAMED, 2, 0, 4, 0],
  clockEvent(1.25),
  [EV.OUTPUT, 2, 2, 1, 0],
  [EV.OUTPUT, HUB_GID, 7, 0, 0],
];

/** Reads the events in batches of `size`, each with the strings it is the first to use. */
function readInBatches(size: number): PrintedLineReader {
  const { words } = encodeForTests(EVENTS, STRINGS);
  const reader = new PrintedLineReader();
  for (let from = 0; from < EVENTS.length; from += size) {
    const strings = from === 0 ? STRINGS : [];
    const first = from === 0 ? 0 : STRINGS.length;
    reader.append(words.subarray(from * 4, (from + size) * 4), strings, first);
  }
  return reader;
}

describe("the printed lines read from a trace", () => {
  it("gives each line its virtual time, greenlet and stream", () => {
    const reader = readInBatches(EVENTS.length);
    expect(reader.lines).toEqual([
      { seq: 0, time: 0, gid: MAIN_GID, stream: "stdout", text: "hello" },
      { seq: 4, time: 0.5, gid: 2, stream: "stdout", text: "spawned" },
      { seq: 7, time: 1.25, gid: 2, stream: "stderr", text: "oops" },
      { seq: 8, time: 1.25, gid: HUB_GID, stream: "stdout", text: "second" },
    ]);
  });

  it("reads the same lines whatever the batches the trace arrives in", () => {
    const whole = readInBatches(EVENTS.length).lines;
    for (const size of [1, 2, 3, 4]) expect(readInBatches(size).lines).toEqual(whole);
  });

  it("labels a greenlet by its variable, else its name, else its call", () => {
    const reader = readInBatches(EVENTS.length);
    expect(reader.tags()).toEqual({
      [MAIN_GID]: { label: "main", role: "main" },
      2: { label: "w #2", role: "greenlet" },
      [HUB_GID]: { label: "hub", role: "hub" },
    });
    const unnamed = new PrintedLineReader();
    const { words } = encodeForTests(EVENTS.slice(0, 5), STRINGS);
    unnamed.append(words, STRINGS, 0);
    expect(unnamed.label(2)).toBe("task(1) #2");
  });

  it("shortens a long call to the function's name", () => {
    const strings = ["", "worker(<socket.socket family=2 type=1 laddr=('127.0.0.1',)"];
    const reader = new PrintedLineReader();
    reader.append(encodeForTests([[EV.STARTED, 5, 1, 0, 0]], strings).words, strings, 0);
    expect(reader.label(5)).toBe("worker(…) #5");
  });

  it("gives views of its lines that never change as more lines arrive, and clears a view", () => {
    const reader = new PrintedLineReader();
    const { words } = encodeForTests(EVENTS, STRINGS);
    reader.append(words.subarray(0, 5 * 4), STRINGS, 0);
    const early = reader.view();
    reader.append(words.subarray(5 * 4), [], STRINGS.length);
    expect(early.slice().map((line) => line.text)).toEqual(["hello", "spawned"]);
    expect(reader.view().length).toBe(4);
    const cleared = reader.view().cleared();
    expect(cleared.length).toBe(0);
    expect(reader.view(cleared.start).length).toBe(0);
    expect(reader.view(2).at(0).text).toBe("oops");
  });

  it("hands out the same tags object while no label changed", () => {
    const reader = new PrintedLineReader();
    const { words } = encodeForTests(EVENTS, STRINGS);
    reader.append(words.subarray(0, 5 * 4), STRINGS, 0);
    const first = reader.tags();
    expect(reader.tags()).toBe(first);
    reader.append(words.subarray(5 * 4, 6 * 4), [], STRINGS.length);
    expect(reader.tags()).not.toBe(first);
    expect(reader.tags()[2].label).toBe("w #2");
  });

  it("refuses a batch whose strings do not continue the ones read so far", () => {
    const reader = new PrintedLineReader();
    const { words } = encodeForTests(EVENTS, STRINGS);
    expect(reader.append(words, STRINGS.slice(1), 1)).toBeNull();
    expect(reader.lines).toEqual([]);
  });
});
