export * from './types';
export * from './provider-fetch';
export * from './telegram';
export * from './email';
