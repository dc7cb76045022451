import { eventually, EventuallyTimeoutError } from './eventually';

describe('eventually', () => {
  it('retries a failing assertion until it passes and returns its value', async () => {
    let calls = 0;

    const value = await eventually(
      () => {
        calls += 1;
        if (calls < 3) throw new Error(`not yet (${calls})`);
        return 'ready';
      },
      { timeoutMs: 1_000, intervalMs: 5 },
    );

    expect(value).toBe('ready');
    expect(calls).toBe(3);
  });

  it('awaits asynchronous assertions', async () => {
    let calls = 0;

    const value = await eventually(
      async () => {
        calls += 1;
        if (calls < 2) throw new Error('not yet');
        return calls;
      },
      { timeoutMs: 1_000, intervalMs: 5 },
    );

    expect(value).toBe(2);
  });

  it('returns at once when the assertion passes the first time', async () => {
    const assertion = jest.fn(() => 42);

    await expect(eventually(assertion)).resolves.toBe(42);
    expect(assertion).toHaveBeenCalledTimes(1);
  });

  it('throws the last error with the elapsed time once the timeout passes', async () => {
    let calls = 0;
    const startedAt = Date.now();

    const failure = await eventually(
      () => {
        calls += 1;
        throw new Error(`attempt ${calls} failed`);
      },
      { timeoutMs: 150, intervalMs: 20 },
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(EventuallyTimeoutError);
    const timeout = failure as EventuallyTimeoutError;
    expect(timeout.message).toMatch(
      /^still failing after \d+ ms \(\d+ attempts\): attempt \d+ failed$/,
    );
    expect(timeout.message).toContain(`attempt ${calls} failed`);
    expect(timeout.lastError).toBe(timeout.cause);
    expect((timeout.lastError as Error).message).toBe(`attempt ${calls} failed`);
    expect(timeout.attempts).toBe(calls);
    expect(timeout.elapsedMs).toBeGreaterThanOrEqual(150);
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    expect(calls).toBeGreaterThan(1);
  });

  it('does not wait past the timeout when the interval is longer', async () => {
    const startedAt = Date.now();
    // A timer may fire a millisecond before Date.now() reaches the deadline, which earns one more attempt.

    await expect(
      eventually(
        () => {
          throw new Error('never');
        },
        { timeoutMs: 50, intervalMs: 5_000 },
      ),
    ).rejects.toThrow(/still failing after \d+ ms \([23] attempts\): never/);

    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });
});
