import { EventType, eventCatalogue } from './event-catalogue';

export const deadLetterSuffix = '.dlq';

export function topicFor(type: EventType): string {
  return type;
}

export function deadLetterTopicFor(topic: string): string {
  return `${topic}${deadLetterSuffix}`;
}

export function topicsProducedBy(producer: string): string[] {
  return eventCatalogue.filter((event) => event.producer === producer).map((event) => event.type);
}

export function topicsConsumedBy(consumer: string): string[] {
  return eventCatalogue
    .filter((event) => event.consumers.includes(consumer))
    .map((event) => event.type);
}
