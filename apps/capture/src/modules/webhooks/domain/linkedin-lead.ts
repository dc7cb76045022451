import { z } from 'zod';
import { leadRequestSchema } from '../../leads/lead-request.schema';
import { emptyLeadInput } from './empty-lead-input';

// LinkedIn's ids are Longs: numbers beyond JavaScript's safe integers are read as they come, never compared by value.
const linkedInId = z.union([z.string().max(300), z.number().nonnegative()]).transform(String);

const questionSchema = z.object({
  questionId: linkedInId,
  name: z.string().max(500).optional(),
  predefinedField: z.string().max(100).optional(),
});

export type LinkedInQuestion = z.infer<typeof questionSchema>;

const questionsSchema = z.array(questionSchema).max(500);

/** A lead form (GET /rest/leadForms/{id}): what each of its questions asks, by question id. */
export const linkedInFormSchema = z.object({
  content: z.object({ questions: questionsSchema.default([]) }).default({ questions: [] }),
});

const textAnswer = z.object({ answer: z.string().max(2000) });

/** A form response (GET /rest/leadFormResponses/{id}); its form's questions only when projected in. */
export const linkedInFormResponseSchema = z.object({
  id: z.string().max(300).optional(),
  submittedAt: z.number().int().nonnegative().optional(),
  testLead: z.boolean().optional(),
  leadType: z.string().max(100).optional(),
  versionedLeadGenFormUrn: z.string().max(400).optional(),
  leadMetadata: z.object({ sponsoredLeadMetadata: z.object({ campaign: z.string().max(400).optional() }).optional() }).optional(),
  formResponse: z
    .object({
      answers: z
        .array(
          z.object({
            questionId: linkedInId,
            answerDetails: z
              .object({ textQuestionAnswer: textAnswer.optional(), textQuestionAnswerDetails: textAnswer.optional() })
              .default({}),
          }),
        )
        .max(500)
        .default([]),
    })
    .default({ answers: [] }),
  form: z.object({ content: z.object({ questions: questionsSchema }).optional() }).optional(),
});

export type LinkedInFormResponse = z.infer<typeof linkedInFormResponseSchema>;

/** What a Lead Sync notification said about a form response besides its id. */
export interface LinkedInNotice {
  leadGenForm: string | null;
  leadType: string | null;
  occurredAt: number | null;
}

const lastIdOf = (urn: string | null | undefined, kind: string) => urn?.match(new RegExp(`urn:li:${kind}:([^,()]+)`))?.[1] ?? null;

function isoTimeOf(epochMs: number): string | undefined {
  const time = new Date(epochMs);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/** The form's id, from the versioned form URN of the response or the form URN of the notification. */
export function linkedInFormId(response: LinkedInFormResponse, notice: LinkedInNotice): string | null {
  return lastIdOf(response.versionedLeadGenFormUrn, 'leadGenForm') ?? lastIdOf(notice.leadGenForm, 'leadGenForm');
}

/** The question ids answered in the response, to tell whether a form known from before still covers them. */
export function answeredQuestionIds(response: LinkedInFormResponse): string[] {
  return response.formResponse.answers.map((answer) => answer.questionId);
}

/** The lead as the shape the JSON API accepts, reading each answer by the predefined field its question asks for. */
export function linkedInLeadAsRequest(response: LinkedInFormResponse, questions: LinkedInQuestion[], notice: LinkedInNotice) {
  const fieldOf = new Map(questions.filter((question) => question.predefinedField).map((question) => [question.questionId, question.predefinedField]));
  const answers = new Map<string, string>();
  for (const { questionId, answerDetails } of response.formResponse.answers) {
    const field = fieldOf.get(questionId);
    const text = (answerDetails.textQuestionAnswer ?? answerDetails.textQuestionAnswerDetails)?.answer.trim();
    if (field && text && !answers.has(field)) answers.set(field, text);
  }
  const answer = (...fields: string[]) => fields.map((field) => answers.get(field)).find(Boolean) ?? null;
  const submittedAt = response.submittedAt ?? notice.occurredAt;
  const leadType = response.leadType ?? notice.leadType;
  const campaign = response.leadMetadata?.sponsoredLeadMetadata?.campaign;
  return leadRequestSchema.safeParse({
    ...emptyLeadInput(answer('EMAIL', 'WORK_EMAIL') ?? ''),
    firstName: answer('FIRST_NAME'),
    lastName: answer('LAST_NAME'),
    phone: answer('PHONE_NUMBER', 'WORK_PHONE_NUMBER'),
    company: answer('COMPANY_NAME'),
    jobTitle: answer('JOB_TITLE'),
    country: answer('COUNTRY'),
    form: linkedInFormId(response, notice),
    campaign: lastIdOf(campaign, 'sponsoredCampaign') ?? campaign ?? null,
    medium: !leadType || leadType === 'SPONSORED' ? 'paid' : 'organic',
    occurredAt: submittedAt ? isoTimeOf(submittedAt) : undefined,
    isTest: response.testLead ?? false,
  });
}
