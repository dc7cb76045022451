import { isWithinWorkingHours, WorkingHours } from '../../organization/domain/working-hours';

export interface RepAvailability {
  id: string;
  role: string;
  weight: number;
  capacity: number;
  openAssignments: number;
  timeZone: string;
  workingHours: WorkingHours;
  active: boolean;
  outOfOffice: boolean;
  routingCredit: number;
}

export type SkipReason = 'inactive' | 'not_sales' | 'out_of_office' | 'off_hours' | 'at_capacity' | 'excluded';

/** Why a rep cannot take a new lead right now, or null when they can. */
export function skipReason(rep: RepAvailability, now: Date): SkipReason | null {
  if (!rep.active) return 'inactive';
  if (rep.role !== 'sales') return 'not_sales';
  if (rep.outOfOffice) return 'out_of_office';
  if (!isWithinWorkingHours(rep.workingHours, rep.timeZone, now)) return 'off_hours';
  if (rep.openAssignments >= rep.capacity) return 'at_capacity';
  return null;
}
