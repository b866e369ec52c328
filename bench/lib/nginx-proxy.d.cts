/** Types of nginx-proxy.cjs for the backend's TypeScript tests. */
export const NGINX: string;
export const COMPOSE_NGINX_CONF: string;
export function localProxyConfig(template: string, options: { listenPort: number; backendPorts: number[]; prefix: string }): string;
export function nginxMissing(): string | null;
export interface LocalProxy {
  url: string;
  pid: number | undefined;
  errorLog(): string;
  stop(): Promise<void>;
}
export function startLocalProxy(options: { listenPort: number; backendPorts: number[] }): Promise<LocalProxy>;
