import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ProviderError, WhatsAppWebConnector, type ConnectorContext, type OutboundMessage, type SendResult, type WhatsAppWebState } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Leases } from '../../leases/leases.service';
import { RealtimeService } from '../../realtime/realtime.service';
import { Inbox } from '../inbox.entity';
import { WhatsAppWebClients } from './whatsapp-web.clients';
import { WhatsAppWebInbound } from './whatsapp-web.inbound';

export const whatsappLease = (inboxId: number) => `whatsapp:${inboxId}`;

/** What admins see of a linked number from any process: the owner's live state, else the last one it stored. */
export interface WhatsAppConnection {
  status: WhatsAppWebState['status'] | 'unknown';
  qr?: string;
  phone?: string;
  reason?: string;
  attempts: number;
  /** This process runs the number's client. */
  here: boolean;
}

/**
 * The linked numbers' clients: each runs in exactly one process, the one
 * holding the number's lease (as the IMAP sync does); whoever takes over
 * after a crash logs in from the session saved under DATA_DIR. Every
 * connection change is stored on the inbox (without the QR code) and
 * pushed live to admins (with it).
 */
@Injectable()
export class WhatsAppWebSessions implements OnApplicationBootstrap {
  private readonly logger = new Logger('WhatsApp');
  readonly connector: WhatsAppWebConnector;

  constructor(
    private readonly db: DataSource,
    private readonly leases: Leases,
    private readonly inbound: WhatsAppWebInbound,
    private readonly realtime: RealtimeService,
    clients: WhatsAppWebClients,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.connector = new WhatsAppWebConnector({
      createClient: (inboxId) => clients.create(inboxId),
      onState: (inboxId, state) => void this.changed(inboxId, state),
      onError: (inboxId, error) => this.logger.warn(`Inbox ${inboxId}: ${error instanceof Error ? error.message : String(error)}`),
      maxMediaBytes: config.uploadMaxBytes,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.whatsappWeb.enabled) return;
    for (const inbox of await this.db.getRepository(Inbox).findBy({ type: 'whatsapp' })) this.watch(inbox.id);
  }

  /** Every process asks for the number's lease; the holder runs the client. */
  watch(inboxId: number): void {
    if (!this.config.whatsappWeb.enabled) return;
    this.leases.hold(whatsappLease(inboxId), {
      onAcquired: () => this.start(inboxId),
      onLost: () => this.connector.stop(inboxId),
    });
  }

  async connection(inbox: Inbox): Promise<WhatsAppConnection> {
    const live = this.connector.state(inbox.id);
    if (live) return { ...live, here: true };
    const stored = inbox.settings.connection as Partial<WhatsAppConnection> | undefined;
    return { status: stored?.status ?? 'unknown', attempts: stored?.attempts ?? 0, ...(stored?.phone ? { phone: stored.phone } : {}), ...(stored?.reason ? { reason: stored.reason } : {}), here: false };
  }

  /** Only the process running the client can send; elsewhere the send is retried (and lands there or waits). */
  send(outbound: OutboundMessage, context: ConnectorContext): Promise<SendResult> {
    if (!this.connector.isRunning(context.inboxId)) {
      return Promise.reject(new ProviderError('temporary', `The WhatsApp number of inbox ${context.inboxId} is connected in another process`));
    }
    return this.connector.send(outbound, context);
  }

  private async start(inboxId: number): Promise<void> {
    const inbox = await this.db.getRepository(Inbox).findOneBy({ id: inboxId });
    if (!inbox) return;
    await this.connector.start({ inboxId, settings: inbox.settings, secrets: {} }, (events) => this.inbound.handle(inbox, events));
  }

  private async changed(inboxId: number, state: WhatsAppWebState): Promise<void> {
    this.realtime.toAdmins('whatsapp.state', { inboxId, state });
    const { qr: _qr, ...kept } = state;
    try {
      const repo = this.db.getRepository(Inbox);
      const inbox = await repo.findOneBy({ id: inboxId });
      if (inbox) await repo.save({ id: inboxId, settings: { ...inbox.settings, connection: { ...kept, at: new Date().toISOString() } } });
    } catch (error) {
      this.logger.warn(`Inbox ${inboxId}: connection state not stored: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
