import { z } from 'zod';
import { positiveInteger, serviceConfigSchema } from '@accord/config';
import { playbookVariable } from './playbook-variable';

export const scoringConfigSchema = serviceConfigSchema.extend({
  PORT: serviceConfigSchema.shape.PORT.default(3103),
  /** A YAML playbook file; the bundled default when unset. */
  SCORING_PLAYBOOK_PATH: playbookVariable,
  DECAY_SWEEP_INTERVAL_MS: positiveInteger(3_600_000),
  MODEL_RETRAIN_INTERVAL_MS: positiveInteger(86_400_000),
  /** Fewer outcomes than this and no model is trained. */
  MODEL_MIN_OUTCOMES: positiveInteger(100),
  /** Fewer held-out outcomes than this and a model never replaces the rule score. */
  MODEL_MIN_HELD_OUT: positiveInteger(30),
  ACTIVITY_BATCH_LIMIT: positiveInteger(1_000),
});

export type ScoringConfig = z.infer<typeof scoringConfigSchema>;
