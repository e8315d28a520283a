export * from './roles';
export * from './permissions';
export * from './errors';
export * from './national-id';
export * from './dates';
export * from './land';
export * from './program';
export * from './auth';
