// Liveness of the one service in this container. Without PORT it listens on its own default,
// one of 3101–3105, so any of those answering is this service.
const ports = process.env.PORT ? [process.env.PORT] : ['3101', '3102', '3103', '3104', '3105'];

const live = async (port) => {
  const response = await fetch(`http://127.0.0.1:${port}/health/live`, {
    signal: AbortSignal.timeout(3000),
  });
  if (!response.ok) throw new Error(`port ${port} answered ${response.status}`);
};

Promise.any(ports.map(live)).then(
  () => process.exit(0),
  () => process.exit(1),
);
