import { Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { MessageDto } from '../conversations/conversation.responses';
import { DeliveryService } from './delivery.service';
import { ApiTokenScope } from '../api-tokens/api-token-scope.decorator';

@ApiTags('messages')
@ApiTokenScope('conversations')
@Controller('api/messages')
export class DeliveryController {
  constructor(private readonly delivery: DeliveryService) {}

  /** Sends a failed message again: the conversation's operator or a supervisor. 409 unless it failed. */
  @ApiOperation({ summary: 'Send a failed message again' })
  @ApiConflictResponse({ description: 'The message is not a failed one sent to the customer, or is being retried already' })
  @ApiAnswer({ message: MessageDto })
  @Post(':id/retry')
  @HttpCode(200)
  async retry(@CurrentAgent() agent: Agent, @Param('id', ParseIntPipe) id: number) {
    return { message: await this.delivery.retry(agent, id) };
  }
}
