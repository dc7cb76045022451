import { uniqueName } from './unique-name';

describe('uniqueName', () => {
  it('starts with the lower-cased prefix and differs on every call', () => {
    const names = new Set(Array.from({ length: 100 }, () => uniqueName('Orders')));

    expect(names.size).toBe(100);
    for (const name of names) expect(name).toMatch(/^orders-[0-9a-z]+-[0-9a-f]{8}$/);
  });

  it('joins the parts with the given separator', () => {
    expect(uniqueName('accord_capture', '_')).toMatch(/^accord_capture_[0-9a-z]+_[0-9a-f]{8}$/);
  });
});
