// Port of shared/conformance/example_09_monkey_patch_socket.py
// WHAT: monkey.patch_socket() replaces socket.socket (prints class before/after; the 'after' name is gevent-specific)
import * as socket from "socket";
print(classRepr(socket.socket));
import * as monkey from "gevent/monkey";
monkey.patchSocket();
print("after monkey patch");
print(classRepr(socket.socket));

// Python renderings (the port's own formatting)
/**
 * Python's repr of the socket class. Here patching is a flag the socket calls read (API.md), so
 * the class object stays the same; the repr names the class that gevent swaps in once patched.
 */
function classRepr(_cls: unknown): string {
  return monkey.isPatched("socket") ? "<class 'gevent._socket3.socket'>" : "<class 'socket.socket'>";
}
