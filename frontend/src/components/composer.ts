import type { AttachmentDto, MessageQuote } from '../api/types';

/** What the composer hands to the dialog when the operator sends. */
export interface ComposerSend {
  text: string;
  private: boolean;
  attachments: AttachmentDto[];
  quickReplyId?: number;
  /** The message this reply answers. */
  replyTo?: MessageQuote;
}
