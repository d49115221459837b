import { describe, expect, it } from "vitest";
import {
  embedUrl,
  iframeSnippet,
  parseEmbedFragment,
  playgroundUrl,
  programRoute,
} from "./embed-fragment";
import { encodeShareFragment } from "./share-link";

const edited = { lessonId: "event", code: 'print("edited");\n' };

describe("the embed's address", () => {
  it("takes a lesson, with options", () => {
    expect(parseEmbedFragment("#lesson/event?step=3&readonly=1")).toMatchObject({
      program: { kind: "lesson", id: "event" },
      options: { step: 3, readOnly: true },
    });
  });

  it("takes a share link's program, with options", () => {
    const hash = `${encodeShareFragment(edited)}?autoplay=1`;
    expect(parseEmbedFragment(hash)).toMatchObject({
      program: { kind: "shared", program: edited },
      options: { autoplay: true, step: null },
    });
  });

  it("says when a share link cannot be read, and when there is no program", () => {
    expect(parseEmbedFragment("#v1/event/%%%?step=1").program).toEqual({
      kind: "unreadable",
      reason: "damaged",
      // A damaged link still names the lesson it was made in.
      lessonId: "event",
    });
    expect(parseEmbedFragment("#v9/x/y").program).toMatchObject({ reason: "newer-version" });
    expect(parseEmbedFragment("").program).toEqual({ kind: "none" });
    expect(parseEmbedFragment("#lesson/Not An Id").program).toEqual({ kind: "none" });
  });

  it("names a lesson's unchanged program by the lesson, and an edited one by its code", () => {
    expect(programRoute({ lessonId: "event", code: "x" }, "x")).toBe("#lesson/event");
    expect(programRoute(edited, "x")).toBe(encodeShareFragment(edited));
    expect(programRoute({ lessonId: null, code: "x" }, null)).toBe(
      encodeShareFragment({ lessonId: null, code: "x" }),
    );
  });

  it("is beside the page it is made from, whatever the path, and reads back its program", () => {
    const url = embedUrl("https://example.org/sub/path/#lesson/event", edited, "x", { step: 4 });
    expect(url.startsWith("https://example.org/sub/path/embed.html#v1/event/")).toBe(true);
    const { program, options } = parseEmbedFragment(new URL(url).hash);
    expect(program).toEqual({ kind: "shared", program: edited });
    expect(options.step).toBe(4);
    expect(embedUrl("https://example.org/a/index.html", edited, edited.code, {})).toBe(
      "https://example.org/a/embed.html#lesson/event",
    );
  });
});

describe("the way back to the playground", () => {
  it("opens the full app beside the embed on the same program and step", () => {
    const url = playgroundUrl("https://example.org/sub/embed.html#lesson/event?x", edited, 7);
    expect(url.startsWith("https://example.org/sub/#v1/event/")).toBe(true);
    expect(url.endsWith("?step=7")).toBe(true);
    expect(parseEmbedFragment(new URL(url).hash).program).toEqual({
      kind: "shared",
      program: edited,
    });
  });
});

describe("the iframe snippet", () => {
  it("escapes the address and title for an HTML attribute", () => {
    const snippet = iframeSnippet('https://e.org/embed.html#lesson/a?step=1&lang=en"', 'A "demo"');
    expect(snippet).toContain('src="https://e.org/embed.html#lesson/a?step=1&amp;lang=en&quot;"');
    expect(snippet).toContain('title="A &quot;demo&quot;"');
    expect(snippet.startsWith("<iframe ")).toBe(true);
    expect(snippet.endsWith("></iframe>")).toBe(true);
  });
});
