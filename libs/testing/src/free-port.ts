import { createServer } from 'node:net';

/** Resolves to `preferred` when nothing listens on it at `host`, otherwise to a port the OS picks. */
export async function freePort(host: string, preferred: number): Promise<number> {
  return (await listenOnce(host, preferred).catch(() => undefined)) ?? listenOnce(host, 0);
}

function listenOnce(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}
