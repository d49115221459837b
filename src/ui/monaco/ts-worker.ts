/**
 * The editor's TypeScript worker: Monaco's own, reading each program the way the playground
 * runs it. The top level is the main greenlet, so a top-level `yield*` is read as an `await` of
 * the same length (top-level-yield.ts): every position stays the learner's own, so markers,
 * hovers and completions need no mapping.
 */
import { initialize, ts, TypeScriptWorker } from "monaco-editor/language/typescript/ts.worker";
import { HIDDEN_MEMBER, topLevelYieldAsAwait } from "./top-level-yield";

class PlaygroundWorker extends TypeScriptWorker {
  // The language service asks for a file's text many times per version: read it once.
  private readonly programs = new Map<string, { source: string; read: string }>();

  override _getScriptText(fileName: string): string | undefined {
    const source = super._getScriptText(fileName);
    // Only the editor's models are programs; libs and the API declarations are read as they are.
    if (source === undefined || this._getModel(fileName) === null) return source;
    const cached = this.programs.get(fileName);
    if (cached?.source === source) return cached.read;
    const read = topLevelYieldAsAwait(ts.typescript, source);
    this.programs.set(fileName, { source, read });
    return read;
  }

  // The `then` that types the top level exists only for the editor: never offer it.
  override async getCompletionsAtPosition(fileName: string, position: number) {
    const info = await super.getCompletionsAtPosition(fileName, position);
    if (info) info.entries = info.entries.filter((entry) => entry.name !== HIDDEN_MEMBER);
    return info;
  }
}

// Replaces the start-up Monaco's module installed, before the first message arrives.
self.onmessage = () => {
  initialize((ctx, createData) => new PlaygroundWorker(ctx, createData));
};
