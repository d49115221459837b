// Port of shared/conformance/example_27_upper_echo_server_loopback.py
// WHAT: patch_all socket server(): accept loop spawning talk(conn, addr) which upper-cases; 2 client greenlets on 127.0.0.1, bounded
import * as monkey from "gevent/monkey"; monkey.patchAll();
import { socket, AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR, type Socket } from "socket";
import * as gevent from "gevent";

let PORT: number | null = null;
import { Event } from "gevent/event";
const ready = new Event();
const _peer_no = new Map<string, string>();

function* server(server_ip: string, port: number, n_clients: number) {
  const s = socket(AF_INET, SOCK_STREAM);
  s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
  s.bind([server_ip, port]);
  s.listen(5);
  PORT = s.getsockname()[1];
  ready.set();
  const talkers = [];
  for (const _ of range(n_clients)) {
    // original: while True
    const [conn, addr] = yield* s.accept();
    talkers.push(gevent.spawn(talk, conn, addr));
  }
  yield* gevent.joinall(talkers);
  s.close();
}

function* talk(conn: Socket, addr: [string, number]) {
  const who = `client#${_peer_no.size + 1}`; // original printed addr[0], addr[1]
  _peer_no.set(String(addr), who);
  try {
    while (true) {
      const res = yield* conn.recv(1024);
      if (res.length === 0) {
        // added: stop on EOF
        print(`${who} closed`);
        break;
      }
      print(`client ${addr[0]}:${who} msg: ${bytesRepr(res)}`);
      yield* conn.send(bytesUpper(res));
    }
  } catch (e) {
    print(e instanceof Error ? e.message : String(e));
  } finally {
    conn.close();
  }
}

function* client(name: string, delay: number, msgs: string[]) {
  yield* ready.wait();
  yield* gevent.sleep(delay);
  const c = socket(AF_INET, SOCK_STREAM);
  yield* c.connect(["127.0.0.1", PORT as number]);
  for (const m of msgs) {
    // original: while True: msg=input('>>: ').strip()
    yield* c.send(new TextEncoder().encode(m));
    const msg = yield* c.recv(1024);
    print(`${name} <- ${new TextDecoder().decode(msg)}`);
    yield* gevent.sleep(0.2);
  }
  c.close();
}

// if __name__ == '__main__':
const srv = gevent.spawn(server, "127.0.0.1", 0, 2);
yield* gevent.joinall([gevent.spawn(client, "A", 0, ["hello", "world"]), gevent.spawn(client, "B", 0.1, ["foo", "bar"]), srv]);
print("server done");

// Python renderings (the port's own formatting)
/** Python's repr of bytes: b'...', printable ASCII as is, the rest escaped. */
function bytesRepr(data: Uint8Array): string {
  let out = "";
  for (const byte of data) {
    if (byte === 0x5c || byte === 0x27) out += "\\" + String.fromCharCode(byte);
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += "\\x" + byte.toString(16).padStart(2, "0");
  }
  return `b'${out}'`;
}
/** Python's bytes.upper(): ASCII letters only. */
function bytesUpper(data: Uint8Array): Uint8Array {
  return data.map((byte) => (byte >= 0x61 && byte <= 0x7a ? byte - 0x20 : byte));
}
