export * from './define-event';
export * from './envelope';
export * from './event-catalogue';
export * from './events';
export * from './identifiers';
export * from './lexicon';
export * from './parse-event';
export * from './topics';
