import { z } from 'zod';
import { EventDefinition } from '../define-event';
import { Envelope } from '../envelope';
import { eventCatalogue } from '../event-catalogue';
import { captureChannels, lifecycleStages, rejectionReasons } from '../lexicon';

export interface CatalogueFile {
  path: string;
  content: string;
}

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function envelopeSchemaFor(definition: EventDefinition) {
  const schema = Envelope.extend({ type: z.literal(definition.type), payload: definition.payload });
  return {
    $id: `https://accord.dev/events/${definition.type}.schema.json`,
    title: definition.type,
    description: definition.description,
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }),
  };
}

function renderMarkdown(definitions: readonly EventDefinition[]): string {
  const lines = [
    '# Accord event catalogue',
    '',
    'Generated from libs/contracts; do not edit by hand (`npx nx run contracts:catalogue`).',
    'Topic = event type. Message key = lead id. Every message carries the envelope',
    '(`id` UUIDv7, `type`, `occurredAt`, `producer`, `correlationId`, `causationId`) around its payload,',
    'and the W3C `traceparent` header. A message that can never be processed goes to `<topic>.dlq`.',
    '',
    '| event type (topic) | producer | consumers | meaning | schema |',
    '|---|---|---|---|---|',
    ...definitions.map(
      (d) =>
        `| \`${d.type}\` | ${d.producer} | ${d.consumers.join(', ') || '—'} | ${d.description} | [schema](${d.type}.schema.json) |`,
    ),
    '',
    '## Shared lexicon',
    '',
    `- Lifecycle stages: ${lifecycleStages.map((s) => `\`${s}\``).join(', ')}`,
    `- Rejection reasons: ${rejectionReasons.map((s) => `\`${s}\``).join(', ')}`,
    `- Capture channels: ${captureChannels.map((s) => `\`${s}\``).join(', ')}`,
    '',
  ];
  return lines.join('\n');
}

export function renderCatalogue(definitions: readonly EventDefinition[] = eventCatalogue): CatalogueFile[] {
  return [
    ...definitions.map((definition) => ({
      path: `${definition.type}.schema.json`,
      content: asJson(envelopeSchemaFor(definition)),
    })),
    { path: 'README.md', content: renderMarkdown(definitions) },
  ];
}
