/**
 * Block-level Markdown tokens (marked's lexer) as React elements. Headings move down by
 * `headingOffset` levels so a lesson's `# Title` sits under the page's own heading.
 */
import type { ReactNode } from "react";
import type { Token, Tokens } from "marked";
import { renderInline } from "./markdown-inline";
import { decodeEntities } from "./safe-href";

export function renderBlocks(tokens: readonly Token[], headingOffset: number): ReactNode[] {
  return tokens.map((token, index) => renderBlock(token, index, headingOffset));
}

function renderBlock(token: Token, key: number, offset: number): ReactNode {
  switch (token.type) {
    case "heading": {
      const Tag = `h${Math.min(6, token.depth + offset)}` as "h2";
      return <Tag key={key}>{renderInline(token.tokens)}</Tag>;
    }
    case "paragraph":
      return <p key={key}>{renderInline(token.tokens)}</p>;
    case "list":
      return renderList(token as Tokens.List, key, offset);
    case "code":
      return (
        <pre key={key} className="code-block" tabIndex={0}>
          <code>{token.text}</code>
        </pre>
      );
    case "blockquote":
      return <blockquote key={key}>{renderBlocks(token.tokens ?? [], offset)}</blockquote>;
    case "hr":
      return <hr key={key} />;
    case "table":
      return renderTable(token as Tokens.Table, key);
    case "text":
      return token.tokens ? (
        <span key={key}>{renderInline(token.tokens)}</span>
      ) : (
        decodeEntities(token.text)
      );
    case "html":
      // Shown as written: the lesson format has no raw HTML, and none is ever interpreted.
      return <p key={key}>{token.text}</p>;
    default:
      return null;
  }
}

function renderList(list: Tokens.List, key: number, offset: number): ReactNode {
  const items = list.items.map((item, index) => (
    <li key={index}>{renderBlocks(item.tokens, offset)}</li>
  ));
  if (!list.ordered) return <ul key={key}>{items}</ul>;
  return (
    <ol key={key} start={list.start === "" ? undefined : list.start}>
      {items}
    </ol>
  );
}

function renderTable(table: Tokens.Table, key: number): ReactNode {
  const align = (a: Tokens.TableCell["align"]) => (a ? { textAlign: a } : undefined);
  return (
    <div key={key} className="table-scroll">
      <table>
        <thead>
          <tr>
            {table.header.map((cell, index) => (
              <th key={index} style={align(cell.align)}>
                {renderInline(cell.tokens)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) => (
                <td key={index} style={align(cell.align)}>
                  {renderInline(cell.tokens)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
