import { cacheKey } from './cache-key';

describe('cacheKey', () => {
  it('does not depend on field order', () => {
    expect(cacheKey({ a: 1, b: 'x' })).toBe(cacheKey({ b: 'x', a: 1 }));
  });

  it('differs for different values and types', () => {
    expect(cacheKey({ a: 1 })).not.toBe(cacheKey({ a: '1' }));
    expect(cacheKey({ a: 'acme.nl' })).not.toBe(cacheKey({ a: 'acme.com' }));
  });

  it('does not reveal the input', () => {
    expect(cacheKey({ email: 'ada@acme.nl' })).not.toContain('acme');
  });
});
