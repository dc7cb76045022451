import { allocateByWeights } from './allocate-by-weights';
import { AttributionModel } from './attribution-model';
import { Journey, JourneyTouchpoint } from './journey';
import { defaultModelSettings, ModelSettings, modelWeights } from './model-weights';

export interface Credit<T extends JourneyTouchpoint = JourneyTouchpoint> {
  model: AttributionModel;
  touchpoint: T;
  amountMinor: number;
}

/** One model's credits for a won deal; touches credited nothing are left out. */
export function attributeDeal<T extends JourneyTouchpoint>(
  amountMinor: number,
  journey: Journey<T>,
  model: AttributionModel,
  settings: ModelSettings = defaultModelSettings,
): Credit<T>[] {
  const parts = allocateByWeights(amountMinor, modelWeights(model, journey, settings));
  return journey.touchpoints
    .map((touchpoint, index) => ({ model, touchpoint, amountMinor: parts[index] ?? 0 }))
    .filter((credit) => credit.amountMinor > 0);
}
