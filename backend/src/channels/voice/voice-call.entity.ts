import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestamp } from '../../database/column-types';

/**
 * Where a call is in its life. `ringing`: the voice webhook is answering;
 * `queued`: the caller waits in <Enqueue>; `connecting`: the operator's
 * phone or browser rings; `talking`; `voicemail`: the caller hears the
 * prompt or is recording; `dialing`: an outbound call rings the customer;
 * `ended`.
 */
export const CALL_STATES = ['ringing', 'queued', 'connecting', 'talking', 'voicemail', 'dialing', 'ended'] as const;
export type CallState = (typeof CALL_STATES)[number];

/** How a call ended, as the inbox shows it. */
export const CALL_OUTCOMES = ['answered', 'voicemail', 'abandoned', 'missed', 'busy', 'no-answer', 'failed'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/**
 * One phone call through a Twilio voice inbox, in or out. Its message in
 * the conversation (`messageId`, kind `call`) shows what this row knows;
 * every callback updates the row with a conditional update and then the
 * message.
 */
@Entity('voice_calls')
@Index('ix_voice_calls_conversation', ['conversationId'])
@Index('ix_voice_calls_agent_state', ['agentId', 'state'])
export class VoiceCall {
  @PrimaryGeneratedColumn() id: number;

  /** The voice inbox whose number and account carry the call. */
  @Column({ type: 'int' }) inboxId: number;

  /** The conversation it belongs to: the caller's, or the one the operator called back from. */
  @Column({ type: 'int' }) conversationId: number;

  @Column({ type: 'int', nullable: true }) messageId: number | null;

  @Column({ type: 'varchar', length: 3 }) direction: 'in' | 'out';

  /** Twilio's id of the caller's (or called customer's) leg; unique, so a resent webhook finds its call. */
  @Column({ type: 'varchar', length: 34, nullable: true, unique: true }) callSid: string | null;

  @Column({ type: 'varchar', length: 128 }) fromNumber: string;

  @Column({ type: 'varchar', length: 128 }) toNumber: string;

  @Column({ type: 'varchar', length: 16 }) state: CallState;

  @Column({ type: 'varchar', length: 16, nullable: true }) outcome: CallOutcome | null;

  /** The operator it is connected (or being connected) to. */
  @Column({ type: 'int', nullable: true }) agentId: number | null;

  @Column({ ...timestamp, nullable: true }) queuedAt: Date | null;

  @Column({ ...timestamp, nullable: true }) answeredAt: Date | null;

  @Column({ ...timestamp, nullable: true }) endedAt: Date | null;

  /** Seconds in the queue before being connected or giving up. */
  @Column({ type: 'int', nullable: true }) waitSeconds: number | null;

  /** Seconds the caller and the operator talked. */
  @Column({ type: 'int', nullable: true }) talkSeconds: number | null;

  /** Twilio's recording (of the talk or the voicemail); played only through our authenticated proxy. */
  @Column({ type: 'varchar', length: 34, nullable: true }) recordingSid: string | null;

  @Column({ type: 'int', nullable: true }) recordingSeconds: number | null;

  @Column({ type: 'text', nullable: true }) transcription: string | null;

  @CreateDateColumn(timestamp as object) createdAt: Date;
}
