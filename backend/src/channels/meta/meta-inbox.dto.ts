import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const TOKEN = /^[A-Za-z0-9_\-.|]{20,1000}$/;
const APP_SECRET = /^[A-Za-z0-9]{16,128}$/;
const VERIFY_TOKEN = /^[A-Za-z0-9_-]{8,200}$/;

/** What every Meta inbox (Cloud API, Instagram) gives: the app's token and secret, and the webhook's verify token. */
class MetaAppCredentialsDto {
  @ApiProperty({ description: 'A system user’s access token (Cloud API: whatsapp_business_messaging; Instagram: instagram_manage_messages); checked, stored encrypted, never returned' })
  @IsString()
  @Matches(TOKEN, { message: 'accessToken must be the token from Meta (20-1000 letters, digits and -_.|)' })
  accessToken: string;

  @ApiProperty({ description: 'The app secret (App settings > Basic): checks X-Hub-Signature-256; stored encrypted' })
  @IsString()
  @Matches(APP_SECRET, { message: 'appSecret must be the app secret from App settings > Basic (16-128 letters and digits)' })
  appSecret: string;

  @ApiPropertyOptional({ description: 'What to give the app dashboard as the webhook’s verify token; generated when left out' })
  @IsOptional()
  @MaxLength(200)
  @Matches(VERIFY_TOKEN, { message: 'verifyToken must be 8-200 letters, digits, _ and -' })
  verifyToken?: string;
}

export class WhatsAppCloudInboxDto extends MetaAppCredentialsDto {
  @ApiProperty({ description: 'The number’s id in WhatsApp Manager (not the phone number itself)', example: '106540352242922' })
  @Matches(/^\d{5,30}$/, { message: 'phoneNumberId must be the digits of the phone number ID from WhatsApp Manager' })
  phoneNumberId: string;

  @ApiPropertyOptional({ description: 'WhatsApp Business Account id: lists the approved templates', example: '102290129340398' })
  @IsOptional()
  @Matches(/^\d{5,30}$/, { message: 'businessAccountId must be the digits of the WhatsApp Business Account ID' })
  businessAccountId?: string;
}

export class InstagramInboxDto extends MetaAppCredentialsDto {
  @ApiProperty({ description: 'The Instagram professional account id (or its Facebook Page id) that sends', example: '17841400000000001' })
  @Matches(/^\d{5,30}$/, { message: 'accountId must be the digits of the Instagram account (or Page) id' })
  accountId: string;

  @HumanAgentField() humanAgent?: boolean;
}

/** PATCH /api/inboxes/:id of an Instagram inbox. */
export class UpdateInstagramInboxDto {
  @HumanAgentField() humanAgent?: boolean;
}

function HumanAgentField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      default: false,
      description: 'Meta approved the Human Agent permission for the app: operators may answer up to 7 days after the customer’s last message (tagged HUMAN_AGENT)',
    }),
    IsOptional(),
    IsBoolean({ message: 'humanAgent must be true or false' }),
  );
}
