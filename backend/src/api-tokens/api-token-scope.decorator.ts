import { SetMetadata } from '@nestjs/common';
import type { WriteScope } from './api-token.policy';

export const API_TOKEN_RULE = 'api-token:rule';

/** The scope an API token needs for this route's (or controller's) writes; reads need none, admin routes need `admin` (api-token.policy.ts). */
export const ApiTokenScope = (scope: WriteScope) => SetMetadata(API_TOKEN_RULE, scope);

/** The route is for logged-in operators only: API tokens are refused even on its reads (it is about the caller as a person). */
export const NotForApiTokens = () => SetMetadata(API_TOKEN_RULE, 'closed');
