import { z } from 'zod';
import { activityTypes, FitGrade } from '@accord/contracts';

export type FactCondition =
  | { fact: string; equals: string | number | boolean }
  | { fact: string; in: (string | number)[] }
  | { fact: string; present: boolean }
  | { fact: string; matches: string }
  | { fact: string; atLeast?: number; below?: number }
  | { all: FactCondition[] }
  | { any: FactCondition[] }
  | { not: FactCondition };

const factName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a fact name such as isFreeMail');

const regex = z.string().refine((pattern) => {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');

export const FactConditionSchema: z.ZodType<FactCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: factName, equals: z.union([z.string(), z.number(), z.boolean()]) }),
    z.strictObject({ fact: factName, in: z.array(z.union([z.string(), z.number()])).min(1) }),
    z.strictObject({ fact: factName, present: z.boolean() }),
    z.strictObject({ fact: factName, matches: regex }),
    z
      .strictObject({ fact: factName, atLeast: z.number().optional(), below: z.number().optional() })
      .refine((range) => range.atLeast !== undefined || range.below !== undefined, 'a range needs atLeast or below'),
    z.strictObject({ all: z.array(FactConditionSchema).min(1) }),
    z.strictObject({ any: z.array(FactConditionSchema).min(1) }),
    z.strictObject({ not: FactConditionSchema }),
  ]),
);

const ruleName = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a kebab-case rule name');

const FitRule = z.strictObject({ name: ruleName, when: FactConditionSchema, points: z.number().min(-100).max(100) });

const periods = { day: 86_400_000, week: 7 * 86_400_000, month: 30 * 86_400_000 } as const;
export const periodMs = (period: keyof typeof periods) => periods[period];

const EngagementRule = z.strictObject({
  name: ruleName,
  activity: z.enum(activityTypes),
  urlMatches: regex.optional(),
  points: z.number().positive().max(100),
  halfLifeDays: z.number().positive(),
  cap: z.strictObject({ points: z.number().positive(), per: z.enum(['day', 'week', 'month']) }),
});

const Grade = z.strictObject({ grade: FitGrade, minimumFit: z.number().min(0).max(100) });

const uniqueNames = (rules: { name: string }[]) => new Set(rules.map((rule) => rule.name)).size === rules.length;

export const PlaybookSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/),
    fit: z.strictObject({ rules: z.array(FitRule).min(1).refine(uniqueNames, 'fit rule names must be unique') }),
    engagement: z.strictObject({
      lookbackDays: z.number().int().positive().max(3650),
      rules: z.array(EngagementRule).min(1).refine(uniqueNames, 'engagement rule names must be unique'),
    }),
    grades: z
      .array(Grade)
      .length(4)
      .refine(
        (grades) => grades.every((band, index) => index === 0 || band.minimumFit < grades[index - 1].minimumFit),
        'grade bands must be listed from the highest minimumFit down',
      )
      .refine((grades) => grades[grades.length - 1]?.minimumFit === 0, 'the last grade band must start at 0')
      .refine((grades) => new Set(grades.map((band) => band.grade)).size === 4, 'each grade A–D appears once'),
    priority: z
      .strictObject({ fitWeight: z.number().min(0).max(1), engagementWeight: z.number().min(0).max(1) })
      .refine((weights) => Math.abs(weights.fitWeight + weights.engagementWeight - 1) < 1e-9, 'weights must add up to 1'),
    stages: z
      .strictObject({
        mql: z.strictObject({ minimumPriority: z.number().min(0).max(100), minimumFit: z.number().min(0).max(100) }),
        recycle: z.strictObject({ belowPriority: z.number().min(0).max(100) }),
      })
      .refine((stages) => stages.recycle.belowPriority <= stages.mql.minimumPriority, {
        message: 'the recycle threshold must not be above the MQL threshold',
        path: ['recycle', 'belowPriority'],
      }),
  })
  .superRefine((playbook, context) => {
    for (const type of activityTypes) {
      if (!playbook.engagement.rules.some((rule) => rule.activity === type && rule.urlMatches === undefined)) {
        context.addIssue({
          code: 'custom',
          path: ['engagement', 'rules'],
          message: `activity type ${type} needs a rule without urlMatches`,
        });
      }
    }
  });

export type PlaybookDefinition = z.infer<typeof PlaybookSchema>;
export type EngagementRule = z.infer<typeof EngagementRule>;
export type FitRule = z.infer<typeof FitRule>;

/** A validated playbook and the version that names its exact content. */
export interface Playbook extends PlaybookDefinition {
  version: string;
}
