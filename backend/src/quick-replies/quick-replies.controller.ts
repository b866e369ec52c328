import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, UploadedFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UploadedFile as File } from '../conversations/attachments.service';
import { attachmentUrl } from '../conversations/conversation.presenter';
import { FileUpload } from '../conversations/file-upload';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent } from '../auth/auth.decorators';
import { CreateQuickReplyDto, ListQuickRepliesDto, toQuickReplyDto, UpdateQuickReplyDto, UseQuickReplyFilesDto } from './quick-reply.dto';
import { QuickRepliesService } from './quick-replies.service';
import { ApiAnswer, ApiUpload } from '../common/api-answer';
import { AttachmentDto } from '../conversations/conversation.responses';
import { QuickReplyDto } from './quick-reply.responses';

@ApiTags('quick-replies')
@Controller('api/quick-replies')
export class QuickRepliesController {
  constructor(private readonly quickReplies: QuickRepliesService) {}

  @ApiOperation({ summary: 'List quick replies' })
  @ApiAnswer({ items: [QuickReplyDto] })
  @Get()
  async list(@CurrentAgent() agent: Agent, @Query() query: ListQuickRepliesDto) {
    return { items: (await this.quickReplies.list(agent, { query: query.q, purpose: query.manage ? 'manage' : 'use' })).map(toQuickReplyDto) };
  }

  @ApiOperation({ summary: 'Create a quick reply' })
  @ApiConflictResponse({ description: 'The shortcut exists already in that list' })
  @ApiAnswer({ quickReply: QuickReplyDto })
  @Post()
  async create(@CurrentAgent() agent: Agent, @Body() body: CreateQuickReplyDto) {
    return { quickReply: toQuickReplyDto(await this.quickReplies.create(agent, body)) };
  }

  @ApiOperation({ summary: 'Change a quick reply' })
  @ApiConflictResponse({ description: 'The shortcut exists already in that list' })
  @ApiAnswer({ quickReply: QuickReplyDto })
  @Patch(':id')
  async update(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UpdateQuickReplyDto) {
    return { quickReply: toQuickReplyDto(await this.quickReplies.update(agent, id, body)) };
  }

  @ApiOperation({ summary: 'Attach a file to a quick reply' })
  @ApiAnswer({ quickReply: QuickReplyDto })
  @Post(':id/attachments')
  @ApiUpload()
  @FileUpload()
  async addFile(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @UploadedFile() file: File | undefined) {
    return { quickReply: toQuickReplyDto(await this.quickReplies.addFile(agent, id, file)) };
  }

  @ApiOperation({ summary: 'Remove a file from a quick reply' })
  @ApiAnswer({ quickReply: QuickReplyDto })
  @Delete(':id/attachments/:key')
  async removeFile(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Param('key') key: string) {
    return { quickReply: toQuickReplyDto(await this.quickReplies.removeFile(agent, id, key)) };
  }

  /** Inserting a reply with files: copies for the conversation, to send with the message (`attachments`). */
  @ApiOperation({ summary: 'Copy a quick reply’s files into a conversation' })
  @ApiAnswer({ attachments: [AttachmentDto] }, 'Copies of the reply’s files as the operator’s uploads in the conversation')
  @Post(':id/use')
  @HttpCode(200)
  async use(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number, @Body() body: UseQuickReplyFilesDto) {
    const files = await this.quickReplies.filesFor(agent, id, body.conversationId);
    return { attachments: files.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, url: attachmentUrl(a) })) };
  }

  @ApiOperation({ summary: 'Delete a quick reply' })
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.quickReplies.remove(agent, id);
  }
}
