import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { ScoringConfig } from '../../config/scoring-config';
import { Clock } from '../clock/clock';
import { evaluateWinModel } from './domain/evaluate-win-model';
import { isHeldOut } from './domain/held-out';
import { trainWinModel } from './domain/win-model';
import { OutcomeRepository } from './outcome.repository';
import { WinModelPredictor } from './win-model-predictor.service';
import { StoredWinModel, WinModelRepository } from './win-model.repository';

const mostOutcomes = 50_000;

export type TrainingResult = { trained: true; model: StoredWinModel } | { trained: false; reason: string };

@Injectable()
export class TrainWinModelUseCase {
  constructor(
    private readonly outcomes: OutcomeRepository,
    private readonly models: WinModelRepository,
    private readonly predictor: WinModelPredictor,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: ScoringConfig,
  ) {}

  async execute(): Promise<TrainingResult> {
    const outcomes = await this.outcomes.latest(mostOutcomes);
    if (outcomes.length < this.config.MODEL_MIN_OUTCOMES) {
      return { trained: false, reason: `${outcomes.length} outcomes known; training needs at least ${this.config.MODEL_MIN_OUTCOMES}` };
    }
    const training = outcomes.filter((outcome) => !isHeldOut(outcome.leadId));
    const heldOut = outcomes.filter((outcome) => isHeldOut(outcome.leadId));
    const wins = training.filter((outcome) => outcome.won).length;
    if (wins === 0 || wins === training.length) {
      return { trained: false, reason: 'the training outcomes are all wins or all losses and rejections' };
    }
    const parameters = trainWinModel(training);
    const quality = evaluateWinModel(parameters, heldOut, training.length, this.config.MODEL_MIN_HELD_OUT);
    const trainedAt = this.clock.now();
    const model: StoredWinModel = {
      version: `win@${trainedAt.toISOString()}`,
      trainedAt,
      parameters,
      quality,
      isDefault: quality.beatsRuleScore,
    };
    await this.models.save(model);
    await this.predictor.refresh();
    return { trained: true, model };
  }
}
