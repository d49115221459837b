import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { utf8Decode, utf8Encode } from "./utf8";

describe("utf8", () => {
  it("encodes as UTF-8 does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(Array.from(utf8Encode(s))).toEqual(Array.from(Buffer.from(s, "utf8")));
      }),
    );
  });

  it("decodes what it encodes", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => utf8Decode(utf8Encode(s)) === s));
  });

  it("decodes invalid bytes to U+FFFD, as Node does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        expect(utf8Decode(bytes)).toBe(Buffer.from(bytes).toString("utf8"));
      }),
    );
    expect(utf8Decode(Uint8Array.from([0x68, 0xc3, 0x69]))).toBe("h\ufffdi");
  });
});
