export * from './types';
export * from './telegram';
export * from './email';
