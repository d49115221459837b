import { nodeIo, runCli } from "./run-cli";

/**
 * The `play` process: `npm run` starts scripts in the package's folder, so relative paths are
 * resolved against INIT_CWD, the folder npm was started from.
 */
export function main(argv: readonly string[]): void {
  const outcome = runCli(argv, nodeIo(process.env.INIT_CWD ?? process.cwd()));
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
