import { z } from 'zod';
import { defineEvent } from '../../define-event';
import { Instant, LeadId } from '../../identifiers';
import { FitGrade } from '../../lexicon';

export const ScoreContribution = z.object({
  rule: z.string().min(1),
  dimension: z.enum(['fit', 'engagement']),
  points: z.number(),
});

export const leadScoredV1 = defineEvent({
  type: 'scoring.lead.scored.v1',
  producer: 'scoring',
  description: "A lead's fit and engagement were (re)computed, with the rules that contributed.",
  consumers: [],
  payload: z.object({
    leadId: LeadId,
    modelVersion: z.string().min(1),
    fit: z.object({ score: z.number().min(0).max(100), grade: FitGrade }),
    engagement: z.object({ score: z.number().min(0).max(100) }),
    priority: z.number().min(0).max(100),
    explanation: z.array(ScoreContribution),
    /** Probability of a win from the model trained on outcomes, once one exists. */
    predictedWinProbability: z.number().min(0).max(1).nullable().optional(),
    scoredAt: Instant,
  }),
});
