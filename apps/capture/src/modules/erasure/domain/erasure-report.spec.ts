import { erasureReport } from './erasure-report';

describe('erasureReport', () => {
  const requestedAt = new Date('2026-11-20T14:05:00.000Z');
  const base = { id: '01a21951-b8a9-7c1e-9a3d-4f0b2c6d8e11', leadId: '01a21951-b8a5-735f-864f-858935f4074f', reason: 'request', requestedAt };

  it('is pending while any service has not confirmed, with capture done at the request', () => {
    const report = erasureReport({ ...base, confirmations: [{ service: 'scoring', completedAt: new Date('2026-11-20T14:05:02.000Z'), kept: ['scores'] }] });
    expect(report.status).toBe('pending');
    expect(report.services.map((service) => [service.service, service.status, service.completedAt])).toEqual([
      ['capture', 'completed', '2026-11-20T14:05:00.000Z'],
      ['enrichment', 'pending', null],
      ['scoring', 'completed', '2026-11-20T14:05:02.000Z'],
      ['hand-off', 'pending', null],
      ['rewards', 'pending', null],
    ]);
  });

  it('is completed once every service confirmed, ignoring services it does not know', () => {
    const completedAt = new Date('2026-11-20T14:06:00.000Z');
    const confirmations = ['enrichment', 'scoring', 'hand-off', 'rewards', 'elsewhere'].map((service) => ({ service, completedAt, kept: [] }));
    const report = erasureReport({ ...base, confirmations });
    expect(report.status).toBe('completed');
    expect(report.services).toHaveLength(5);
  });
});
