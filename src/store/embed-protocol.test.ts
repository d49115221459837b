import { describe, expect, it } from "vitest";
import { readHostMessage } from "./embed-protocol";
import { MAX_SHARED_CODE } from "./share-link";

describe("messages from the host page", () => {
  it("are read when they are ours, of version 1", () => {
    expect(readHostMessage({ type: "run", version: 1 })).toEqual({ type: "run", version: 1 });
    expect(readHostMessage({ type: "setStep", version: 1, step: 4 })).toEqual({
      type: "setStep",
      version: 1,
      step: 4,
    });
    expect(readHostMessage({ type: "setCode", version: 1, code: "print(1);" })).toEqual({
      type: "setCode",
      version: 1,
      code: "print(1);",
    });
  });

  it("keep only the fields of the message", () => {
    expect(readHostMessage({ type: "run", version: 1, extra: { deep: true } })).toEqual({
      type: "run",
      version: 1,
    });
  });

  it("are dropped from another version, or without one", () => {
    expect(readHostMessage({ type: "run", version: 2 })).toBeNull();
    expect(readHostMessage({ type: "run", version: "1" })).toBeNull();
    expect(readHostMessage({ type: "run" })).toBeNull();
  });

  it("are dropped when they are not objects or not ours", () => {
    for (const data of [null, undefined, "run", 1, [], ["run"], { type: "eval", version: 1 }]) {
      expect(readHostMessage(data)).toBeNull();
    }
    expect(readHostMessage({ type: "toString", version: 1 })).toBeNull();
  });

  it("are dropped when a step is not a whole number from 0", () => {
    for (const step of [-1, 1.5, NaN, Infinity, "3", null, 2 ** 60]) {
      expect(readHostMessage({ type: "setStep", version: 1, step })).toBeNull();
    }
  });

  it("are dropped when the code is not text, or too long for a program", () => {
    expect(readHostMessage({ type: "setCode", version: 1, code: 42 })).toBeNull();
    expect(readHostMessage({ type: "setCode", version: 1 })).toBeNull();
    const long = "x".repeat(MAX_SHARED_CODE + 1);
    expect(readHostMessage({ type: "setCode", version: 1, code: long })).toBeNull();
  });
});
