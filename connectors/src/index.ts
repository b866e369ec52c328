export * from './types';
export * from './telegram';
