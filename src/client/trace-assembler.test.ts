import { describe, expect, it } from "vitest";
import { TraceAssembler } from "./trace-assembler";

const batch = (...events: number[][]) => new Uint32Array(events.flat()).buffer;

describe("the trace assembler", () => {
  it("puts batches back together in order, words and strings", () => {
    const assembler = new TraceAssembler();
    expect(assembler.append(batch([1, 2, 3, 4]), ["", "a"], 0)).toBe(true);
    expect(assembler.append(batch([5, 6, 7, 8], [9, 10, 11, 12]), ["b"], 2)).toBe(true);
    const trace = assembler.snapshot();
    expect(Array.from(trace.words)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(trace.strings).toEqual(["", "a", "b"]);
    expect(assembler.eventCount).toBe(3);
  });

  it("grows past its first buffer without losing events", () => {
    const assembler = new TraceAssembler();
    const big = new Uint32Array(4 * 5000).map((_, i) => i);
    assembler.append(big.buffer, [], 0);
    assembler.append(batch([7, 7, 7, 7]), [], 0);
    const words = assembler.snapshot().words;
    expect(words.length).toBe(4 * 5001);
    expect(words[4 * 5000 - 1]).toBe(4 * 5000 - 1);
    expect(words[4 * 5000]).toBe(7);
  });

  it("refuses a batch whose strings do not continue the table", () => {
    const assembler = new TraceAssembler();
    assembler.append(batch([1, 2, 3, 4]), ["", "a"], 0);
    expect(assembler.append(batch([1, 2, 3, 4]), ["c"], 5)).toBe(false);
    expect(assembler.eventCount).toBe(1);
  });

  it("gives a snapshot that later batches do not change", () => {
    const assembler = new TraceAssembler();
    assembler.append(batch([1, 2, 3, 4]), [""], 0);
    const before = assembler.snapshot();
    assembler.append(batch([5, 6, 7, 8]), ["x"], 1);
    expect(before.words.length).toBe(4);
    expect(before.strings).toEqual([""]);
  });
});
