import type { Server } from 'node:http';

/**
 * Stops taking requests before the application shuts down: no new
 * connections, idle keep-alive ones closed, and every busy one closed after
 * the response it is writing (`Connection: close`). Without this, a client
 * that keeps sending on a kept-alive connection (a provider's webhooks, a
 * proxy) holds the server open while the job queue and the rest are already
 * closed, and the process never exits. Resolves when the last connection has
 * ended, or after `waitMs` (an upgraded socket — socket.io — is closed later
 * with the socket server).
 */
export function stopTakingRequests(server: Server, waitMs: number): Promise<void> {
  if (!server.listening) return Promise.resolve();
  server.prependListener('request', (_request, response) => response.setHeader('connection', 'close'));
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
