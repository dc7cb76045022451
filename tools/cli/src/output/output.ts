/** Where a command writes: a table for people, or the same data as JSON for scripts with --json. */
export interface Output {
  json: boolean;
  write(text: string): void;
}

export function emit<T>(output: Output, data: T, render: (data: T) => string): void {
  output.write(output.json ? JSON.stringify(data, null, 2) : render(data));
}

export function age(seconds: number | null): string {
  if (seconds === null || Number.isNaN(seconds)) return '-';
  if (seconds < 1) return '0s';
  const units: [number, string][] = [
    [86_400, 'd'],
    [3_600, 'h'],
    [60, 'm'],
    [1, 's'],
  ];
  const parts: string[] = [];
  let rest = Math.floor(seconds);
  for (const [size, unit] of units) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join(' ');
}
