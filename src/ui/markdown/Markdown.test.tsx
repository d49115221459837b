import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, MarkdownInline } from "./Markdown";
import { decodeEntities, safeHref } from "./safe-href";

const html = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

describe("lesson Markdown", () => {
  it("renders headings one level down, paragraphs, lists, emphasis and code", () => {
    const out = html("# Title\n\nSome **bold** and `code`.\n\n- one\n- two\n\n```ts\nx < 1\n```\n");
    expect(out).toContain("<h2>Title</h2>");
    expect(out).toContain("<strong>bold</strong>");
    expect(out).toContain("<code>code</code>");
    expect(out).toContain("<ul><li><span>one</span></li><li><span>two</span></li></ul>");
    expect(out).toContain('<pre class="code-block" tabindex="0"><code>x &lt; 1</code></pre>');
  });

  it("never turns the content into markup or script", () => {
    const out = html('<script>alert(1)</script>\n\nHi <img src=x onerror="alert(2)"> there');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps links to the web and the app, and shows others as plain text", () => {
    const out = html("[web](https://example.org) [here](#lesson/event) [bad](javascript:alert(1))");
    expect(out).toContain(
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">web</a>',
    );
    expect(out).toContain('<a href="#lesson/event">here</a>');
    expect(out).not.toContain("javascript:");
  });

  it("joins a line break between Chinese characters without a space, and keeps one elsewhere", () => {
    const out = html("每一次\n控制权的转移，\n都是 `switch()`\nand English\nstays spaced。");
    expect(out).toContain("每一次控制权的转移，都是 ");
    expect(out).toContain("and English\nstays spaced");
    expect(out).not.toContain("每一次\n");
  });

  it("renders a task's inline Markdown without a paragraph", () => {
    const out = renderToStaticMarkup(<MarkdownInline source="Change `while (true)` now" />);
    expect(out).toBe("Change <code>while (true)</code> now");
  });
});

describe("links and character references", () => {
  it("accepts only web, mail and in-app targets", () => {
    expect(safeHref(" https://a.b/c ")).toBe("https://a.b/c");
    expect(safeHref("mailto:x@y.z")).toBe("mailto:x@y.z");
    expect(safeHref("#lesson/queue")).toBe("#lesson/queue");
    for (const bad of [
      "javascript:alert(1)",
      "JAVASCRIPT:x",
      "data:text/html,x",
      "//evil",
      "vbscript:x",
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });

  it("decodes named and numeric references, leaving unknown ones", () => {
    expect(decodeEntities("a &amp; b &lt;c&gt; &#39;d&#39; &#x4e2d; &bogus;")).toBe(
      "a & b <c> 'd' 中 &bogus;",
    );
  });
});
