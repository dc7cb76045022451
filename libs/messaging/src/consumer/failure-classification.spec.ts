import { EventContractViolation } from '@accord/contracts';
import { classifyFailure, MalformedMessageError, UnprocessableEventError } from './failure-classification';

describe('classifyFailure', () => {
  it('treats broken contracts and poison as permanent', () => {
    expect(classifyFailure(new EventContractViolation('bad payload'))).toBe('permanent');
    expect(classifyFailure(new MalformedMessageError('not JSON'))).toBe('permanent');
    expect(classifyFailure(new UnprocessableEventError('no such lead'))).toBe('permanent');
  });

  it('treats an unreachable or busy database as transient, also when wrapped', () => {
    expect(classifyFailure(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe('transient');
    expect(classifyFailure(Object.assign(new Error('x'), { code: 'P1001' }))).toBe('transient');
    expect(classifyFailure(new Error('outer', { cause: Object.assign(new Error('inner'), { code: '40001' }) }))).toBe(
      'transient',
    );
    expect(classifyFailure(new Error('Connection terminated unexpectedly'))).toBe('transient');
  });

  it('leaves an ordinary bug unknown, so it is retried a few times and then dead-lettered', () => {
    expect(classifyFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe('unknown');
  });
});
