/** Every service that keeps data about a lead; capture erases in the request itself, the others confirm by event. */
export const erasingServices = ['capture', 'enrichment', 'scoring', 'hand-off', 'rewards'] as const;
export type ErasingService = (typeof erasingServices)[number];

export interface ErasureRecord {
  id: string;
  leadId: string;
  reason: string;
  requestedAt: Date;
  confirmations: { service: string; completedAt: Date; kept: string[] }[];
}

export interface ServiceErasure {
  service: ErasingService;
  status: 'pending' | 'completed';
  completedAt: string | null;
  kept: string[];
}

export interface ErasureReport {
  erasureId: string;
  leadId: string;
  reason: string;
  requestedAt: string;
  status: 'pending' | 'completed';
  services: ServiceErasure[];
}

/** Where one erasure stands in every service: capture's own part is done when the request is recorded. */
export function erasureReport(erasure: ErasureRecord): ErasureReport {
  const confirmed = new Map(erasure.confirmations.map((confirmation) => [confirmation.service, confirmation]));
  confirmed.set('capture', { service: 'capture', completedAt: erasure.requestedAt, kept: ['lead id', 'campaign and consent records'] });
  const services = erasingServices.map((service): ServiceErasure => {
    const confirmation = confirmed.get(service);
    return confirmation
      ? { service, status: 'completed', completedAt: confirmation.completedAt.toISOString(), kept: confirmation.kept }
      : { service, status: 'pending', completedAt: null, kept: [] };
  });
  return {
    erasureId: erasure.id,
    leadId: erasure.leadId,
    reason: erasure.reason,
    requestedAt: erasure.requestedAt.toISOString(),
    status: services.every((service) => service.status === 'completed') ? 'completed' : 'pending',
    services,
  };
}
