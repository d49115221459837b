import { socket, type Socket } from "./api/socket";

/** Test helper: a socket listening at `address` (port 0: a free port). */
export function listening(address: [string, number] = ["127.0.0.1", 0], backlog = 1): Socket {
  const server = socket();
  server.bind(address);
  server.listen(backlog);
  return server;
}

/**
 * Test helper: a client connected to a new listener at `address`, with the server's end:
 * `[client, conn, server]`.
 */
export function* connectedPair(
  address: [string, number] = ["127.0.0.1", 0],
): Generator<unknown, [Socket, Socket, Socket], unknown> {
  const server = listening(address);
  const client = socket();
  yield* client.connect(server.getsockname());
  const [conn] = yield* server.accept();
  return [client, conn, server];
}
