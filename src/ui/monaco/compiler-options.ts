/**
 * The TypeScript settings the editor checks learner programs with, shared by the editor's
 * TypeScript worker, the declaration generator (scripts/gen-api-dts.ts) and the test that
 * type-checks every lesson as the editor does (editor-types.test.ts).
 */

/**
 * The name prefix of the runtime's inner files in the generated declarations
 * (`declare module "gevent:runtime/hub*"`): learners import only the modules of API.md.
 */
export const INNER_MODULE_PREFIX = "gevent:runtime/";

/**
 * Numbers are TypeScript's enum values, the same in Monaco's TypeScript and in the typescript
 * package: ScriptTarget.ESNext and ModuleKind.ESNext are 99, ModuleDetectionKind.Force is 3.
 */
export const EDITOR_COMPILER_OPTIONS = {
  target: 99,
  module: 99,
  // A program without imports is a module too, so a top-level `yield*` (read as a top-level
  // `await`, see top-level-yield.ts) is legal in every program.
  moduleDetection: 3,
  lib: ["es2023"],
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
} as const;

/**
 * Diagnostics the editor does not show: "'await' has no effect on the type of this expression"
 * (80007) speaks of the `await` the learner never wrote.
 */
export const IGNORED_DIAGNOSTICS = [80007];
