import { minimumAnswersForAggregate, PulseAnswers, pulseQuestions, PulseQuestion } from './pulse-questions';

export interface Theme {
  term: string;
  people: number;
}

export type PulseAggregate =
  | { available: false; answers: number; minimumAnswers: number }
  | { available: true; answers: number; participation: number | null; themes: Record<PulseQuestion, Theme[]> };

const stopWords = new Set(
  'a an and are as at be but by for from had has have i in is it its me my of on or our so than that the their them then there they this to too was we were what when which with you your not no more most very just been into out over about'.split(' '),
);

const termsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !stopWords.has(word)),
  );

/**
 * A team's month without anyone's words: how many answered, and per question the terms that at
 * least two people used. Below the minimum number of answers nothing but the count is shown.
 */
export function aggregatePulse(answers: readonly PulseAnswers[], teamSize: number, themesPerQuestion = 5): PulseAggregate {
  if (answers.length < minimumAnswersForAggregate) {
    return { available: false, answers: answers.length, minimumAnswers: minimumAnswersForAggregate };
  }
  const themes = Object.fromEntries(
    pulseQuestions.map((question) => {
      const people = new Map<string, number>();
      for (const answer of answers) for (const term of termsOf(answer[question])) people.set(term, (people.get(term) ?? 0) + 1);
      const shared = [...people]
        .filter(([, count]) => count >= 2)
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .slice(0, themesPerQuestion)
        .map(([term, count]) => ({ term, people: count }));
      return [question, shared];
    }),
  ) as Record<PulseQuestion, Theme[]>;
  const participation = teamSize === 0 ? null : Math.round((Math.min(answers.length, teamSize) / teamSize) * 10_000) / 10_000;
  return { available: true, answers: answers.length, participation, themes };
}
