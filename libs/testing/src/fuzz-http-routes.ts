import fc from 'fast-check';

export interface FuzzedRoute {
  method: string;
  url: string;
}

export interface HttpFuzzOptions {
  baseUrl: string;
  routes: FuzzedRoute[];
  /** Credentials and the like, so requests get past authentication to the parsing behind it. */
  headers?: Record<string, string>;
  requestsPerRoute?: number;
  seed?: number;
}

export interface HttpFuzzReport {
  sent: number;
  /** How many answers had each status, to see what the input reached. */
  statuses: Record<number, number>;
  findings: HttpFuzzFinding[];
}

export interface HttpFuzzFinding {
  method: string;
  path: string;
  body?: string;
  status: number;
  response: string;
}

const hostileText = fc.oneof(
  fc.constantFrom(
    "' OR 1=1; DROP TABLE leads; --",
    '\u0000',
    '%00',
    '..%2F..%2Fetc%2Fpasswd',
    '<script>alert(1)</script>',
    '{{7*7}}${7*7}',
    '\ud800',
    '-1',
    '1e309',
    'NaN',
    '9999-99-99T99:99:99Z',
    'x'.repeat(5_000),
  ),
  fc.string({ maxLength: 40 }),
  fc.uuid(),
);

const hostileValue = fc.oneof(hostileText, fc.anything({ maxDepth: 3 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null));

const queryNames = ['from', 'to', 'model', 'groupBy', 'period', 'limit', 'cursor', 'status', 'team', 'q', 'email'];

const deepNesting = fc.integer({ min: 100, max: 3_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);

const bodies = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 12 }), hostileValue, { maxKeys: 8 }).map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.string({ unit: 'binary', maxLength: 300 }),
  deepNesting,
  fc.constantFrom('{"unterminated":', 'null', '[]', '""', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}'),
);

/** A lone surrogate cannot be encoded; its bytes go as invalid UTF-8, which is hostile input too. */
function encodePathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

const REQUEST_TIMEOUT_MS = 10_000;

interface FuzzRequest {
  path: string;
  body?: string;
  contentType?: string;
}

function requestsFor(route: FuzzedRoute, count: number, seed: number): FuzzRequest[] {
  const paths = fc.sample(
    fc.tuple(fc.array(hostileText, { minLength: 8, maxLength: 8 }), fc.dictionary(fc.constantFrom(...queryNames), hostileText, { maxKeys: 3 })),
    { numRuns: count, seed },
  ).map(([segments, query]) => {
    let index = 0;
    const path = route.url.replace(/:[A-Za-z0-9_]+/g, () => encodePathSegment(segments[index++ % segments.length]));
    const search = new URLSearchParams(query).toString();
    return search ? `${path}?${search}` : path;
  });
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method)) return paths.map((path) => ({ path }));
  const sampled = fc.sample(fc.tuple(bodies, fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded')), {
    numRuns: count,
    seed: seed + 1,
  });
  return paths.map((path, index) => ({ path, body: sampled[index][0], contentType: sampled[index][1] }));
}

async function send(options: HttpFuzzOptions, method: string, request: FuzzRequest): Promise<{ status: number; finding?: HttpFuzzFinding }> {
  const finding = (status: number, response: string) => ({ method, path: request.path.slice(0, 300), body: request.body?.slice(0, 300), status, response: response.slice(0, 300) });
  try {
    const response = await fetch(`${options.baseUrl}${request.path}`, {
      method,
      headers: { ...options.headers, ...(request.contentType ? { 'content-type': request.contentType } : {}) },
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    return { status: response.status, finding: response.status < 500 ? undefined : finding(response.status, text) };
  } catch (error) {
    return { status: 0, finding: finding(0, `no answer: ${error instanceof Error ? error.message : String(error)}`) };
  }
}

/**
 * Sends every route hostile path parameters, query strings and bodies, and an oversized body, and
 * returns each request the service answered with a 5xx: bad input must only ever be a 4xx.
 */
export async function fuzzHttpRoutes(options: HttpFuzzOptions): Promise<HttpFuzzReport> {
  const seed = options.seed ?? (Number(process.env['FUZZ_SEED']) || Date.now());
  const report: HttpFuzzReport = { sent: 0, statuses: {}, findings: [] };
  for (const [index, route] of options.routes.entries()) {
    const requests = requestsFor(route, options.requestsPerRoute ?? 25, seed + index * 2);
    if (['POST', 'PUT', 'PATCH'].includes(route.method)) {
      requests.push({ path: route.url.replace(/:[A-Za-z0-9_]+/g, 'x'), body: `{"padding":"${'x'.repeat(3_000_000)}"}`, contentType: 'application/json' });
    }
    for (const request of requests) {
      const { status, finding } = await send(options, route.method, request);
      report.sent += 1;
      report.statuses[status] = (report.statuses[status] ?? 0) + 1;
      if (finding) report.findings.push({ ...finding, response: `${finding.response} (seed ${seed})` });
    }
  }
  return report;
}
