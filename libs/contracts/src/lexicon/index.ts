export * from './capture-channel';
export * from './fit-grade';
export * from './lifecycle-stage';
export * from './rejection-reason';
