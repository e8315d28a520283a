export * from './geo';
export * from './program';
export * from './auth';
export * from './audit';
export * from './farmers';
export * from './selection';
export * from './groups';
export * from './plans';
