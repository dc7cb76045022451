import { afterCommit } from '@accord/messaging';
import { counter } from '@accord/telemetry';
import { CaptureOutcome, LeadSubmission } from './domain/lead-submission';

const leadsCaptured = counter(
  'capture_leads_total',
  'Submissions resolved to a lead, by source, channel and outcome (created, merged, duplicate)',
  ['source', 'channel', 'outcome'],
);

/** Counted once the capturing transaction commits (at once without one), so a rolled-back submission is not a lead. */
export function countCapturedLead(transaction: object | null, submission: LeadSubmission, result: CaptureOutcome): CaptureOutcome {
  const labels = { source: submission.touchpoint.source, channel: submission.touchpoint.channel, outcome: result.outcome };
  afterCommit(transaction, () => leadsCaptured.inc(labels));
  return result;
}
