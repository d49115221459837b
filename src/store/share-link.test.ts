import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeShareFragment, encodeShareFragment, shareUrl } from "./share-link";

/** A link made by the first release: it must open the same program in every later one. */
const V1_LINK =
  "#v1/queue/JYWwDg9gTgLgBAbzgZwDYFN1jgXzgMyghDgCIBzdAN3QDsZSBuAKGYE9h1UATAKhQxYAFAEYAlCzBRg9IaUC0coHDTOBADWpCcyAnp";
const V1_CODE = 'import { sleep } from "gevent";\n\nyield* sleep(1);\nprint("中文 ok");\n';

describe("share links", () => {
  it("give back any program and lesson they were made from", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 400 }),
        fc.constantFrom("queue", "event", "greenlet-producer-consumer", null),
        (code, lessonId) => {
          const fragment = encodeShareFragment({ lessonId, code });
          expect(decodeShareFragment(fragment)).toEqual({
            kind: "shared",
            program: { lessonId, code },
          });
        },
      ),
    );
  });

  it("keep opening links made by version 1", () => {
    expect(decodeShareFragment(V1_LINK)).toEqual({
      kind: "shared",
      program: { lessonId: "queue", code: V1_CODE },
    });
  });

  it("survive a chat program escaping the link's characters", () => {
    const escaped = V1_LINK.replace(/\$/g, "%24").replace(/\+/g, "%2B");
    expect(decodeShareFragment(escaped)).toMatchObject({ program: { code: V1_CODE } });
  });

  it("are URL-safe and start with their version and lesson", () => {
    const fragment = encodeShareFragment({ lessonId: "pool", code: "print(`a b`, '&?#');\n" });
    expect(fragment).toMatch(/^#v1\/pool\/[A-Za-z0-9+\-$]+$/);
  });

  it("leave lesson routes and empty fragments to others", () => {
    for (const hash of ["", "#", "#lesson/queue", "#v1", "#version/1"]) {
      expect(decodeShareFragment(hash)).toEqual({ kind: "not-a-share" });
    }
  });

  it("say a cut-short link is damaged and a link from a newer app is too new", () => {
    expect(decodeShareFragment(V1_LINK.slice(0, 30))).toMatchObject({
      kind: "unreadable",
      reason: "damaged",
    });
    expect(decodeShareFragment("#v1/Not An Id/abc")).toEqual({
      kind: "unreadable",
      reason: "damaged",
      lessonId: null,
    });
    // The lesson of a damaged link is kept when it can be read, so that lesson opens.
    expect(decodeShareFragment("#v1/queue/%E0%A4%A")).toEqual({
      kind: "unreadable",
      reason: "damaged",
      lessonId: "queue",
    });
    expect(decodeShareFragment("#v2/queue/abc")).toEqual({
      kind: "unreadable",
      reason: "newer-version",
      lessonId: null,
    });
  });

  it("refuse to make a link for something that is not a lesson id", () => {
    expect(() => encodeShareFragment({ lessonId: "../x", code: "print(1);" })).toThrow();
  });

  it("replace the page's own fragment", () => {
    const url = shareUrl("https://example.org/play/#lesson/event", {
      lessonId: "event",
      code: "print(1);\n",
    });
    expect(url.startsWith("https://example.org/play/#v1/event/")).toBe(true);
  });
});
