export const pulseQuestions = ['gaveEnergy', 'costEnergy', 'biggestLearning', 'nextChallenge'] as const;
export type PulseQuestion = (typeof pulseQuestions)[number];
export type PulseAnswers = Record<PulseQuestion, string>;

/** Fewer answers than this and an aggregate could point at a person. */
export const minimumAnswersForAggregate = 5;
