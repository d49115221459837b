import { parse } from "sucrase/dist/parser/index.js";
import { describe, expect, it } from "vitest";
import { findNonErasable, KEYWORD, TOKEN } from "./erasable-check";

describe("findNonErasable", () => {
  it("uses the token types and keywords of the installed sucrase", () => {
    const source = [
      "enum E {}",
      "f(a, b);",
      "declare namespace N {}",
      "class C { constructor(public x, private y, protected z, readonly w) {} }",
    ].join("\n");
    const tokens = parse(source, false, true, false).tokens;
    const token = (text: string) => tokens.find((t) => source.slice(t.start, t.end) === text);
    expect(token("enum")?.type).toBe(TOKEN.enum);
    expect(token("E")?.type).toBe(TOKEN.name);
    expect(token("{")?.type).toBe(TOKEN.braceL);
    expect(token("}")?.type).toBe(TOKEN.braceR);
    expect(token("(")?.type).toBe(TOKEN.parenL);
    expect(token(",")?.type).toBe(TOKEN.comma);
    expect(token(";")?.type).toBe(TOKEN.semi);
    for (const word of [
      "declare",
      "namespace",
      "public",
      "private",
      "protected",
      "readonly",
    ] as const) {
      expect(token(word)?.contextualKeyword).toBe(KEYWORD[word]);
    }
  });

  it("finds nothing in erasable code, including keywords used as names", () => {
    const source = [
      "const ns = { namespace: 1, enum: 2, module: 3 };",
      "let namespace = 4, readonly = 5;",
      "f(readonly, namespace);",
      "declare enum Ambient { A }",
      "declare namespace D { namespace Inner { const x: number; } }",
      "class A { private x = 1; readonly y = 2; public m(a: number) {} }",
      "type T = { public: number };",
    ].join("\n");
    expect(findNonErasable(source)).toBeNull();
  });

  it("points at the first construct that is not erasable", () => {
    const source = "const a = 1;\nconst enum E { A }";
    expect(findNonErasable(source)?.offset).toBe(source.indexOf("enum"));
    expect(findNonErasable("type T = {};\nmodule M {}")?.message).toContain("namespaces");
    expect(
      findNonErasable("class C { constructor(a: number, override readonly b: number) {} }")
        ?.message,
    ).toContain("parameter properties");
  });
});
