import { Command, InvalidArgumentError, Option } from 'commander';
import { DeadLetterRecord, DeadLetterSelection, selectDeadLetters } from '@accord/messaging';
import { CliContext, withDeadLetters } from '../cli-context';
import { CliError, usageExitCode } from '../cli-error';
import { emit } from '../output/output';
import { renderRecord, renderTable } from '../output/table';
import { jsonFlag } from './json-flag';

export function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError('must be a positive integer');
  return value;
}

export function offsetText(text: string): string {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError('must be a non-negative integer');
  return text;
}

interface ReplayOptions {
  offset?: string;
  partition?: number;
  eventId?: string;
  errorContains?: string;
  all?: boolean;
}

/** Exactly one of --offset, --event-id, --error-contains or --all. */
export function selectionOf(options: ReplayOptions): DeadLetterSelection {
  const given = [options.offset !== undefined, options.eventId !== undefined, options.errorContains !== undefined, options.all === true];
  if (given.filter(Boolean).length !== 1) {
    throw new CliError('Say which messages to replay with exactly one of --offset, --event-id, --error-contains or --all', usageExitCode);
  }
  if (options.partition !== undefined && options.offset === undefined) throw new CliError('--partition goes with --offset', usageExitCode);
  if (options.offset !== undefined) return { offset: options.offset, partition: options.partition };
  if (options.eventId !== undefined) return { eventId: options.eventId };
  if (options.errorContains !== undefined) return { errorContains: options.errorContains };
  return { all: true };
}

/** What an operator may see of a dead letter: where it failed and why, and the envelope's ids; never the payload. */
export function deadLetterView(record: DeadLetterRecord) {
  return {
    partition: record.partition,
    offset: record.offset,
    deadLetteredAt: record.cause.failedAt ?? record.timestamp,
    key: record.key?.toString('utf8') ?? null,
    event: record.event,
    error: record.cause.error,
    errorClass: record.cause.errorClass,
    original: { topic: record.cause.originalTopic, partition: record.cause.originalPartition, offset: record.cause.originalOffset },
    consumerGroup: record.cause.consumerGroup,
    attempts: record.cause.attempts,
  };
}

type DeadLetterView = ReturnType<typeof deadLetterView>;

export function renderDeadLetters(views: DeadLetterView[]): string {
  return views
    .map((view) =>
      renderRecord([
        ['partition/offset', `${view.partition}/${view.offset}`],
        ['dead-lettered at', view.deadLetteredAt],
        ['event', view.event.type ?? '(not an envelope)'],
        ['event id', view.event.id],
        ['lead id', view.event.leadId],
        ['original', `${view.original.topic ?? '-'} partition ${view.original.partition ?? '-'} offset ${view.original.offset ?? '-'}`],
        ['consumer group', view.consumerGroup],
        ['attempts', view.attempts],
        ['error', `${view.errorClass ?? '-'}: ${view.error ?? '-'}`],
      ]),
    )
    .join('\n');
}

export function registerDlqCommands(program: Command, context: CliContext): void {
  const dlq = program.command('dlq').description('dead-letter topics: count, read and replay');

  jsonFlag(dlq.command('list'))
    .description('every <topic>.dlq topic with its message count')
    .option('--non-empty', 'only topics that hold messages')
    .action(async (options: { json?: boolean; nonEmpty?: boolean }) => {
      const all = await withDeadLetters(context, (deadLetters) => deadLetters.listTopics());
      const topics = options.nonEmpty ? all.filter((topic) => topic.messages > 0) : all;
      emit(context.output(Boolean(options.json)), topics, (rows) =>
        rows.length === 0 ? 'No dead-letter topics.' : renderTable(['topic', 'messages'], rows.map((row) => [row.topic, row.messages])),
      );
    });

  jsonFlag(dlq.command('show'))
    .description('messages of one dead-letter topic with why and where they failed (no payload fields)')
    .argument('<dlq-topic>', 'e.g. capture.lead.captured.v1.dlq (with its environment prefix)')
    .option('--limit <n>', 'show at most this many, oldest first', positiveInteger, 20)
    .action(async (topic: string, options: { limit: number; json?: boolean }) => {
      const records = await withDeadLetters(context, (deadLetters) => deadLetters.read(topic));
      const views = records.slice(0, options.limit).map(deadLetterView);
      const output = context.output(Boolean(options.json));
      emit(output, views, (rows) => (rows.length === 0 ? `${topic} is empty.` : renderDeadLetters(rows)));
      if (!output.json && records.length > views.length) output.write(`(${views.length} of ${records.length}; --limit shows more)`);
    });

  jsonFlag(dlq.command('replay'))
    .description('re-publish dead letters to their original topic with their original key, value and headers')
    .argument('<dlq-topic>')
    .addOption(new Option('--offset <n>', 'the message at this offset').argParser(offsetText))
    .addOption(new Option('--partition <n>', 'with --offset: only in this partition').argParser((text) => Number(offsetText(text))))
    .option('--event-id <id>', 'the message carrying this event id')
    .option('--error-contains <text>', 'messages whose error contains this text (any case)')
    .option('--all', 'every message on the topic')
    .action(async (topic: string, options: ReplayOptions & { json?: boolean }) => {
      const selection = selectionOf(options);
      const replayed = await withDeadLetters(context, async (deadLetters) => {
        const chosen = selectDeadLetters(await deadLetters.read(topic), selection);
        if (chosen.length === 0) throw new CliError(`No message on ${topic} matches ${JSON.stringify(selection)}`);
        return deadLetters.replay(chosen);
      });
      emit(context.output(Boolean(options.json)), replayed, (rows) =>
        [
          `Replayed ${rows.length} message(s); consumers that already applied an event skip it (inbox).`,
          renderTable(['from partition/offset', 'event id', 'to topic'], rows.map((row) => [`${row.partition}/${row.offset}`, row.eventId, row.topic])),
        ].join('\n'),
      );
    });
}
