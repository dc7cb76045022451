export * from './assignment-track';
export * from './capture-channel';
export * from './fit-grade';
export * from './lifecycle-stage';
export * from './money';
export * from './rejection-reason';
export * from './routing-fact';
