import { io, type Socket } from 'socket.io-client';

/**
 * The operator's live connection (`/agents`, docs/api.md). WebSocket only:
 * with several backend processes behind a load balancer, long-polling would
 * need sticky sessions, a WebSocket does not.
 */
export function connectAgentSocket(token: string, url = ''): Socket {
  return io(`${url}/agents`, {
    auth: { token },
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });
}

/** The part of a socket.io client the app uses, so tests can hand in a fake. */
export interface AgentSocketLike {
  on(event: string, listener: (...args: any[]) => void): unknown;
  off(event: string, listener?: (...args: any[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  connect(): unknown;
  disconnect(): unknown;
  readonly connected: boolean;
}
