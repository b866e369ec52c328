import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ProviderError, WhatsAppWebConnector, type ConnectorContext, type OutboundMessage, type SendResult, type WhatsAppWebState } from '@inbox/connectors';
import { DataSource } from 'typeorm';
import { DomainEventBus } from '../../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Message } from '../../conversations/message.entity';
import { DeliveryTargets } from '../../delivery/delivery-targets';
import { Leases } from '../../leases/leases.service';
import { OwnedConnections } from '../../leases/owned-connections';
import { RealtimeService } from '../../realtime/realtime.service';
import { Inbox } from '../inbox.entity';
import { WhatsAppWebClients } from './whatsapp-web.clients';
import { WhatsAppWebInbound } from './whatsapp-web.inbound';
import type { WhatsAppConnectionDto } from './whatsapp.responses';

export const whatsappLease = (inboxId: number) => `whatsapp:${inboxId}`;

/** Between processes: "send message N through the client of inbox I, if you run it". */
const PEER_SEND = 'whatsapp.send';

type PeerAnswer = { notHere: true } | { externalId: string } | { error: string; code?: ProviderError['code'] };

/**
 * The linked numbers' clients: each runs in exactly one process, the one
 * holding the number's lease (OwnedConnections, as for the IMAP sync);
 * whoever takes over after a crash logs in from the session saved under
 * DATA_DIR. Every connection change is stored on the inbox (without the QR
 * code) and pushed live to admins (with it).
 */
@Injectable()
export class WhatsAppWebSessions implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('WhatsApp');
  readonly connector: WhatsAppWebConnector;
  private readonly connections: OwnedConnections<{ inbox: Inbox }, void>;
  private readonly stateWrites = new Map<number, Promise<void>>();

  constructor(
    private readonly db: DataSource,
    leases: Leases,
    private readonly inbound: WhatsAppWebInbound,
    private readonly realtime: RealtimeService,
    private readonly domainEvents: DomainEventBus,
    private readonly targets: DeliveryTargets,
    clients: WhatsAppWebClients,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.connector = new WhatsAppWebConnector({
      createClient: (inboxId) => clients.create(inboxId),
      onState: (inboxId, state) => this.changed(inboxId, state),
      onError: (inboxId, error) => this.logger.warn(`Inbox ${inboxId}: ${error instanceof Error ? error.message : String(error)}`),
      maxMediaBytes: config.uploadMaxBytes,
    });
    this.connections = new OwnedConnections(
      leases,
      config.leaseTtlSeconds * 1000,
      {
        lease: whatsappLease,
        // A number linked through another process is learnt from the table; an archived one is stopped.
        list: async () => (await this.db.getRepository(Inbox).find({ where: { type: 'whatsapp', active: true }, select: { id: true } })).map((inbox) => ({ inbox })),
        start: (inboxId) => this.start(inboxId),
        stop: (inboxId) => this.connector.stop(inboxId),
      },
      this.logger,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    this.realtime.answerPeers(PEER_SEND, (payload) => this.sendForPeer(payload as { inboxId: number; messageId: number }));
    if (this.config.whatsappWeb.enabled) await this.connections.begin();
  }

  async onModuleDestroy(): Promise<void> {
    await this.connections.end();
    await this.connector.stop();
  }

  /** Every process asks for the number's lease; the holder runs the client. */
  watch(inboxId: number): void {
    if (this.config.whatsappWeb.enabled) this.connections.watch(inboxId);
  }

  /** Stops the number's client here and gives its lease back (the inbox was archived; other processes follow at their next refresh). */
  unwatch(inboxId: number): Promise<void> {
    return this.connections.unwatch(inboxId);
  }

  /** What admins see of a linked number from any process: the owner's live state, else the last one it stored. */
  async connection(inbox: Inbox): Promise<WhatsAppConnectionDto> {
    const live = this.connector.state(inbox.id);
    if (live) return { ...live, here: true };
    const stored = inbox.settings.connection as Partial<WhatsAppConnectionDto> | undefined;
    return { status: stored?.status ?? 'unknown', attempts: stored?.attempts ?? 0, ...(stored?.phone ? { phone: stored.phone } : {}), ...(stored?.reason ? { reason: stored.reason } : {}), here: false };
  }

  /**
   * Only the process running the client can send: elsewhere the send is
   * handed to it (the socket.io Redis adapter carries the question), and
   * its answer or error comes back as if sent here.
   */
  async send(outbound: OutboundMessage, context: ConnectorContext): Promise<SendResult> {
    if (this.connector.isRunning(context.inboxId)) return this.connector.send(outbound, context);
    const answers = await this.realtime.askPeers<PeerAnswer>(PEER_SEND, { inboxId: context.inboxId, messageId: outbound.id }).catch((error: unknown) => {
      throw new ProviderError('temporary', `The process running WhatsApp inbox ${context.inboxId} did not answer: ${error instanceof Error ? error.message : String(error)}`);
    });
    const answer = answers.find((a): a is Exclude<PeerAnswer, { notHere: true }> => !('notHere' in a));
    if (!answer) throw new ProviderError('temporary', `The WhatsApp number of inbox ${context.inboxId} is not running in any process (waiting for its lease or a QR scan)`);
    if ('externalId' in answer) return { externalId: answer.externalId };
    throw new ProviderError(answer.code ?? 'temporary', answer.error);
  }

  /** Another process's send, if the client runs here: the message is loaded again from its row. */
  private async sendForPeer({ inboxId, messageId }: { inboxId: number; messageId: number }): Promise<PeerAnswer> {
    if (!this.connector.isRunning(inboxId)) return { notHere: true };
    try {
      const message = await this.db.getRepository(Message).findOneByOrFail({ id: messageId, inboxId });
      const target = await this.targets.load(message);
      return await this.connector.send(await this.targets.outbound(target), target.context);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error), ...(error instanceof ProviderError ? { code: error.code } : {}) };
    }
  }

  private async start(inboxId: number): Promise<void> {
    const inbox = await this.db.getRepository(Inbox).findOneBy({ id: inboxId, type: 'whatsapp', active: true });
    if (!inbox) return;
    await this.connector.start({ inboxId, settings: inbox.settings, secrets: {} }, (events) => this.inbound.handle(inbox, events));
  }

  /** Shown at once (a synchronous listener pushes it); stored in the order the changes happened (a burst like authenticated → connected must end as connected). */
  private changed(inboxId: number, state: WhatsAppWebState): void {
    void this.domainEvents.emit('whatsapp.state-changed', { inboxId, state });
    const previous = this.stateWrites.get(inboxId) ?? Promise.resolve();
    const next = previous.then(() => this.store(inboxId, state));
    this.stateWrites.set(inboxId, next);
    void next.finally(() => {
      if (this.stateWrites.get(inboxId) === next) this.stateWrites.delete(inboxId);
    });
  }

  private async store(inboxId: number, state: WhatsAppWebState): Promise<void> {
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
