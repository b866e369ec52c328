import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { isSupervisor, type Agent } from '../agents/agent.entity';
import { Inbox } from '../channels/inbox.entity';
import { DomainEventBus } from '../common/domain-events';
import { Conversation } from '../conversations/conversation.entity';
import { openKeyOf } from '../conversations/conversations.service';
import { withDeadlockRetry } from '../database/transactions';
import { mergeConflict, mergedColumns, sharedAddress } from './contact.policy';
import { Contact } from './contact.entity';
import { ContactIdentity } from './contact-identity.entity';
import { ContactsService } from './contacts.service';

/** Most contacts offered as possible duplicates of one. */
const DUPLICATES_LIMIT = 10;

/**
 * One person known as two contacts (a WhatsApp number and the same number
 * calling in, an e-mail address typed into the widget) becomes one: the
 * merged contact's conversations and channel identities move to the
 * survivor, which keeps its own details and fills its gaps. The merged row
 * stays behind as a pointer (`mergedIntoId`), so a message resolved to it
 * a moment before still lands with the survivor.
 */
@Injectable()
export class ContactMergeService {
  constructor(
    private readonly db: DataSource,
    private readonly contacts: ContactsService,
    private readonly domainEvents: DomainEventBus,
  ) {}

  /** Other contacts with the same phone or e-mail address: the ones a merge would be allowed with. */
  async duplicates(contactId: number): Promise<Contact[]> {
    const contact = await this.contacts.get(contactId);
    const sameAddress = [...(contact.phone ? [{ phone: contact.phone }] : []), ...(contact.email ? [{ email: contact.email }] : [])];
    if (sameAddress.length === 0) return [];
    return this.db.getRepository(Contact).find({
      where: sameAddress.map((address) => ({ ...address, id: Not(contact.id), mergedIntoId: IsNull() })),
      order: { id: 'ASC' },
      take: DUPLICATES_LIMIT,
    });
  }

  /** Merges `mergedId` into `survivorId` and returns the survivor as it is now. */
  async merge(agent: Agent, survivorId: number, mergedId: number): Promise<Contact> {
    if (survivorId === mergedId) throw new BadRequestException('contactId: a contact cannot be merged into itself');
    const [survivor, merged] = await Promise.all([this.exact(survivorId), this.exact(mergedId)]);
    if (!isSupervisor(agent)) {
      const holds = await this.db.getRepository(Conversation).existsBy({ contactId: In([survivor.id, merged.id]), assigneeId: agent.id, status: Not('closed') });
      if (!holds) throw new ForbiddenException('Only a supervisor, or the operator holding an open conversation of one of the two contacts, may merge them');
    }
    await withDeadlockRetry(() => this.db.transaction((tx) => this.mergeRows(tx, survivorId, mergedId)));
    const now = await this.contacts.get(survivorId);
    await this.domainEvents.emit('contact.merged', { mergedId, survivorId });
    // The survivor's open conversations, the moved ones among them, show their contact anew.
    await this.contacts.announce(survivorId);
    return now;
  }

  /** The contact itself, not the one it was merged into: merging a pointer would move nothing. */
  private async exact(id: number): Promise<Contact> {
    const contact = await this.db.getRepository(Contact).findOneBy({ id });
    if (!contact) throw new NotFoundException(`Contact ${id} does not exist`);
    if (contact.mergedIntoId !== null) throw new ConflictException(`Contact ${id} was merged into contact ${contact.mergedIntoId} already`);
    return contact;
  }

  /**
   * The merge itself, with both contacts locked (in id order, so two merges
   * of the same pair cannot deadlock). A conversation being opened for the
   * merged contact holds a lock on its row (ConversationsService
   * .openOrGet): it is either committed before this reads the
   * conversations, and moves with them, or it waits and then finds the
   * pointer.
   */
  private async mergeRows(tx: EntityManager, survivorId: number, mergedId: number): Promise<void> {
    const type = tx.connection.options.type;
    const contacts = tx.getRepository(Contact);
    const locking = contacts.createQueryBuilder('k').whereInIds([survivorId, mergedId]).orderBy('k.id');
    // SQLite has one writer: its transaction is the lock.
    if (type === 'mysql' || type === 'mariadb') locking.setLock('pessimistic_write');
    const rows = await locking.getMany();
    const survivor = rows.find((r) => r.id === survivorId);
    const merged = rows.find((r) => r.id === mergedId);
    if (!survivor || !merged || survivor.mergedIntoId !== null || merged.mergedIntoId !== null) {
      throw new ConflictException('One of the contacts was merged meanwhile: reload and try again');
    }
    if (!sharedAddress(survivor, merged)) {
      throw new ConflictException(`Contacts ${survivorId} and ${mergedId} share neither a phone nor an e-mail address: only the same person's contacts are merged`);
    }

    const [open, identities] = await Promise.all([
      tx.getRepository(Conversation).find({ select: { id: true, inboxId: true, contactId: true }, where: { contactId: In([survivorId, mergedId]), openKey: Not(IsNull()) } }),
      tx.getRepository(ContactIdentity).find({ select: { inboxId: true, contactId: true }, where: { contactId: In([survivorId, mergedId]) } }),
    ]);
    const sideOf = (contactId: number) => ({
      openInboxIds: open.filter((c) => c.contactId === contactId).map((c) => c.inboxId),
      identityInboxIds: identities.filter((i) => i.contactId === contactId).map((i) => i.inboxId),
    });
    const inboxIds = [...new Set(identities.map((i) => i.inboxId))];
    const inboxes = inboxIds.length ? await tx.getRepository(Inbox).find({ select: { id: true, type: true, name: true }, where: { id: In(inboxIds) } }) : [];
    const conflict = mergeConflict(sideOf(survivorId), sideOf(mergedId), (id) => inboxes.find((i) => i.id === id)?.type === 'webchat');
    if (conflict) {
      const inboxName = inboxes.find((i) => i.id === conflict.inboxId)?.name ?? `inbox ${conflict.inboxId}`;
      throw new ConflictException(
        conflict.reason === 'both-open'
          ? `Both contacts have an open conversation in ${inboxName}: close one of them first`
          : `Both contacts write to ${inboxName} from different addresses: replies could reach only one of them`,
      );
    }

    await tx.getRepository(ContactIdentity).update({ contactId: mergedId }, { contactId: survivorId });
    // Open ones carry the contact in their unique open key too (the check above left no two in one inbox);
    // one closed meanwhile keeps no key, and goes with the rest.
    for (const conversation of open.filter((c) => c.contactId === mergedId)) {
      await tx
        .getRepository(Conversation)
        .update({ id: conversation.id, openKey: Not(IsNull()) }, { contactId: survivorId, openKey: openKeyOf(conversation.inboxId, survivorId) });
    }
    await tx.getRepository(Conversation).update({ contactId: mergedId }, { contactId: survivorId });
    await contacts.update({ id: survivorId }, mergedColumns(survivor, merged) as QueryDeepPartialEntity<Contact>);
    // Pointers to the merged contact follow it, so every pointer is one step from a live contact.
    await contacts.update({ mergedIntoId: mergedId }, { mergedIntoId: survivorId });
    await contacts.update({ id: mergedId }, { mergedIntoId: survivorId });
  }
}
