import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, serviceNodeFlags } from '@accord/testing';

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const repositoryRoot = join(__dirname, '..', '..', '..', '..');

/** One built service running as a real process, so it can be killed the way production processes die. */
export class ServiceProcess {
  private child?: ChildProcess;
  private exited?: Promise<ProcessExit>;

  constructor(
    readonly service: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    mkdirSync(this.logDir, { recursive: true });
    const log = createWriteStream(join(this.logDir, `${this.service}.log`), { flags: 'a' });
    // E2E_BUILD_DIR lets a long run start its services from a snapshot of the build that a concurrent build cannot change.
    const build = process.env['E2E_BUILD_DIR'] ?? 'dist';
    const child = spawn(process.execPath, [...serviceNodeFlags, `${build}/apps/${this.service}/src/main.js`], {
      cwd: repositoryRoot,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const exitedEarly = this.exited.then((exit) => {
      throw new Error(`${this.service} exited during start-up (${exit.code ?? exit.signal}); see its log`);
    });
    const ready = eventually(
      async () => {
        const response = await fetch(`${this.url}/health`);
        if (response.status !== 200) throw new Error(`${this.service} not ready: ${await response.text()}`);
      },
      { timeoutMs: 120_000, intervalMs: 200 },
    );
    try {
      await Promise.race([ready, exitedEarly]);
    } catch (error) {
      await this.kill();
      throw error;
    }
    exitedEarly.catch(() => undefined);
  }

  /** SIGKILL: no shutdown hooks, no offset commit, no outbox flush. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  /**
   * SIGTERM: the service stops consuming, finishes in-flight work and flushes its outbox, then
   * ends by the same signal; a shutdown that overran its timeout exits with code 1 instead.
   */
  async stop(): Promise<ProcessExit | undefined> {
    if (!this.child) return undefined;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}
