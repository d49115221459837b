// Port of shared/conformance/example_03_echo_server_loopback.py
// WHAT: monkey-patched socket echo server (accept loop + spawn(worker, conn)) driven by 2 client greenlets on 127.0.0.1
import * as gevent from "gevent";
// 将python内置的socket换成封装了IO多路复用的socket
import * as monkey from "gevent/monkey"; monkey.patchAll();
import * as socket from "socket";

// 实例化socket
const server = socket.socket();
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
// 绑定ip和端口
server.bind(["127.0.0.1", 0]); // original: ('0.0.0.0', 8000)
const PORT = server.getsockname()[1];
// 绑定监听数量
server.listen(1000);

function* worker(connection: socket.Socket) {
  // 协程需要处理的事情
  while (true) {
    const recv_data = yield* connection.recv(1024); // 等待接收数据
    if (recv_data.length > 0) {
      print(bytesRepr(recv_data));
      yield* connection.send(recv_data); // 将接收的数据原路返回
    } else {
      connection.close(); // 发送完毕断开
      print("server: connection closed");
      break;
    }
  }
}

function* serve(n_clients: number) {
  const workers = [];
  for (const _ of range(n_clients)) {
    // original: while True
    const [conn, addr] = yield* server.accept(); // 等待客户端连接,遇到阻塞切换
    workers.push(gevent.spawn(worker, conn)); // 生成协程,并将conn作为参数传入
  }
  yield* gevent.joinall(workers);
  server.close();
}

function* client(name: string, delay: number) {
  yield* gevent.sleep(delay);
  const c = socket.socket();
  yield* c.connect(["127.0.0.1", PORT]);
  for (const i of range(3)) {
    const msg = new TextEncoder().encode(`${name} msg ${i}`);
    yield* c.send(msg);
    const back = yield* c.recv(1024);
    print(`${name} got echo ${bytesRepr(back)}`);
    yield* gevent.sleep(0.2);
  }
  c.close();
}

const s = gevent.spawn(serve, 2);
yield* gevent.joinall([gevent.spawn(client, "c1", 0), gevent.spawn(client, "c2", 0.1), s]);
print("done");

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
