import { parse, type SucraseToken } from "sucrase/dist/parser/index.js";

/**
 * API.md allows only TypeScript whose types can be erased. Sucrase silently compiles enums and
 * parameter properties into new code and drops non-declare namespaces, so we look for them in
 * its token stream and refuse them with the learner's position.
 */

/** Sucrase 3.35 token types (pinned; checked by erasable-check.test.ts). */
export const TOKEN = {
  name: 5632,
  braceL: 9728,
  braceR: 11264,
  parenL: 13824,
  comma: 15360,
  semi: 16384,
  enum: 113168,
} as const;
/** Sucrase 3.35 contextual keywords. */
export const KEYWORD = {
  declare: 10,
  module: 22,
  namespace: 23,
  override: 27,
  private: 28,
  protected: 29,
  public: 31,
  readonly: 32,
} as const;

const PARAMETER_MODIFIERS: ReadonlySet<number> = new Set([
  KEYWORD.override,
  KEYWORD.private,
  KEYWORD.protected,
  KEYWORD.public,
  KEYWORD.readonly,
]);

export interface ErasableViolation {
  /** Offset of the offending token in the source. */
  offset: number;
  message: string;
}

/**
 * Words that every violation contains (a modifier after `(` or `,`, comments allowed between):
 * most programs have none, and then we skip a second parse.
 */
const SUSPECT =
  /\b(?:enum|namespace|module)\b|[(,](?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*(?:public|private|protected|readonly|override)\b/;

/** Returns the first construct that cannot be erased, or null. `source` must parse. */
export function findNonErasable(source: string): ErasableViolation | null {
  if (!SUSPECT.test(source)) return null;
  const tokens = parse(source, false, true, false).tokens;
  let declareDepth = -1; // brace depth inside a `declare` region, -1 outside
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    declareDepth = trackDeclare(token, declareDepth);
    if (token.type === TOKEN.enum && !token.isType) {
      return {
        offset: token.start,
        message: "enums are not supported: use a plain object `as const` instead",
      };
    }
    if (declareDepth < 0 && isNamespaceDeclaration(tokens, i)) {
      return {
        offset: token.start,
        message: "namespaces are not supported: use plain objects or functions",
      };
    }
    if (isParameterProperty(tokens, i)) {
      return {
        offset: token.start,
        message:
          "parameter properties are not supported: declare the field and assign it in the constructor",
      };
    }
  }
  return null;
}

/** `declare ...` marks an ambient region that ends at the first value token outside its braces. */
function trackDeclare(token: SucraseToken, depth: number): number {
  if (token.contextualKeyword === KEYWORD.declare && token.isType && depth < 0) return 0;
  if (depth < 0) return depth;
  if (!token.isType) return -1;
  if (token.type === TOKEN.braceL) return depth + 1;
  if (token.type === TOKEN.braceR) return depth - 1 === 0 ? -1 : depth - 1;
  if (token.type === TOKEN.semi && depth === 0) return -1;
  return depth;
}

function isNamespaceDeclaration(tokens: SucraseToken[], i: number): boolean {
  const token = tokens[i];
  const keyword = token.contextualKeyword;
  if (!token.isType || (keyword !== KEYWORD.namespace && keyword !== KEYWORD.module)) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.isType && next.type === TOKEN.name;
}

function isParameterProperty(tokens: SucraseToken[], i: number): boolean {
  const token = tokens[i];
  if (token.isType || !PARAMETER_MODIFIERS.has(token.contextualKeyword) || i === 0) return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const afterList = previous.type === TOKEN.parenL || previous.type === TOKEN.comma;
  const beforeName =
    next !== undefined &&
    !next.isType &&
    (next.type === TOKEN.name || PARAMETER_MODIFIERS.has(next.contextualKeyword));
  return afterList && beforeName;
}
