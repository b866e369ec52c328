import { Inject, Injectable } from '@nestjs/common';
import { createWhatsAppWebClient, type WhatsAppWebClient } from '@inbox/connectors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export type WhatsAppWebClientFactory = (inboxId: number) => WhatsAppWebClient;

/**
 * Makes the whatsapp-web.js client of an inbox: the real one (Chromium at
 * WHATSAPP_CHROMIUM_PATH, its session under DATA_DIR/whatsapp), or the one
 * set with `WhatsAppWebClients.replaceFactory` before the app starts — a
 * stand-in in tests, which have no phone to scan a code with.
 */
@Injectable()
export class WhatsAppWebClients {
  private static replacement: WhatsAppWebClientFactory | null = null;

  static replaceFactory(factory: WhatsAppWebClientFactory | null): void {
    WhatsAppWebClients.replacement = factory;
  }

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  create(inboxId: number): WhatsAppWebClient {
    const replacement = WhatsAppWebClients.replacement;
    if (replacement) return replacement(inboxId);
    return createWhatsAppWebClient(inboxId, { executablePath: this.config.whatsappWeb.chromiumPath, dataDir: this.config.dataDir });
  }
}
