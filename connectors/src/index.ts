export * from './types';
export * from './telegram';
export * from './email';
export * from './phone';
export * from './twilio-voice';
