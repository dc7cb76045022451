import { addBusinessTime, BusinessCalendar } from './business-calendar';

export interface SlaPolicy {
  acceptWithinBusinessHours: number;
  remindBeforeMinutes: number;
}

export interface SlaDeadlines {
  dueAt: Date;
  remindAt: Date | null;
}

/** When a lead handed over at `start` must be accepted, and when its assignee is reminded. */
export function slaDeadlines(start: Date, policy: SlaPolicy, calendar: BusinessCalendar): SlaDeadlines {
  const windowMs = Math.round(policy.acceptWithinBusinessHours * 3_600_000);
  const remindBeforeMs = policy.remindBeforeMinutes * 60_000;
  return {
    dueAt: addBusinessTime(start, windowMs, calendar),
    remindAt: remindBeforeMs > 0 && remindBeforeMs < windowMs ? addBusinessTime(start, windowMs - remindBeforeMs, calendar) : null,
  };
}
