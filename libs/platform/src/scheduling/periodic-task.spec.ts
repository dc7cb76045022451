import { PeriodicTask } from './periodic-task';

const quietLogger = { warn: jest.fn() } as unknown as ConstructorParameters<typeof PeriodicTask>[3];

describe('PeriodicTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the work every interval but never twice at once', async () => {
    let finish: () => void = () => undefined;
    const work = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const task = new PeriodicTask('test', 100, work, quietLogger);
    task.start();
    await jest.advanceTimersByTimeAsync(400);
    expect(work).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(100);
    expect(work).toHaveBeenCalledTimes(2);
    finish();
    await task.stop();
  });

  it('keeps going after a failed run and waits for the run in progress when stopped', async () => {
    let calls = 0;
    let finished = false;
    let release: () => void = () => undefined;
    const task = new PeriodicTask(
      'test',
      100,
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('database away');
        await new Promise<void>((resolve) => (release = resolve));
        finished = true;
      },
      quietLogger,
    );
    task.start();
    await jest.advanceTimersByTimeAsync(200);
    expect(calls).toBe(2);
    const stopping = task.stop();
    expect(finished).toBe(false);
    release();
    await stopping;
    expect(finished).toBe(true);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(2);
  });
});
