/**
 * How every launcher runs a service's main.js (scripts/start.sh, the container entrypoint and the
 * Nx serve targets say the same). V8 sizes the young generation by the machine's memory, up to
 * 64 MB semi-spaces on this kind of host; 16 MB (Node's old default) keeps a service at rest well
 * under 250 MB of RSS at the cost of more frequent, cheap scavenges. Source maps are switched on by
 * each service's main.ts for its own code only: `--enable-source-maps` reads every map node_modules
 * ship too, tens of MB per process.
 */
export const serviceNodeFlags = ['--max-semi-space-size=16'];
