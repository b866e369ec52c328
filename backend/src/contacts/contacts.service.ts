import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { InboundSender } from '@inbox/connectors';
import { DataSource, Not, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { isUniqueViolation } from '../common/database-errors';
import { DomainEventBus } from '../common/domain-events';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { insertRow } from '../database/raw-rows';
import { routingTransaction } from '../database/transactions';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationPresenter } from '../conversations/conversation.presenter';
import { ConversationPublisher } from '../conversations/conversation.publisher';
import { contactColumns, EDITABLE_CONTACT_FIELDS, inboundContactColumns, type ContactChanges } from './contact.policy';
import { Contact } from './contact.entity';
import { ContactIdentity } from './contact-identity.entity';
import { phoneCountry } from './phone-input';

@Injectable()
export class ContactsService {
  constructor(
    private readonly db: DataSource,
    private readonly presenter: ConversationPresenter,
    private readonly publisher: ConversationPublisher,
    private readonly domainEvents: DomainEventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The contact behind (inbox, external id), created on first sight.
   * `knownContactId`: a first message from an address this contact already
   * owns elsewhere (the same e-mail address in another mailbox) joins them.
   */
  async resolveIdentity(inboxId: number, sender: InboundSender, knownContactId?: number): Promise<{ contact: Contact; created: boolean; identityId: number }> {
    return (await this.knownSender(inboxId, sender.externalId)) ?? this.addIdentity(inboxId, sender, knownContactId);
  }

  /** The contact behind (inbox, external id) if there is one (the survivor, if it was merged). */
  async knownSender(inboxId: number, externalId: string): Promise<{ contact: Contact; created: false; identityId: number } | null> {
    // Every message of a known customer passes here: one round trip, the identity joined to its contact.
    const known = await this.db
      .getRepository(Contact)
      .createQueryBuilder('c')
      .innerJoin(ContactIdentity, 'i', 'i.contactId = c.id')
      .addSelect('i.id', 'identityId')
      .where('i.inboxId = :inboxId AND i.externalId = :externalId', { inboxId, externalId })
      .getRawAndEntities<{ identityId: number | string }>();
    if (!known.entities[0]) return null;
    return { contact: await this.followMerge(known.entities[0]), created: false, identityId: Number(known.raw[0].identityId) };
  }

  /**
   * The identity of a sender knownSender() did not find, with a new contact
   * unless `knownContactId` is theirs. Two messages from a new person
   * arriving at once both end here: the unique key lets one insert win and
   * the other reads the winner's row.
   */
  async addIdentity(inboxId: number, sender: InboundSender, knownContactId?: number): Promise<{ contact: Contact; created: boolean; identityId: number }> {
    const identities = this.db.getRepository(ContactIdentity);
    if (knownContactId !== undefined) {
      try {
        await identities.insert({ inboxId, externalId: sender.externalId, contactId: (await this.get(knownContactId)).id });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      const identity = await identities.findOneByOrFail({ inboxId, externalId: sender.externalId });
      return { contact: await this.get(identity.contactId), created: false, identityId: identity.id };
    }
    try {
      const added = await routingTransaction(this.db, (tx) => this.insertNew(tx, inboxId, sender));
      await this.domainEvents.emit('contact.created', { contactId: added.contact.id });
      return { ...added, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Lost the race: our contact was rolled back with the identity, and the winner's is used.
      const winner = await identities.findOneByOrFail({ inboxId, externalId: sender.externalId });
      return { contact: await this.get(winner.contactId), created: false, identityId: winner.id };
    }
  }

  /**
   * A new sender's contact and identity, in the caller's transaction (which
   * may go on to open their conversation: InboundService). Complete rows,
   * so nothing is read back. An identity another writer stored first fails
   * on its unique key, and the transaction's rollback takes our contact too.
   * 'contact.created' is the caller's to emit, after the commit.
   */
  async insertNew(tx: EntityManager, inboxId: number, sender: InboundSender): Promise<{ contact: Contact; identityId: number }> {
    const now = new Date();
    const contact = Object.assign(new Contact(), {
      ...inboundContactColumns(sender),
      country: null,
      attributes: sender.username ? { username: sender.username } : {},
      mergedIntoId: null,
      blockedAt: null,
      createdAt: now,
      updatedAt: now,
    } satisfies Omit<Contact, 'id'>);
    contact.id = await insertRow(tx, Contact, contact);
    const identity = Object.assign(new ContactIdentity(), { inboxId, externalId: sender.externalId, contactId: contact.id, createdAt: now } satisfies Omit<ContactIdentity, 'id'>);
    return { contact, identityId: await insertRow(tx, ContactIdentity, identity) };
  }

  /**
   * The conversations opened through one identity (a widget visitor), not
   * all of its contact's: once two visitors' contacts are merged, each still
   * reads only their own, whatever a typed address let an operator merge.
   */
  async conversationsOpenedBy(inboxId: number, externalId: string): Promise<number[]> {
    const identity = await this.db.getRepository(ContactIdentity).findOneBy({ inboxId, externalId });
    if (!identity) return [];
    const rows = await this.db.getRepository(Conversation).find({ select: { id: true }, where: { inboxId, identityId: identity.id }, order: { id: 'ASC' } });
    return rows.map((row) => row.id);
  }

  async findByIdentity(inboxId: number, externalId: string): Promise<Contact | null> {
    const identity = await this.db.getRepository(ContactIdentity).findOneBy({ inboxId, externalId });
    return identity ? this.get(identity.contactId) : null;
  }

  /** The contact, or the one it was merged into (an old link, a message resolved just before the merge). */
  async get(id: number): Promise<Contact> {
    const contact = await this.db.getRepository(Contact).findOneBy({ id });
    if (!contact) throw new NotFoundException(`Contact ${id} does not exist`);
    return contact.mergedIntoId === null ? contact : this.get(contact.mergedIntoId);
  }

  /**
   * An identity added to a contact while it was being merged away (a first
   * message from its address in another mailbox) follows it to the survivor.
   */
  private async followMerge(contact: Contact): Promise<Contact> {
    if (contact.mergedIntoId === null) return contact;
    const survivor = await this.get(contact.mergedIntoId);
    await this.db.getRepository(ContactIdentity).update({ contactId: contact.id }, { contactId: survivor.id });
    return survivor;
  }

  async update(contactId: number, fields: Partial<Pick<Contact, 'name' | 'email' | 'phone' | 'language' | 'country'>>): Promise<Contact> {
    const { id } = await this.get(contactId);
    await this.db.getRepository(Contact).update({ id }, fields);
    await this.announce(id);
    return this.get(id);
  }

  /** Custom attributes set by a bot (collected fields, an HTTP step's answer): merged into the ones the contact has. */
  async mergeAttributes(contactId: number, attributes: Record<string, unknown>): Promise<Contact> {
    const contact = await this.get(contactId);
    const { id } = contact;
    const merged = { ...contact.attributes, ...attributes };
    await this.db.getRepository(Contact).update({ id }, { attributes: merged } as QueryDeepPartialEntity<Contact>);
    await this.announce(id);
    return this.get(id);
  }

  /** The contact's custom attributes from now on (checked by the caller against the definitions). */
  async setAttributes(contactId: number, attributes: Record<string, unknown>): Promise<Contact> {
    await this.db.getRepository(Contact).update({ id: contactId }, { attributes } as QueryDeepPartialEntity<Contact>);
    await this.announce(contactId);
    return this.get(contactId);
  }

  /** Who corrects a contact: the operator holding one of its open conversations, and supervisors. */
  async assertMayEdit(agent: Agent, contactId: number): Promise<void> {
    if (agent.role !== 'agent') return;
    const holds = await this.db.getRepository(Conversation).existsBy({ contactId, assigneeId: agent.id, status: Not('closed') });
    if (!holds) throw new ForbiddenException(`Contact ${contactId} is not in a conversation you hold`);
  }

  /**
   * An operator's correction from the contact panel: allowed to the operator
   * holding one of the contact's open conversations, and to supervisors.
   */
  async edit(agent: Agent, contactId: number, changes: ContactChanges): Promise<Contact> {
    const { id } = await this.get(contactId);
    await this.assertMayEdit(agent, id);
    const columns = contactColumns(changes, changes.phone?.trim() ? await this.phoneCountry(id) : null);
    if (Object.keys(columns).length === 0) throw new BadRequestException(`body: change at least one of ${EDITABLE_CONTACT_FIELDS.join(', ')}`);
    return this.update(id, columns);
  }

  async unblock(contactId: number): Promise<void> {
    await this.db.getRepository(Contact).update({ id: contactId }, { blockedAt: null });
    await this.announce(contactId);
  }

  /** A national number typed for the contact is read in the country of the inbox of their newest conversation. */
  private async phoneCountry(contactId: number): Promise<string | null> {
    const newest = await this.db.getRepository(Conversation).findOne({ where: { contactId }, order: { id: 'DESC' }, select: { id: true, inboxId: true } });
    const inbox = newest ? await this.db.getRepository(Inbox).findOne({ where: { id: newest.inboxId }, select: { id: true, settings: true } }) : null;
    return phoneCountry(inbox?.settings, this.config.defaultPhoneCountry);
  }

  /** Operators' screens follow: the contact panel (`contact.updated`) and the rows of their open conversations. */
  async announce(contactId: number): Promise<void> {
    await this.domainEvents.emit('contact.updated', { contactId });
    const open = await this.db.getRepository(Conversation).findBy({ contactId, status: Not('closed') });
    await this.publisher.changedMany(open, await this.presenter.conversations(open));
  }

  identities(contactId: number): Promise<ContactIdentity[]> {
    return this.db.getRepository(ContactIdentity).find({ where: { contactId }, order: { id: 'ASC' } });
  }

  /** Every conversation of the contact on every channel, newest first. */
  async history(contactId: number): Promise<Conversation[]> {
    const { id } = await this.get(contactId);
    return this.db.getRepository(Conversation).find({ where: { contactId: id }, order: { id: 'DESC' }, take: 200 });
  }
}
