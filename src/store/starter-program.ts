/** The program in the editor before any lesson opens: two greenlets taking turns. */
export const STARTER_PROGRAM = `import { spawn, sleep, joinall } from "gevent";

function* worker(name: string, pause: number) {
  for (let step = 1; step <= 3; step++) {
    print(\`\${name} step \${step}\`);
    yield* sleep(pause);
  }
  return name;
}

const workers = [spawn(worker, "A", 1), spawn(worker, "B", 0.5)];
yield* joinall(workers);
print("both done");
`;
