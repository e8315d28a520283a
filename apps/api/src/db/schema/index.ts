export * from './geo';
export * from './program';
export * from './auth';
export * from './audit';
