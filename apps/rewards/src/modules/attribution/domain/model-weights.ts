import { AttributionModel } from './attribution-model';
import { Journey } from './journey';

export interface ModelSettings {
  timeDecayHalfLifeMs: number;
}

export const defaultModelSettings: ModelSettings = { timeDecayHalfLifeMs: 7 * 24 * 60 * 60 * 1000 };

/** Time-decay weights are real numbers; this many units of weight stand for the latest touch. */
const decayScale = 1_000_000_000_000;

/**
 * Integer weights per touch, in journey order. Where several special positions fall on one touch
 * (a lead created by its first touch), that touch gets each of their shares; where a model's
 * "rest" share has no touch to go to, the special touches split it equally.
 */
export function modelWeights(model: AttributionModel, journey: Journey, settings: ModelSettings = defaultModelSettings): bigint[] {
  const count = journey.touchpoints.length;
  const last = count - 1;
  const only = (index: number) => journey.touchpoints.map((_, i) => (i === index ? 1n : 0n));
  switch (model) {
    case 'first_touch':
      return only(0);
    case 'last_touch':
      return only(last);
    case 'linear':
      return journey.touchpoints.map(() => 1n);
    case 'u_shaped':
      return positionWeights(count, [0, last], 40n, 20n);
    case 'w_shaped':
      return positionWeights(count, [0, journey.leadCreationIndex, journey.opportunityCreationIndex], 30n, 10n);
    case 'time_decay':
      return timeDecayWeights(journey, settings.timeDecayHalfLifeMs);
  }
}

/** `special` shares (in percent) to the listed positions and `rest` percent split over the others. */
function positionWeights(count: number, specialPositions: number[], special: bigint, rest: bigint): bigint[] {
  const distinct = new Set(specialPositions);
  const others = count - distinct.size;
  const weights = new Array<bigint>(count).fill(0n);
  if (others > 0) {
    for (let index = 0; index < count; index++) weights[index] = distinct.has(index) ? 0n : rest;
    for (const position of specialPositions) weights[position] = (weights[position] ?? 0n) + special * BigInt(others);
  } else {
    for (const position of distinct) weights[position] = rest;
    for (const position of specialPositions) weights[position] = (weights[position] ?? 0n) + special * BigInt(distinct.size);
  }
  return weights;
}

/** Each touch weighs half as much per half-life it happened before the latest one. */
function timeDecayWeights(journey: Journey, halfLifeMs: number): bigint[] {
  const latest = Math.max(...journey.touchpoints.map((touch) => touch.occurredAt.getTime()));
  return journey.touchpoints.map((touch) =>
    BigInt(Math.round(decayScale * 2 ** (-(latest - touch.occurredAt.getTime()) / halfLifeMs))),
  );
}
