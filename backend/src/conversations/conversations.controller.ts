import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent } from '../auth/auth.decorators';
import { ApiAnswer, ApiUpload, nullable } from '../common/api-answer';
import { ContactDetailsDto } from '../contacts/contact.responses';
import { AttachmentsService, type UploadedFile as File } from './attachments.service';
import { ListConversationsDto, ListMessagesDto, SendMessageDto, UpdateConversationDto } from './conversation.dto';
import { attachmentUrl, ConversationPresenter } from './conversation.presenter';
import { ConversationPublisher } from './conversation.publisher';
import { AttachmentDto, ConversationDto, ConversationEventDto, MessageDto } from './conversation.responses';
import { ConversationsService } from './conversations.service';
import { ReplyService } from './reply.service';
import { FileUpload } from './file-upload';
import { ApiTokenScope } from '../api-tokens/api-token-scope.decorator';

@ApiTags('conversations')
@ApiTokenScope('conversations')
@Controller('api/conversations')
export class ConversationsController {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly replies: ReplyService,
    private readonly attachments: AttachmentsService,
    private readonly presenter: ConversationPresenter,
    private readonly publisher: ConversationPublisher,
  ) {}

  @ApiOperation({ summary: 'List conversations (mine, the queue or all)' })
  @ApiForbiddenResponse({ description: '`view=all` for an operator: supervisors and admins only' })
  @ApiAnswer({ items: [ConversationDto], nextCursor: nullable({ type: 'integer' }) }, 'nextCursor: the last id of a full page, for the next one; null when this page was the last')
  @Get()
  async list(@CurrentAgent() agent: Agent, @Query() query: ListConversationsDto) {
    const rows = await this.conversations.list(agent, query);
    const full = rows.length === query.limit && query.order === undefined;
    return { items: await this.presenter.conversations(rows), nextCursor: full ? rows[rows.length - 1].id : null };
  }

  @ApiOperation({ summary: 'Get a conversation with its contact' })
  @ApiAnswer({ conversation: ConversationDto, contact: ContactDetailsDto })
  @Get(':id')
  async get(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    const conversation = await this.conversations.getFor(agent, id);
    const [dto, contact] = await Promise.all([this.presenter.conversation(conversation), this.presenter.contact(conversation.contactId)]);
    return { conversation: dto, contact };
  }

  @ApiOperation({ summary: 'Set a conversation’s priority' })
  /** The priority: the holder, supervisors and admins (403 for another's, 404 for one the caller may not see). */
  @ApiAnswer({ conversation: ConversationDto })
  @Patch(':id')
  async update(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateConversationDto) {
    const conversation = await this.conversations.setPriority(agent, id, body.priority);
    const dto = await this.presenter.conversation(conversation);
    await this.publisher.changed(conversation, dto);
    return { conversation: dto };
  }

  @ApiOperation({ summary: 'A conversation’s messages, a page at a time' })
  @ApiAnswer({ items: [MessageDto] }, 'Oldest first')
  @Get(':id/messages')
  async messages(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Query() query: ListMessagesDto) {
    await this.conversations.getFor(agent, id);
    const rows = await this.conversations.messages(id, { before: query.before, limit: query.limit, includePrivate: true });
    return { items: await this.presenter.messages(rows) };
  }

  @ApiOperation({ summary: 'Send a message or a private note' })
  @ApiConflictResponse({ description: 'The inbox is archived, or the customer window of the channel is closed (`customer_window_closed:`)' })
  @ApiAnswer({ message: MessageDto })
  @Post(':id/messages')
  async send(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: SendMessageDto) {
    if (!body.text?.trim() && !body.attachments?.length) throw new BadRequestException('text: a message needs text or attachments');
    const conversation = await this.conversations.getFor(agent, id);
    return {
      message: await this.replies.reply(agent, conversation, { text: body.text, private: body.private, attachmentIds: body.attachments, quickReplyId: body.quickReplyId, replyToMessageId: body.replyToMessageId }),
    };
  }

  @ApiOperation({ summary: 'Upload a file to send in a conversation' })
  @ApiAnswer({ attachment: AttachmentDto })
  @Post(':id/attachments')
  @ApiUpload()
  @FileUpload()
  async upload(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @UploadedFile() file: File | undefined) {
    const conversation = await this.conversations.getFor(agent, id);
    this.conversations.assertMayWrite(agent, conversation);
    const a = await this.attachments.store(conversation.inboxId, `agent:${agent.id}`, file);
    return { attachment: { id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, url: attachmentUrl(a) } };
  }

  @ApiOperation({ summary: 'Close a conversation' })
  @ApiConflictResponse({ description: 'The conversation changed while closing it' })
  @ApiAnswer({ conversation: ConversationDto })
  @Post(':id/close')
  @HttpCode(200)
  async close(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    const conversation = await this.conversations.close(agent, id);
    await this.publisher.changed(conversation);
    return { conversation: await this.presenter.conversation(conversation) };
  }

  @ApiOperation({ summary: 'A conversation’s event log' })
  @ApiAnswer({ items: [ConversationEventDto] }, 'Oldest first')
  @Get(':id/events')
  async events(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    await this.conversations.getFor(agent, id);
    return { items: await this.conversations.eventLog(id) };
  }
}
