export * from './types';
export * from './telegram';
export * from './email';
export * from './meta';
export * from './whatsapp';
export * from './whatsapp-cloud';
export * from './instagram';
