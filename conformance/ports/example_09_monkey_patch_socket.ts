// Port of shared/conformance/example_09_monkey_patch_socket.py
// WHAT: monkey.patch_socket() replaces socket.socket (prints class before/after; the 'after' name is gevent-specific)
// The socket class prints as Python's repr: which class gevent would have swapped in shows once
// patched (here patching is a flag the socket calls read, so the class object stays the same).
import * as socket from "socket";
print(socket.socket);
import * as monkey from "gevent/monkey";
monkey.patchSocket();
print("after monkey patch");
print(socket.socket);
