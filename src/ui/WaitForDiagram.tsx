import { useMemo } from "react";
import { deadlockOf, type DeadlockReport } from "../store/step-views";
import { greenletColour } from "./InspectorParts";
import { useAppState } from "./store-context";
import { useLocale, useMessages } from "./use-messages";
import "./WaitForDiagram.css";

type Graph = DeadlockReport["graph"];
type Edge = Graph["edges"][number];

const WIDTH = 320;
const HEIGHT = 220;
const NODE_GAP = 34;

/** Nodes on a circle (a ring reads as a ring), each as a point in the diagram's box. */
function positions(graph: Graph): Map<string, [number, number]> {
  const at = new Map<string, [number, number]>();
  const n = graph.nodes.length;
  const r = n <= 1 ? 0 : Math.min(WIDTH, HEIGHT) / 2 - 30;
  graph.nodes.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    at.set(node.id, [WIDTH / 2 + r * 1.35 * Math.cos(angle), HEIGHT / 2 + r * Math.sin(angle)]);
  });
  return at;
}

/** The edges that close the ring: a ring greenlet waits on an object that only a ring greenlet can free. */
function ringEdges(graph: Graph): Set<Edge> {
  const ring = new Set((graph.cycle ?? []).map((gid) => `g${gid}`));
  const waitedByRing = new Set(
    graph.edges.filter((e) => e.kind === "waits-on" && ring.has(e.from)).map((e) => e.to),
  );
  const freedByRing = new Set(
    graph.edges.filter((e) => e.kind === "can-wake" && ring.has(e.to)).map((e) => e.from),
  );
  return new Set(
    graph.edges.filter((e) =>
      e.kind === "waits-on"
        ? ring.has(e.from) && (freedByRing.has(e.to) || ring.has(e.to))
        : ring.has(e.to) && waitedByRing.has(e.from),
    ),
  );
}

function EdgeLine({
  edge,
  at,
  inRing,
  label,
}: {
  edge: Edge;
  at: Map<string, [number, number]>;
  inRing: boolean;
  label: string;
}) {
  const from = at.get(edge.from);
  const to = at.get(edge.to);
  if (from === undefined || to === undefined) return null;
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy) || 1;
  const cut = Math.min(NODE_GAP, length / 3);
  const [ux, uy] = [dx / length, dy / length];
  const start = [from[0] + ux * cut, from[1] + uy * cut];
  const end = [to[0] - ux * cut, to[1] - uy * cut];
  return (
    <g className={`wait-edge ${edge.kind} ${inRing ? "ring" : ""}`}>
      <line
        x1={start[0]}
        y1={start[1]}
        x2={end[0]}
        y2={end[1]}
        markerEnd={`url(#arrow-${inRing ? "ring" : "plain"})`}
      />
      <text x={(start[0] + end[0]) / 2} y={(start[1] + end[1]) / 2 - 4} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/**
 * At the end of a run that got stuck (LoopExit, a call blocked forever): who waits on what and
 * who holds it, as a small diagram with the ring of greenlets waiting on each other in the error
 * colour, and the narration's explanation. Clicking a node selects that greenlet or object.
 */
export function WaitForDiagram() {
  const s = useMessages().stepping;
  const locale = useLocale();
  const model = useAppState((st) => st.model);
  const step = useAppState((st) => st.step);
  const selectGreenlet = useAppState((st) => st.selectGreenlet);
  const selectObject = useAppState((st) => st.selectObject);
  const report = useMemo(
    () => (model === null ? null : deadlockOf(model, locale)),
    [model, locale],
  );
  if (model === null || report === null || step < report.step) return null;
  const { graph } = report;
  const at = positions(graph);
  const ring = ringEdges(graph);
  const ringNodes = new Set([...ring].flatMap((edge) => [edge.from, edge.to]));
  const labelOf = (e: Edge) =>
    e.kind === "waits-on" ? s.waitsOn : e.role === "holder" ? s.heldBy : s.canWake;
  return (
    <figure className="wait-for">
      <figcaption>{s.waitForTitle}</figcaption>
      <div className="wait-for-picture">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
          <defs>
            {["plain", "ring"].map((kind) => (
              <marker
                key={kind}
                id={`arrow-${kind}`}
                className={`arrow-${kind}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M0 0L10 5L0 10z" />
              </marker>
            ))}
          </defs>
          {graph.edges.map((edge, index) => (
            <EdgeLine
              key={index}
              edge={edge}
              at={at}
              inRing={ring.has(edge)}
              label={labelOf(edge)}
            />
          ))}
        </svg>
        {graph.nodes.map((node) => {
          const [x, y] = at.get(node.id)!;
          const colour = node.kind === "greenlet" ? greenletColour(node.ref) : "object";
          return (
            <button
              key={node.id}
              type="button"
              className={`wait-node ${node.kind} ${colour} ${ringNodes.has(node.id) ? "ring" : ""}`}
              style={{ left: `${(100 * x) / WIDTH}%`, top: `${(100 * y) / HEIGHT}%` }}
              onClick={() =>
                node.kind === "greenlet" ? selectGreenlet(node.ref) : selectObject(node.ref)
              }
            >
              {node.label}
            </button>
          );
        })}
      </div>
      <ul className="wait-for-sentences">
        {report.sentences.map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
      </ul>
      <p className="sr-only">
        {graph.edges
          .map((e) => {
            const name = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
            return `${name(e.from)} ${labelOf(e)} ${name(e.to)}`;
          })
          .join("; ")}
      </p>
    </figure>
  );
}
