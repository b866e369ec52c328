/**
 * Generated from the backend's OpenAPI document by `npm run api:types`: do not edit.
 * Change the backend's DTOs and Swagger decorators instead (docs/api.md).
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/me/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AgentsController_setMyStatus"];
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AgentsController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AgentsController_list"];
        put?: never;
        post: operations["AgentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AgentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AgentsController_update"];
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AgentsController_listTeams"];
        put?: never;
        post: operations["AgentsController_createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AgentsController_deleteTeam"];
        options?: never;
        head?: never;
        patch: operations["AgentsController_renameTeam"];
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContactsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ContactsController_update"];
        trace?: never;
    };
    "/api/contacts/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContactsController_duplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge another contact of the same person (same phone or e-mail) into this one */
        post: operations["ContactsController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContactsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConversationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConversationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConversationsController_messages"];
        put?: never;
        post: operations["ConversationsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConversationsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConversationsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConversationsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{key}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InboxesController_list"];
        put?: never;
        post: operations["InboxesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InboxesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["InboxesController_update"];
        trace?: never;
    };
    "/api/widget/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WidgetUploadsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inboxes/email/connection-test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EmailController_testForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inboxes/{id}/connection-test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EmailController_testStored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EmailController_original"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomerWindowController_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CustomerWindowController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CustomerWindowController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inboxes/{id}/whatsapp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WhatsAppWebController_connection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RoutingController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RoutingController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RoutingController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/csat/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CsatController_form"];
        put?: never;
        post: operations["CsatController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quick-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuickRepliesController_list"];
        put?: never;
        post: operations["QuickRepliesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quick-replies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["QuickRepliesController_remove"];
        options?: never;
        head?: never;
        patch: operations["QuickRepliesController_update"];
        trace?: never;
    };
    "/api/quick-replies/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QuickRepliesController_addFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quick-replies/{id}/attachments/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["QuickRepliesController_removeFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quick-replies/{id}/use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QuickRepliesController_use"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BotsController_list"];
        put?: never;
        post: operations["BotsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BotsController_get"];
        put?: never;
        post?: never;
        delete: operations["BotsController_remove"];
        options?: never;
        head?: never;
        patch: operations["BotsController_update"];
        trace?: never;
    };
    "/api/bots/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BotsController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bots/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BotsController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bot/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BotApiController_say"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bot/conversations/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BotApiController_handover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/service-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_serviceLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/service-levels/{inboxId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ReportsController_setServiceLevel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SupervisionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/conversations/{id}/whisper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupervisionController_whisper"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/conversations/{id}/take-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupervisionController_takeOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/conversations/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SupervisionController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewsController_criteria"];
        put: operations["ReviewsController_replaceCriteria"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewsController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewsController_transcript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/conversations/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ReviewsController_setTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewsController_sample"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ReviewsController_update"];
        trace?: never;
    };
    "/api/reviews/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewsController_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ReviewsController_removeComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VoiceController_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VoiceController_call"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/calls/{id}/recording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VoiceController_recording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversations by what was written in them or by who the customer is, newest first */
        get: operations["SearchController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeliveryController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LoginDto: {
            /** @example admin@example.com */
            email: string;
            password: string;
        };
        UpdateStatusDto: {
            /** @enum {string} */
            status?: "online" | "away" | "offline";
        };
        CreateAgentDto: {
            /** @enum {string} */
            role?: "agent" | "supervisor" | "admin";
            maxChats?: number;
            languages?: string[];
            skills?: string[];
            /**
             * @example [
             *       "country:DE",
             *       "offer:premium"
             *     ]
             */
            segments?: string[];
            /** @enum {string} */
            level?: "novice" | "regular" | "senior";
            teamIds?: number[];
            email: string;
            name: string;
            password: string;
        };
        UpdateAgentDto: {
            /** @enum {string} */
            role?: "agent" | "supervisor" | "admin";
            maxChats?: number;
            languages?: string[];
            skills?: string[];
            /**
             * @example [
             *       "country:DE",
             *       "offer:premium"
             *     ]
             */
            segments?: string[];
            /** @enum {string} */
            level?: "novice" | "regular" | "senior";
            teamIds?: number[];
            /** @description false deactivates the account (tokens refused, sockets closed, conversations back to the queue); true restores login */
            active?: boolean;
            name?: string;
            password?: string;
        };
        TeamNameDto: {
            name: string;
        };
        MergeContactDto: {
            /**
             * @description The other contact of the same person; it is merged into this one
             * @example 42
             */
            contactId: number;
        };
        UpdateContactDto: {
            name?: string | null;
            email?: string | null;
            /**
             * @description International (+ and the country code), or national in the default country of the inbox of the contact’s newest conversation (settings.defaultCountry, else DEFAULT_PHONE_COUNTRY); stored in E.164
             * @example +380 44 123 45 67
             */
            phone?: string | null;
            /** @example uk */
            language?: string | null;
        };
        SendMessageDto: {
            /** @description At most MESSAGE_MAX_CHARS characters */
            text?: string;
            /** @description An internal note the customer never sees */
            private?: boolean;
            /** @description Ids from POST /api/conversations/:id/attachments */
            attachments?: number[];
            quickReplyId?: number;
            /** @description A message of this conversation the reply answers: the customer sees it quoted where the channel can (Telegram, WhatsApp) */
            replyToMessageId?: number;
        };
        WebchatSettingsDto: {
            greeting?: string;
            /** @description Ask for name and e-mail before the first message */
            preChatForm?: boolean;
            /** @example #2563eb */
            color?: string;
            /**
             * @description Every inbox type: the country (ISO 3166 alpha-2) national phone numbers are read in — bot answers, contact phones typed by operators, a voice inbox’s numbers; null: DEFAULT_PHONE_COUNTRY, and without it only international numbers are taken
             * @example DE
             */
            defaultCountry?: string | null;
        };
        TelegramInboxDto: {
            /**
             * @description The token from @BotFather; checked with getMe, stored encrypted, never returned
             * @example 123456789:AAF...
             */
            botToken: string;
            /**
             * @description Default: webhook when PUBLIC_URL is set, polling otherwise
             * @enum {string}
             */
            mode?: "webhook" | "polling";
        };
        EmailInboxDto: {
            /**
             * @description The address customers write to and see replies from
             * @example support@example.com
             */
            fromAddress: string;
            /**
             * @description Shown after the operator: "Kate via Acme Support"
             * @example Acme Support
             */
            fromName?: string;
            /** @description Added under every reply, after "-- " */
            signature?: string;
            /** @example smtp.example.com */
            smtpHost: string;
            /** @description 587 (STARTTLS), or 465 with smtpSecure */
            smtpPort?: number;
            /** @description Implicit TLS (port 465); otherwise STARTTLS when the server offers it */
            smtpSecure?: boolean;
            /** @description Leave out for a relay without AUTH */
            smtpUser?: string;
            smtpPassword?: string;
            /**
             * @description Leave out for an inbox that only sends
             * @example imap.example.com
             */
            imapHost?: string;
            /** @description 993 (TLS), or 143 with imapSecure false */
            imapPort?: number;
            /** @default true */
            imapSecure: boolean;
            imapUser?: string;
            imapPassword?: string;
            /**
             * @description The folder that is read
             * @default INBOX
             */
            folder: string;
            /** @description Move imported mail to this folder */
            moveTo?: string;
            /** @description Flag imported mail as read */
            markSeen?: boolean;
            /**
             * @description Also import the mail already in the folder (default: only mail that arrives from now on)
             * @default false
             */
            importExisting: boolean;
            /**
             * @description false accepts self-signed certificates
             * @default true
             */
            tlsRejectUnauthorized: boolean;
        };
        WhatsAppCloudInboxDto: {
            /** @description A system user’s access token (Cloud API: whatsapp_business_messaging; Instagram: instagram_manage_messages); checked, stored encrypted, never returned */
            accessToken: string;
            /** @description The app secret (App settings > Basic): checks X-Hub-Signature-256; stored encrypted */
            appSecret: string;
            /** @description What to give the app dashboard as the webhook’s verify token; generated when left out */
            verifyToken?: string;
            /**
             * @description The number’s id in WhatsApp Manager (not the phone number itself)
             * @example 106540352242922
             */
            phoneNumberId: string;
            /**
             * @description WhatsApp Business Account id: lists the approved templates
             * @example 102290129340398
             */
            businessAccountId?: string;
        };
        InstagramInboxDto: {
            /** @description A system user’s access token (Cloud API: whatsapp_business_messaging; Instagram: instagram_manage_messages); checked, stored encrypted, never returned */
            accessToken: string;
            /** @description The app secret (App settings > Basic): checks X-Hub-Signature-256; stored encrypted */
            appSecret: string;
            /** @description What to give the app dashboard as the webhook’s verify token; generated when left out */
            verifyToken?: string;
            /**
             * @description The Instagram professional account id (or its Facebook Page id) that sends
             * @example 17841400000000001
             */
            accountId: string;
            /**
             * @description Meta approved the Human Agent permission for the app: operators may answer up to 7 days after the customer’s last message (tagged HUMAN_AGENT)
             * @default false
             */
            humanAgent: boolean;
        };
        VoiceSettingsDto: {
            /**
             * @description Language of the spoken texts (Twilio <Say language>)
             * @example en-US
             */
            language?: string;
            /**
             * @description Twilio <Say voice>
             * @example Polly.Joanna
             */
            voice?: string;
            /** @description Spoken when a call comes in */
            greeting?: string;
            /** @description Played instead of the spoken greeting */
            greetingAudioUrl?: string;
            /** @description Spoken before the voicemail beep outside business hours */
            afterHoursPrompt?: string;
            /** @description Spoken before the voicemail beep when nobody can answer */
            voicemailPrompt?: string;
            /** @description Hold music while waiting; Twilio’s own by default */
            holdMusicUrl?: string;
            /**
             * @description Tell waiting callers their place in line
             * @default true
             */
            announcePosition: boolean;
            /**
             * @description Seconds in the queue before the caller is offered voicemail
             * @default 300
             */
            maxWaitSeconds: number;
            /**
             * @description Seconds the operator’s phone or browser rings
             * @default 20
             */
            ringSeconds: number;
            /**
             * @description Record the talk (both sides)
             * @default false
             */
            recordCalls: boolean;
            /**
             * @description Have Twilio transcribe voicemails
             * @default false
             */
            transcribeVoicemail: boolean;
            /** @default 120 */
            voicemailMaxSeconds: number;
            /**
             * @description Operators (by id) who take calls on their own phone instead of in the browser; national numbers are read in the inbox’s settings.defaultCountry (else DEFAULT_PHONE_COUNTRY), all are stored in E.164
             * @example {
             *       "7": "+4930123456"
             *     }
             */
            agentPhones?: Record<string, never>;
        };
        VoiceInboxDto: {
            /**
             * @description The Twilio number: international, or national in the inbox’s settings.defaultCountry (else DEFAULT_PHONE_COUNTRY); stored in E.164
             * @example +4940111222
             */
            phoneNumber: string;
            /** @description AC… */
            accountSid: string;
            authToken: string;
            /** @description SK…, for browser calling */
            apiKeySid?: string;
            apiKeySecret?: string;
            /** @description AP…: the TwiML App of browser calls */
            twimlAppSid?: string;
            settings?: components["schemas"]["VoiceSettingsDto"];
        };
        InboxRoutingDto: {
            /**
             * @description Offer mode: seconds to accept
             * @default 60
             */
            offerTimeoutSeconds: number;
            /**
             * @description Seconds a returning customer waits for their full previous operator
             * @default 120
             */
            stickyWaitSeconds: number;
            requireLanguage?: boolean;
            requiredSkills?: string[];
            /**
             * @example [
             *       "offer:premium"
             *     ]
             */
            segments?: string[];
            /** @description Operators must serve the contact’s country (segment country:XX) */
            requireCountry?: boolean;
            /**
             * @description Offer this inbox’s conversations to operators who are on a phone call
             * @default false
             */
            offerDuringCalls: boolean;
            /**
             * @description Voice inboxes: a call takes one of the operator’s slots (maxChats); false lets a full operator still take a call
             * @default true
             */
            callsTakeSlot: boolean;
        };
        AutomaticTextDto: {
            enabled: boolean;
            /**
             * @example {
             *       "en": "Hello {{contact.name | there}}!"
             *     }
             */
            text: Record<string, never>;
        };
        OpeningIntervalDto: {
            /** @example 09:00 */
            open: string;
            /** @example 18:00 */
            close: string;
        };
        WeeklyScheduleDto: {
            mon?: components["schemas"]["OpeningIntervalDto"][];
            tue?: components["schemas"]["OpeningIntervalDto"][];
            wed?: components["schemas"]["OpeningIntervalDto"][];
            thu?: components["schemas"]["OpeningIntervalDto"][];
            fri?: components["schemas"]["OpeningIntervalDto"][];
            sat?: components["schemas"]["OpeningIntervalDto"][];
            sun?: components["schemas"]["OpeningIntervalDto"][];
        };
        BusinessHoursDto: {
            /** @example Europe/Berlin */
            timeZone: string;
            weekly: components["schemas"]["WeeklyScheduleDto"];
            /**
             * @example [
             *       "2026-12-25"
             *     ]
             */
            holidays?: string[];
        };
        AutoCloseDto: {
            enabled: boolean;
            /**
             * @example {
             *       "en": "Hello {{contact.name | there}}!"
             *     }
             */
            text: Record<string, never>;
            /**
             * @description Minutes without an answer from the customer
             * @example 60
             */
            afterMinutes: number;
        };
        CsatSettingsDto: {
            enabled: boolean;
            /** @description Replaces the built-in question */
            text?: Record<string, never>;
        };
        InboxAutomationDto: {
            /** @example en */
            defaultLanguage?: string | null;
            greeting?: components["schemas"]["AutomaticTextDto"] | null;
            businessHours?: components["schemas"]["BusinessHoursDto"] | null;
            /** @description {{next_opening}}: when the team is back */
            afterHours?: components["schemas"]["AutomaticTextDto"] | null;
            /** @description {{queue.position}}, {{expected_wait}} */
            queueMessage?: components["schemas"]["AutomaticTextDto"] | null;
            goodbye?: components["schemas"]["AutomaticTextDto"] | null;
            autoClose?: components["schemas"]["AutoCloseDto"] | null;
            csat?: components["schemas"]["CsatSettingsDto"] | null;
        };
        CreateInboxDto: {
            /** @enum {string} */
            type?: "webchat" | "telegram" | "email" | "whatsapp" | "whatsapp-cloud" | "instagram" | "twilio-voice";
            name?: string;
            settings?: components["schemas"]["WebchatSettingsDto"];
            /** @description Required for type telegram */
            telegram?: components["schemas"]["TelegramInboxDto"];
            /** @description Required for type email */
            email?: components["schemas"]["EmailInboxDto"];
            /** @description Required for type whatsapp-cloud */
            whatsappCloud?: components["schemas"]["WhatsAppCloudInboxDto"];
            /** @description Required for type instagram */
            instagram?: components["schemas"]["InstagramInboxDto"];
            /** @description Required for type twilio-voice */
            voice?: components["schemas"]["VoiceInboxDto"];
            /** @description The team whose operators get its conversations; none: shared by everyone */
            teamId?: number;
            /** @enum {string} */
            routingMode?: "auto" | "offer" | "broadcast" | "manual";
            routing?: components["schemas"]["InboxRoutingDto"];
            /** @description Greeting, business hours, goodbye, auto-close, CSAT (docs/automation.md) */
            automation?: components["schemas"]["InboxAutomationDto"];
        };
        UpdateEmailInboxDto: {
            /**
             * @description The address customers write to and see replies from
             * @example support@example.com
             */
            fromAddress?: string | null;
            /**
             * @description Shown after the operator: "Kate via Acme Support"
             * @example Acme Support
             */
            fromName?: string | null;
            /** @description Added under every reply, after "-- " */
            signature?: string | null;
            /** @example smtp.example.com */
            smtpHost?: string | null;
            /** @description 587 (STARTTLS), or 465 with smtpSecure */
            smtpPort?: number | null;
            /** @description Implicit TLS (port 465); otherwise STARTTLS when the server offers it */
            smtpSecure?: boolean | null;
            /** @description Leave out for a relay without AUTH */
            smtpUser?: string | null;
            smtpPassword?: string | null;
            /**
             * @description Leave out for an inbox that only sends
             * @example imap.example.com
             */
            imapHost?: string | null;
            /** @description 993 (TLS), or 143 with imapSecure false */
            imapPort?: number | null;
            /** @default true */
            imapSecure: boolean | null;
            imapUser?: string | null;
            imapPassword?: string | null;
            /**
             * @description The folder that is read
             * @default INBOX
             */
            folder: string | null;
            /** @description Move imported mail to this folder */
            moveTo?: string | null;
            /** @description Flag imported mail as read */
            markSeen?: boolean | null;
            /**
             * @description Also import the mail already in the folder (default: only mail that arrives from now on)
             * @default false
             */
            importExisting: boolean | null;
            /**
             * @description false accepts self-signed certificates
             * @default true
             */
            tlsRejectUnauthorized: boolean | null;
        };
        UpdateVoiceInboxDto: {
            settings?: components["schemas"]["VoiceSettingsDto"];
        };
        UpdateInstagramInboxDto: {
            /**
             * @description Meta approved the Human Agent permission for the app: operators may answer up to 7 days after the customer’s last message (tagged HUMAN_AGENT)
             * @default false
             */
            humanAgent: boolean;
        };
        UpdateInboxDto: {
            name?: string;
            settings?: components["schemas"]["WebchatSettingsDto"];
            /** @description null: shared by everyone again */
            teamId?: number | null;
            /** @enum {string} */
            routingMode?: "auto" | "offer" | "broadcast" | "manual";
            routing?: components["schemas"]["InboxRoutingDto"];
            /** @description E-mail inboxes: the mailbox settings that change (checked with both servers again) */
            email?: components["schemas"]["UpdateEmailInboxDto"];
            /** @description Voice inboxes: what callers hear and how long things take */
            voice?: components["schemas"]["UpdateVoiceInboxDto"];
            /** @description Instagram inboxes: the Human Agent feature */
            instagram?: components["schemas"]["UpdateInstagramInboxDto"];
            /** @description Greeting, business hours, goodbye, auto-close, CSAT (docs/automation.md) */
            automation?: components["schemas"]["InboxAutomationDto"];
            /** @description false archives the inbox (connector stopped, webhooks 404, open conversations closed, history kept); true reactivates it */
            active?: boolean;
        };
        SendTemplateDto: {
            /** @example order_update */
            name: string;
            /** @example en_US */
            language: string;
            /** @description Values for {{1}}, {{2}}... in order */
            parameters?: string[];
        };
        TransferDto: {
            agentId?: number;
            teamId?: number;
            /** @description Supervisors only: transfer even past the operator’s limit */
            override?: boolean;
        };
        CsatAnswerDto: {
            score: number;
            comment?: string;
        };
        CreateQuickReplyDto: {
            /** @enum {string} */
            scope: "global" | "team" | "personal";
            /** @description Required for scope team */
            teamId?: number;
            /**
             * @description Typed after / in the composer
             * @example hello
             */
            shortcut: string;
            title: string;
            /** @example Hello {{contact.name | there}}! */
            content: string;
            /** @example en */
            language?: string;
        };
        UpdateQuickReplyDto: {
            shortcut?: string;
            title?: string;
            content?: string;
            /** @description null: for every language */
            language?: string | null;
        };
        UseQuickReplyFilesDto: {
            /** @description The conversation the files go to */
            conversationId: number;
        };
        CreateBotDto: {
            inboxId: number;
            name: string;
            /** @enum {string} */
            kind: "flow" | "external";
            enabled?: boolean;
            /** @description Flow bots: the flow document (docs/bots.md); checked as a whole */
            definition?: Record<string, never>;
            /** @description Flow bots: hosts HTTP steps may call */
            allowedHosts?: string[];
            /** @description External bots: where conversations are posted */
            webhookUrl?: string;
        };
        UpdateBotDto: {
            name?: string;
            enabled?: boolean;
            /** @description A new version of the flow; conversations already running keep theirs */
            definition?: Record<string, never>;
            allowedHosts?: string[];
            webhookUrl?: string;
        };
        BotButtonDto: {
            title: string;
            payload: string;
        };
        BotSayDto: {
            /** @description At most MESSAGE_MAX_CHARS characters, and 4096 */
            text: string;
            buttons?: components["schemas"]["BotButtonDto"][];
        };
        BotHandoverDto: {
            teamId?: number;
            priority?: number;
            /** @description A note for the operator (what the bot found out) */
            note?: string;
            /** @description Custom attributes to set on the contact */
            attributes?: Record<string, never>;
        };
        ServiceLevelTargetDto: {
            /** @example 20 */
            thresholdSeconds: number;
            /** @example 80 */
            targetPercent: number;
        };
        WhisperDto: {
            /** @description A note only the operator holding the conversation (and supervisors) see */
            text: string;
        };
        ReassignDto: {
            agentId: number;
        };
        CriterionDto: {
            /** @description An existing criterion to keep (renamed or re-weighted); none for a new one */
            id?: number;
            name: string;
            weight: number;
        };
        ReplaceCriteriaDto: {
            /** @description The whole scorecard, in order; criteria left out are retired */
            items: components["schemas"]["CriterionDto"][];
        };
        TagsDto: {
            tags: string[];
        };
        CreateReviewDto: {
            conversationId: number;
        };
        SampleDto: {
            /** @default 5 */
            perAgent: number;
            /**
             * @description Conversations closed in this many days
             * @default 7
             */
            days: number;
        };
        RatingDto: {
            criterionId: number;
            /** @description 0–5; null: does not apply */
            value?: number | null;
        };
        UpdateReviewDto: {
            ratings?: components["schemas"]["RatingDto"][];
            summary?: string;
            /** @description Show it to the operator */
            submit?: boolean;
        };
        CommentDto: {
            /** @description The message commented on; none for the whole conversation */
            messageId?: number;
            text: string;
        };
        VoiceTokenDto: {
            /** @description The voice inbox whose calls the browser takes */
            inboxId: number;
        };
        CallBackDto: {
            /** @description Voice inbox to call from; default: the conversation’s own, or the only one */
            inboxId?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_setMyStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamNameDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgentsController_renameTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamNameDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ContactsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ContactsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ContactsController_duplicates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ContactsController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeContactDto"];
            };
        };
        responses: {
            /** @description They share neither phone nor e-mail, or both have an open conversation in one inbox */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ContactsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConversationsController_list: {
        parameters: {
            query?: {
                view?: "mine" | "queue" | "all";
                status?: "bot" | "queued" | "assigned" | "closed";
                inboxId?: number;
                /** @description Only conversations of inboxes of this type */
                channel?: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice";
                /** @description nextCursor of the previous page */
                cursor?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConversationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConversationsController_messages: {
        parameters: {
            query?: {
                /** @description Only messages with a smaller id */
                before?: number;
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConversationsController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConversationsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConversationsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConversationsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InboxesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InboxesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInboxDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InboxesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InboxesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInboxDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WidgetUploadsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EmailController_testForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailInboxDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EmailController_testStored: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    EmailController_original: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomerWindowController_state: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomerWindowController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CustomerWindowController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WhatsAppWebController_connection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RoutingController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RoutingController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RoutingController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CsatController_form: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CsatController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsatAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QuickRepliesController_list: {
        parameters: {
            query?: {
                /** @description Matches shortcut, title or content */
                q?: string;
                /** @description The replies you may change (the admin screen) instead of the ones you may use */
                manage?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QuickRepliesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuickReplyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QuickRepliesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QuickRepliesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateQuickReplyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QuickRepliesController_addFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QuickRepliesController_removeFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QuickRepliesController_use: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UseQuickReplyFilesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BotsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BotsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBotDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BotsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BotsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BotsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBotDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BotsController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BotsController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BotApiController_say: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotSayDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BotApiController_handover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BotHandoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_summary: {
        parameters: {
            query?: {
                /** @description Start of the period (ISO 8601, inclusive); default 7 days before `to` */
                from?: string;
                /** @description End of the period (ISO 8601, exclusive); default now */
                to?: string;
                inboxId?: number;
                /** @description The operator who answered the conversation first */
                agentId?: number;
                teamId?: number;
                channel?: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice";
                /** @description Minutes east of UTC for days, weekdays and hours (e.g. 180 for UTC+3) */
                tzOffset?: number;
                /** @description Conversations an operator holds at once, for the staffing hint; default their average limit (1 for voice) */
                concurrency?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_export: {
        parameters: {
            query: {
                /** @description Start of the period (ISO 8601, inclusive); default 7 days before `to` */
                from?: string;
                /** @description End of the period (ISO 8601, exclusive); default now */
                to?: string;
                inboxId?: number;
                /** @description The operator who answered the conversation first */
                agentId?: number;
                teamId?: number;
                channel?: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice";
                /** @description Minutes east of UTC for days, weekdays and hours (e.g. 180 for UTC+3) */
                tzOffset?: number;
                /** @description Conversations an operator holds at once, for the staffing hint; default their average limit (1 for voice) */
                concurrency?: number;
                table: "metrics" | "daily" | "operators" | "inboxes" | "heatmap" | "staffing";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_serviceLevels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_setServiceLevel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inboxId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceLevelTargetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupervisionController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupervisionController_whisper: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhisperDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupervisionController_takeOver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupervisionController_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_criteria: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_replaceCriteria: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceCriteriaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_search: {
        parameters: {
            query?: {
                agentId?: number;
                inboxId?: number;
                channel?: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice";
                /** @description Closed at or after (ISO 8601) */
                from?: string;
                /** @description Closed before (ISO 8601) */
                to?: string;
                /** @description CSAT score 1–5 */
                csat?: number;
                tag?: string;
                /** @description Text any message contains */
                q?: string;
                reviewed?: "none" | "draft" | "submitted";
                /** @description nextCursor of the previous page */
                cursor?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_transcript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_setTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_sample: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SampleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_comment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_removeComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                commentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoiceController_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoiceTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoiceController_call: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallBackDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VoiceController_recording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                entityType?: string;
                entityId?: number;
                actorId?: number;
                /** @description nextCursor of the previous page */
                cursor?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SearchController_search: {
        parameters: {
            query: {
                /** @description Words of a message (each a prefix), or part of the customer’s name, e-mail or phone */
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeliveryController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
