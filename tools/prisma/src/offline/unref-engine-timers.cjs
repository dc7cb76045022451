// Preloaded into the 6.19 CLI. Its WebAssembly schema engine arms a 10 s setTimeout around
// the advisory lock of `migrate deploy` and has no way to cancel it, so a finished deploy
// would linger until it fires. Timers armed from WebAssembly frames must not keep the
// process alive; pending database queries still do.
const armTimer = globalThis.setTimeout;

globalThis.setTimeout = function setTimeoutUnlessFromWebAssembly(...args) {
  const timer = armTimer.apply(this, args);
  if (new Error().stack?.includes('wasm://')) timer.unref?.();
  return timer;
};
