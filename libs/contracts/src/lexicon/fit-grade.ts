import { z } from 'zod';

export const FitGrade = z.enum(['A', 'B', 'C', 'D']);
export type FitGrade = z.infer<typeof FitGrade>;
