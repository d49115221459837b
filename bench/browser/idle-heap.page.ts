/**
 * The heap per idle greenlet in Chromium, measured on the page: a worker has no heap figure
 * (performance.memory is the page's), and the engine, V8 with its compressed pointers, is the
 * same. chromium.mjs merges the figure into runtime.chromium.json.
 */
import { host } from "./host";
import { idleHeapPerGreenlet } from "../idle-heap";
import { SPAWNS } from "../runtime-sizes";

host.writeResults("idle-heap", { idle_heap_bytes_per_greenlet: idleHeapPerGreenlet(host, SPAWNS) });
