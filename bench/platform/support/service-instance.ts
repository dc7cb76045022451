import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, serviceNodeFlags } from '@accord/testing';

export const repositoryRoot = join(__dirname, '..', '..', '..');

/** BENCH_PROFILE=<dir> writes a CPU profile of every service process there when it stops. */
function profilingArguments(): string[] {
  const directory = process.env['BENCH_PROFILE'];
  return directory ? ['--cpu-prof', `--cpu-prof-dir=${directory}`] : [];
}

/** One built service (dist/) as its own process, as production runs it, with its pid for /proc. */
export class ServiceInstance {
  private child?: ChildProcess;
  private exited?: Promise<void>;

  constructor(
    readonly service: string,
    readonly instance: number,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  get name(): string {
    return this.instance === 0 ? this.service : `${this.service}#${this.instance + 1}`;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    mkdirSync(this.logDir, { recursive: true });
    const log = createWriteStream(join(this.logDir, `${this.name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, [...serviceNodeFlags, ...profilingArguments(), `dist/apps/${this.service}/src/main.js`], {
      cwd: repositoryRoot,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`${this.name} exited during start-up; see ${this.logDir}/${this.name}.log`);
        const response = await fetch(`${this.url}/health`);
        if (response.status !== 200) throw new Error(`${this.name} not ready: ${await response.text()}`);
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    ).catch(async (error: unknown) => {
      await this.stop();
      throw error;
    });
  }

  /** SIGTERM and wait: the service drains and flushes its outbox before it exits. */
  async stop(): Promise<void> {
    if (!this.child) return;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}
