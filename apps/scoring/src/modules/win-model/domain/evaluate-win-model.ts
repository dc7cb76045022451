import { FitGrade } from '@accord/contracts';
import { LeadFeatures } from './lead-features';
import { rocAuc } from './roc-auc';
import { predictWin, WinModelParameters } from './win-model';

export interface Outcome {
  leadId: string;
  won: boolean;
  fitGrade: FitGrade;
  rulePriority: number;
  features: LeadFeatures;
}

export interface Band {
  band: string;
  leads: number;
  meanPredicted: number | null;
  observedWinRate: number | null;
}

export interface WinModelQuality {
  trainingOutcomes: number;
  heldOutOutcomes: number;
  heldOutWins: number;
  modelAuc: number | null;
  ruleAuc: number | null;
  /** The model ranks leads only when it beat the rule score on the same held-out outcomes. */
  beatsRuleScore: boolean;
  calibrationByProbability: Band[];
  winRateByRulePriority: Band[];
  winRateByGrade: { grade: FitGrade; leads: number; winRate: number | null }[];
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

function bands<T>(items: T[], bandOf: (item: T) => number, edges: number[], label: (low: number, high: number) => string) {
  return edges.slice(0, -1).map((low, index) => {
    const high = edges[index + 1];
    const last = index === edges.length - 2;
    const inBand = items.filter((item) => bandOf(item) >= low && (bandOf(item) < high || (last && bandOf(item) <= high)));
    return { label: label(low, high), inBand };
  });
}

export function evaluateWinModel(
  model: WinModelParameters,
  heldOut: readonly Outcome[],
  trainingOutcomes: number,
  minimumHeldOut: number,
): WinModelQuality {
  const scored = heldOut.map((outcome) => ({ ...outcome, probability: predictWin(model, outcome.features) }));
  const wins = scored.map((outcome) => outcome.won);
  const modelAuc = rocAuc(scored.map((outcome) => outcome.probability), wins);
  const ruleAuc = rocAuc(scored.map((outcome) => outcome.rulePriority), wins);
  const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
  return {
    trainingOutcomes,
    heldOutOutcomes: scored.length,
    heldOutWins: wins.filter(Boolean).length,
    modelAuc: round(modelAuc),
    ruleAuc: round(ruleAuc),
    beatsRuleScore: scored.length >= minimumHeldOut && modelAuc !== null && ruleAuc !== null && modelAuc > ruleAuc,
    calibrationByProbability: bands(scored, (o) => o.probability, [0, 0.2, 0.4, 0.6, 0.8, 1], (l, h) => `${l.toFixed(1)}–${h.toFixed(1)}`).map(
      ({ label, inBand }) => ({
        band: label,
        leads: inBand.length,
        meanPredicted: inBand.length === 0 ? null : round(inBand.reduce((sum, o) => sum + o.probability, 0) / inBand.length),
        observedWinRate: rate(inBand.filter((o) => o.won).length, inBand.length),
      }),
    ),
    winRateByRulePriority: bands(scored, (o) => o.rulePriority, [0, 20, 40, 60, 80, 100], (l, h) => `${l}–${h}`).map(({ label, inBand }) => ({
      band: label,
      leads: inBand.length,
      meanPredicted: null,
      observedWinRate: rate(inBand.filter((o) => o.won).length, inBand.length),
    })),
    winRateByGrade: (['A', 'B', 'C', 'D'] as const).map((grade) => {
      const graded = scored.filter((o) => o.fitGrade === grade);
      return { grade, leads: graded.length, winRate: rate(graded.filter((o) => o.won).length, graded.length) };
    }),
  };
}
