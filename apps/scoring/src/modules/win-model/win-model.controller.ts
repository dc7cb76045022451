import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ProblemException, Roles, SERVICE_CONFIG } from '@accord/platform';
import { ScoringConfig } from '../../config/scoring-config';
import { OutcomeRepository } from './outcome.repository';
import { TrainWinModelUseCase } from './train-win-model.usecase';
import { StoredWinModel, WinModelRepository } from './win-model.repository';

const describe = (model: StoredWinModel) => ({
  version: model.version,
  trainedAt: model.trainedAt.toISOString(),
  isDefault: model.isDefault,
  ranksLeadsBy: model.isDefault ? 'model' : 'rule',
  quality: model.quality,
  features: model.parameters.features,
});

@Controller('v1/model')
export class WinModelController {
  constructor(
    private readonly models: WinModelRepository,
    private readonly outcomes: OutcomeRepository,
    private readonly train: TrainWinModelUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: ScoringConfig,
  ) {}

  @Get()
  async current() {
    const [model, outcomes] = await Promise.all([this.models.latest(), this.outcomes.count()]);
    if (!model) return { status: 'untrained', ranksLeadsBy: 'rule', outcomes, minimumOutcomes: this.config.MODEL_MIN_OUTCOMES };
    return { status: 'trained', outcomes, ...describe(model) };
  }

  @Roles('admin')
  @Post('training')
  @HttpCode(201)
  async retrain() {
    const result = await this.train.execute();
    if (!result.trained) {
      throw new ProblemException(422, 'Not enough outcomes to train', result.reason, undefined, 'https://accord.dev/problems/not-enough-outcomes');
    }
    return describe(result.model);
  }
}
