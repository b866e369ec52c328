import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EmailConnector, EmailSettingsError, validateEmailSettings, type EmailConnectionTest } from '@inbox/connectors';
import type { Inbox } from '../inbox.entity';
import type { EmailInboxDto, UpdateEmailInboxDto } from './email-inbox.dto';
import { EmailInboxes } from './email-inboxes';
import { connectionProblem, splitEmailInput, storedEmailInput } from './email-inbox.policy';

/**
 * Connecting a mailbox: the settings are checked, then both servers are
 * asked (SMTP login, IMAP login and folder) before anything is stored, so an
 * inbox that cannot work is refused with the field to fix.
 */
@Injectable()
export class EmailInboxSetup {
  constructor(
    private readonly connector: EmailConnector,
    private readonly inboxes: EmailInboxes,
  ) {}

  /** Settings and secrets for a new inbox; 400 naming the field, 409 when the address is connected already. */
  prepare(input: EmailInboxDto, inboxName: string): Promise<{ settings: Record<string, unknown>; secrets: Record<string, string> }> {
    return this.checkedWithServers(input, inboxName, null);
  }

  /** A PATCH applied to a stored inbox, checked like a new one (a password left out stays as it was). */
  prepareUpdate(inbox: Inbox, patch: UpdateEmailInboxDto, inboxName: string): Promise<{ settings: Record<string, unknown>; secrets: Record<string, string> }> {
    const stored = this.inboxes.withSecrets(inbox).context;
    const changed = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    return this.checkedWithServers({ ...storedEmailInput(stored.settings, stored.secrets), ...changed }, inboxName, inbox.id);
  }

  private async checkedWithServers(input: EmailInboxDto | Record<string, unknown>, inboxName: string, inboxId: number | null) {
    const { settings, secrets } = this.checked(input, inboxName);
    // Two inboxes on one mailbox would import every mail twice and answer from one address as two brands.
    const taken = (await this.inboxes.all({ withArchived: true })).find((e) => e.inbox.id !== inboxId && e.inbox.settings.fromAddress === settings.fromAddress);
    if (taken) throw new ConflictException(`email.fromAddress: ${String(settings.fromAddress)} is already connected as inbox ${taken.inbox.id}${taken.inbox.active ? '' : ' (archived: reactivate it instead)'}`);
    const problem = connectionProblem(await this.connector.testConnection(settings, secrets), Boolean(settings.imapHost));
    if (problem) throw new BadRequestException(problem);
    return { settings, secrets };
  }

  /** The admin screen's "test connection" with the form's values, before the inbox is saved. */
  test(input: EmailInboxDto): Promise<EmailConnectionTest> {
    const { settings, secrets } = this.checked(input, '');
    return this.connector.testConnection(settings, secrets);
  }

  /** "Test connection" of a saved inbox, with its stored credentials. */
  async testStored(inboxId: number): Promise<EmailConnectionTest> {
    const email = await this.inboxes.find(inboxId);
    if (!email) throw new NotFoundException(`There is no e-mail inbox ${inboxId}`);
    return this.connector.testConnection(email.context.settings, email.context.secrets);
  }

  /** The form's values as settings and secrets, refused with a 400 naming the field when the connector could not use them. */
  checked(input: EmailInboxDto | Record<string, unknown>, inboxName: string): { settings: Record<string, unknown>; secrets: Record<string, string> } {
    const split = splitEmailInput(input, inboxName);
    try {
      validateEmailSettings(split.settings, split.secrets);
    } catch (error) {
      if (error instanceof EmailSettingsError) throw new BadRequestException(`email.${error.field}: ${error.message}`);
      throw error;
    }
    return split;
  }
}
