// Lint: typescript-eslint and react-hooks, and the import boundaries of STYLE.md's table,
// checked per folder with restricted-import zones (type-only imports allowed where the table
// says "types").
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Import paths that reach into one of `folders` of src/ (relative imports, any depth). */
const into = (...folders) => `^\\.{1,2}/(?:\\.\\./)*(?:src/)?(?:${folders.join("|")})(?:/|\\.|$)`;

/** A zone: files under `files` may not import the listed folders (or only their types). */
function zone(files, { forbid = [], typesOnly = [], extra = [] }) {
  const patterns = [...extra];
  if (forbid.length > 0) {
    patterns.push({
      regex: into(...forbid),
      message: "not allowed by the boundary table (STYLE.md)",
    });
  }
  if (typesOnly.length > 0) {
    patterns.push({
      regex: into(...typesOnly),
      allowTypeImports: true,
      message: "only types may be imported from here (STYLE.md boundary table)",
    });
  }
  return {
    files,
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
  };
}

// The trace vocabulary is data every reader of a trace needs, not the runtime's machinery: its
// kinds, and how an open choice point reads in the encoded words.
const runtimeExceptVocabulary = "runtime(?!/tracing/(?:trace-kinds|open-choice)(?:$|\\.))";
const everythingBut = (...allowed) =>
  [
    "runtime",
    "compile",
    "protocol",
    "worker",
    "client",
    "trace",
    "timeline",
    "store",
    "ui",
    "i18n",
    "cli",
  ].filter((f) => !allowed.includes(f));

/** The runtime may import nothing but itself: pure ES, no packages. */
const runtimePurity = [
  { regex: "^(?!\\.)", message: "the runtime imports only itself (pure ES, no packages)" },
];

/**
 * The runtime's layers, bottom up, each with the layers it may import. Above them all, api/
 * (the learner's modules) may import every layer, and the files at src/runtime's top (run,
 * env, the test helpers) may import anything of the runtime.
 */
const RUNTIME_LAYERS = {
  py: [],
  tracing: [],
  kernel: ["py", "tracing"],
  sync: ["py", "tracing", "kernel"],
  greenlet: ["py", "tracing", "kernel", "sync"],
  queue: ["py", "tracing", "kernel", "sync"],
  io: ["py", "tracing", "kernel", "sync"],
  pool: ["py", "tracing", "kernel", "sync", "greenlet", "queue"],
  api: ["py", "tracing", "kernel", "sync", "greenlet", "queue", "io", "pool"],
};

/** Imports from a file of `layer` into a sibling or higher layer, or up to src/runtime's top. */
function layerBoundary(layer, below) {
  const above = Object.keys(RUNTIME_LAYERS).filter((l) => l !== layer && !below.includes(l));
  const patterns = [
    {
      regex: "^\\.\\./[^./][^/]*$",
      message: `a runtime layer does not import the files at the runtime's top (run, env, testing)`,
    },
  ];
  if (above.length > 0) {
    patterns.push({
      regex: `^\\.\\./(?:${above.join("|")})(?:/|$)`,
      message: `${layer}/ imports only the layers below it: ${below.join(", ") || "none"}`,
    });
  }
  return patterns;
}

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "public/runner/",
      "bench/.build/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      "bench/results/",
      ".scratch/",
      // Learner programs: at their top level `yield* x` parses as a multiplication in plain
      // TypeScript. They are checked by running them (lesson and conformance tests).
      "lessons/*/program.ts",
      "lessons/*/solution*.ts",
      "lessons/*/shortcuts/",
      "conformance/ports/",
      "bench/programs/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // An operation that finishes without switching is a generator with no `yield`: normal here.
      "require-yield": "off",
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}", "src/main.tsx"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    ...zone(["src/runtime/**"], { forbid: everythingBut("runtime"), extra: runtimePurity }),
    ignores: ["src/runtime/**/*.test.ts"],
  },
  // Each layer of the runtime imports only the layers below it (ARCHITECTURE.md).
  ...Object.entries(RUNTIME_LAYERS).map(([layer, below]) => ({
    ...zone([`src/runtime/${layer}/**`], {
      forbid: everythingBut("runtime"),
      extra: [...runtimePurity, ...layerBoundary(layer, below)],
    }),
    ignores: ["src/runtime/**/*.test.ts"],
  })),
  // Its tests may use the test libraries, still nothing else of src.
  zone(["src/runtime/**/*.test.ts"], { forbid: everythingBut("runtime") }),
  zone(["src/compile/**"], { forbid: everythingBut("runtime", "compile"), typesOnly: ["runtime"] }),
  zone(["src/protocol.ts"], { forbid: everythingBut("runtime"), typesOnly: ["runtime"] }),
  zone(["src/worker/**"], { forbid: everythingBut("runtime", "compile", "protocol", "worker") }),
  zone(["src/client/**"], {
    forbid: everythingBut("protocol", "runtime", "client", "worker"),
    typesOnly: [runtimeExceptVocabulary],
    extra: [
      { regex: into("worker"), message: "only the in-process runner may run the worker's code" },
    ],
  }),
  zone(["src/client/in-process-runner.ts"], {
    forbid: everythingBut("protocol", "runtime", "client", "worker"),
    typesOnly: [runtimeExceptVocabulary],
  }),
  zone(["src/trace/**", "src/timeline/**"], {
    forbid: everythingBut("runtime", "trace", "timeline"),
    typesOnly: [runtimeExceptVocabulary],
  }),
  // Their tests may run the runtime, to record the traces they read.
  zone(["src/{trace,timeline}/**/*.{test,testing}.ts"], {
    forbid: everythingBut("runtime", "trace", "timeline"),
  }),
  zone(["src/store/**"], {
    forbid: everythingBut("trace", "timeline", "client", "protocol", "store"),
  }),
  zone(["src/ui/**"], {
    forbid: everythingBut("store", "trace", "timeline", "i18n", "ui"),
    typesOnly: ["trace", "timeline"],
    extra: [
      {
        // Monaco's services start at its first call; a module that reaches Monaco by another
        // path may run before the contributions register, and they then fail to start.
        regex: "^monaco-editor(?:/|$)",
        allowTypeImports: true,
        message: "load Monaco through src/ui/monaco/monaco-setup, which registers all of it",
      },
    ],
  }),
  {
    files: ["src/ui/**"],
    ignores: ["src/ui/monaco/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value=/^monaco-editor(\\/|$)/]",
          message: "load Monaco through src/ui/monaco/monaco-setup, which registers all of it",
        },
      ],
    },
  },
  zone(["src/ui/monaco/**"], {
    forbid: everythingBut("store", "trace", "timeline", "i18n", "ui"),
    typesOnly: ["trace", "timeline"],
  }),
  zone(["src/i18n/**"], { forbid: everythingBut("i18n") }),
  zone(["src/cli/**"], {
    forbid: everythingBut("compile", "runtime", "trace", "client", "worker", "protocol", "cli"),
  }),
  zone(["lessons/**"], { typesOnly: ["src"] }),
  zone(["e2e/**"], {
    extra: [{ regex: "(?:^|/)src(?:/|$)", message: "e2e drives the built app, not src" }],
  }),
);
