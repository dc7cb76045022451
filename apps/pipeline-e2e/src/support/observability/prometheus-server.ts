import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { eventually } from '@accord/testing';
import { alertRulesFile, observabilityDir, prometheusConfigFile } from './observability-files';

const run = promisify(execFile);

interface StaticConfig {
  targets: string[];
  labels?: Record<string, string>;
}

interface ScrapeConfig {
  job_name: string;
  scrape_interval?: string;
  static_configs: StaticConfig[];
}

interface PrometheusConfig {
  global?: Record<string, string>;
  rule_files?: string[];
  scrape_configs: ScrapeConfig[];
}

export interface QueryResult {
  status: 'success' | 'error';
  error?: string;
  data?: { resultType: string; result: unknown[] };
}

/** Directory of `prometheus` and `promtool`, fetched once into the repository's cache when not on PATH. */
export async function prometheusBinaries(): Promise<string> {
  const { stdout } = await run('bash', [join(observabilityDir, 'prometheus.sh'), 'path'], { timeout: 300_000 });
  return stdout.trim();
}

export async function promtool(args: string[]): Promise<string> {
  const { stdout, stderr } = await run(join(await prometheusBinaries(), 'promtool'), args);
  return `${stdout}${stderr}`;
}

/**
 * The repository's scrape configuration with each service's target moved to where the test runs it,
 * scraping and evaluating every second so a short test sees several samples of every series.
 */
export function configForPorts(ports: Record<string, number>): string {
  const config = parse(readFileSync(prometheusConfigFile, 'utf8')) as PrometheusConfig;
  config.global = { ...config.global, scrape_interval: '1s', evaluation_interval: '1s' };
  config.rule_files = [alertRulesFile];
  for (const job of config.scrape_configs) {
    for (const group of job.static_configs) {
      const service = group.labels?.['service'];
      const port = service === undefined ? undefined : ports[service];
      if (port === undefined) throw new Error(`scrape target ${group.targets.join(',')} names no service the test runs`);
      group.targets = [`127.0.0.1:${port}`];
    }
  }
  return stringify(config);
}

/** A real Prometheus server for one test, with its own port, configuration and storage. */
export class PrometheusServer {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly workDir: string,
  ) {}

  static async start(config: string, logDir: string): Promise<PrometheusServer> {
    const binaries = await prometheusBinaries();
    const workDir = mkdtempSync(join(tmpdir(), 'accord-prometheus-'));
    const configFile = join(workDir, 'prometheus.yml');
    writeFileSync(configFile, config);
    const port = await freePort();
    mkdirSync(logDir, { recursive: true });
    const log = createWriteStream(join(logDir, 'prometheus.log'), { flags: 'a' });
    const child = spawn(
      join(binaries, 'prometheus'),
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${join(workDir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const server = new PrometheusServer(`http://127.0.0.1:${port}`, child, workDir);
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}; see ${logDir}/prometheus.log`);
        expect((await fetch(`${server.url}/-/ready`)).status).toBe(200);
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    return server;
  }

  /** An instant query; a PromQL syntax error comes back as status "error", not as an exception. */
  async query(expression: string): Promise<QueryResult> {
    const response = await fetch(`${this.url}/api/v1/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: expression }),
    });
    return (await response.json()) as QueryResult;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
