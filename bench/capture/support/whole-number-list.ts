/** A setting given as positive whole numbers separated by commas, e.g. "32,64"; `name` says which in the error. */
export function wholeNumberList(text: string, name: string): number[] {
  const values = text.split(',').map(Number);
  if (values.some((value) => !Number.isInteger(value) || value <= 0)) throw new Error(`${name} must be positive whole numbers separated by commas`);
  return values;
}
