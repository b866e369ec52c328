import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpush from 'web-push';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The server's VAPID key pair, which push services check each send against:
 * VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when both are set, else a pair made
 * on the first start and kept in DATA_DIR/vapid-keys.json. A new pair would
 * void every browser's subscription, so several processes must share it
 * (the same environment, or the same data folder).
 */
export function resolveVapidKeys(env: { publicKey: string | null; privateKey: string | null }, dataDir: string): VapidKeys {
  if (env.publicKey && env.privateKey) return { publicKey: env.publicKey, privateKey: env.privateKey };
  const file = join(dataDir, 'vapid-keys.json');
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as VapidKeys;
    if (kept.publicKey && kept.privateKey) return { publicKey: kept.publicKey, privateKey: kept.privateKey };
  }
  mkdirSync(dataDir, { recursive: true });
  const made = webpush.generateVAPIDKeys();
  writeFileSync(file, JSON.stringify(made), { mode: 0o600 });
  return made;
}
