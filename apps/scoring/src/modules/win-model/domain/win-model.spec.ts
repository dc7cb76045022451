import { loadDefaultPlaybook } from '../../playbook/domain/test-playbook';
import { evaluateWinModel } from './evaluate-win-model';
import { isHeldOut } from './held-out';
import { syntheticOutcomes } from './synthetic-outcomes';
import { predictWin, trainWinModel } from './win-model';

describe('the win model on outcomes from a known ground truth', () => {
  const outcomes = syntheticOutcomes(3_000, loadDefaultPlaybook());
  const training = outcomes.filter((outcome) => !isHeldOut(outcome.leadId));
  const heldOut = outcomes.filter((outcome) => isHeldOut(outcome.leadId));
  const model = trainWinModel(training);
  const quality = evaluateWinModel(model, heldOut, training.length, 50);

  it('ranks held-out wins above losses with an AUC over 0.75, and beats the rule score', () => {
    process.stdout.write(
      `held-out outcomes ${quality.heldOutOutcomes} (wins ${quality.heldOutWins}): model AUC ${quality.modelAuc}, rule score AUC ${quality.ruleAuc}\n`,
    );
    expect(heldOut.length).toBeGreaterThan(450);
    expect(quality.modelAuc).toBeGreaterThan(0.75);
    expect(quality.ruleAuc).toBeGreaterThan(0.5);
    expect(Number(quality.modelAuc)).toBeGreaterThan(Number(quality.ruleAuc));
    expect(quality.beatsRuleScore).toBe(true);
  });

  it('is calibrated: in each populated probability band the observed win rate is near the prediction', () => {
    const populated = quality.calibrationByProbability.filter((band) => band.leads >= 40);
    expect(populated.length).toBeGreaterThanOrEqual(2);
    for (const band of populated) expect(Math.abs(Number(band.observedWinRate) - Number(band.meanPredicted))).toBeLessThan(0.12);
  });

  it('learns the sign of the ground truth: target accounts help, disposable addresses hurt', () => {
    const base = heldOut[0].features;
    expect(predictWin(model, { ...base, targetAccount: 1 })).toBeGreaterThan(predictWin(model, { ...base, targetAccount: 0 }));
    expect(predictWin(model, { ...base, disposableEmail: 1 })).toBeLessThan(predictWin(model, { ...base, disposableEmail: 0 }));
  });

  it('reports win rates per grade and is not the default when too few outcomes were held out', () => {
    expect(quality.winRateByGrade.map((row) => row.grade)).toEqual(['A', 'B', 'C', 'D']);
    expect(quality.winRateByGrade.reduce((sum, row) => sum + row.leads, 0)).toBe(heldOut.length);
    expect(evaluateWinModel(model, heldOut.slice(0, 10), training.length, 50).beatsRuleScore).toBe(false);
  });

  it('refuses to train on outcomes of one kind only', () => {
    expect(() => trainWinModel(training.filter((outcome) => !outcome.won))).toThrow(/both won and not-won/);
  });
});
