import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from '@accord/platform';
import { RoutingHistoryRepository } from './routing-history.repository';

@Controller('v1/leads')
export class RoutingController {
  constructor(private readonly history: RoutingHistoryRepository) {}

  /** The lead's current assignment, every earlier one, and every routing decision about it: rule, reasons and candidates. */
  @Get(':id/routing')
  async routing(@Param('id', new ParseUUIDPipe()) leadId: string) {
    const found = await this.history.forLead(leadId);
    if (!found) throw new ProblemException(404, 'Lead not routed', `No routing decision has been made for lead ${leadId}.`);
    const assignments = found.assignments.map((assignment) => ({
      id: assignment.id,
      assignee: { kind: assignment.assigneeKind, id: assignment.assigneeId },
      teamId: assignment.teamId,
      track: assignment.track,
      status: assignment.status,
      acceptDueAt: assignment.acceptDueAt,
      assignedAt: assignment.assignedAt,
    }));
    return {
      leadId,
      assignment: assignments[assignments.length - 1],
      assignments,
      decisions: found.decisions.map((decision) => ({
        id: decision.id,
        trigger: decision.trigger,
        decidedAt: decision.decidedAt,
        assignee: { kind: decision.assigneeKind, id: decision.assigneeId },
        teamId: decision.teamId,
        ruleId: decision.ruleId,
        reasons: decision.reasons,
        candidates: decision.candidates,
      })),
    };
  }
}
