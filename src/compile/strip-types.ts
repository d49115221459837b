import { transform } from "sucrase";
import { columnMapFromAlignment, type ColumnMap } from "./column-map";
import { findNonErasable } from "./erasable-check";
import { CompileFailure, type SourcePosition } from "./types";

export interface StrippedProgram {
  /** Plain JavaScript, every statement on its original line. */
  code: string;
  /** Maps columns of `code` back to the learner's columns. */
  columns: ColumnMap;
}

/** Removes TypeScript types, keeping lines; throws CompileFailure at the learner's position. */
export function stripTypes(source: string): StrippedProgram {
  let result: ReturnType<typeof transform>;
  try {
    result = transform(source, {
      transforms: ["typescript"],
      // Keep class fields and modern syntax as written: the ES transforms move field
      // initializers into the constructor and add helpers, which breaks line numbers.
      disableESTransforms: true,
      // An unused or type-only import still names a module: keep it so it is checked.
      keepUnusedImports: true,
      filePath: "program.ts",
    });
  } catch (error) {
    throw sucraseFailure(source, error);
  }
  const violation = findNonErasable(source);
  if (violation) throw new CompileFailure(violation.message, positionAt(source, violation.offset));
  return { code: result.code, columns: columnMapFromAlignment(source, result.code) };
}

/** 1-based line and column of an offset in `text`. */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function sucraseFailure(source: string, error: unknown): CompileFailure {
  const raw = error instanceof Error ? error.message : String(error);
  // Sucrase's message is "Error transforming program.ts: Unexpected token (2:11)".
  const message = raw.replace(/^Error transforming [^:]*: /, "").replace(/ \(\d+:\d+\)$/, "");
  const offset = hasOffset(error) ? error.pos : 0;
  return new CompileFailure(message, positionAt(source, offset));
}

function hasOffset(error: unknown): error is { pos: number } {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { pos?: unknown }).pos === "number"
  );
}
