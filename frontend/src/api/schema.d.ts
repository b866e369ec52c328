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
    "/api/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiTokensController_list"];
        put?: never;
        post: operations["ApiTokensController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ApiTokensController_revoke"];
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
        patch: operations["ConversationsController_update"];
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
    "/api/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LabelsController_list"];
        put?: never;
        post: operations["LabelsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/labels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["LabelsController_remove"];
        options?: never;
        head?: never;
        patch: operations["LabelsController_update"];
        trace?: never;
    };
    "/api/conversations/{id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["LabelsController_setOnConversation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attribute-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttributesController_list"];
        put?: never;
        post: operations["AttributesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attribute-definitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AttributesController_remove"];
        options?: never;
        head?: never;
        patch: operations["AttributesController_update"];
        trace?: never;
    };
    "/api/contacts/{id}/attributes": {
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
        patch: operations["AttributesController_setOnContact"];
        trace?: never;
    };
    "/api/conversations/{id}/attributes": {
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
        patch: operations["AttributesController_setOnConversation"];
        trace?: never;
    };
    "/api/mentions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MentionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentions/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MentionsController_read"];
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
        /** Conversations by what was written in them, by who the customer is, by a label or by custom attributes, newest first */
        get: operations["SearchController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/api/webhooks/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_log"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_redeliver"];
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
        /** @enum {string} */
        AgentRole: "agent" | "supervisor" | "admin";
        /** @enum {string} */
        AgentStatus: "online" | "away" | "offline";
        /** @enum {string} */
        AgentLevel: "novice" | "regular" | "senior";
        TeamDto: {
            id: number;
            name: string;
        };
        AgentDto: {
            id: number;
            email: string;
            name: string;
            role: components["schemas"]["AgentRole"];
            status: components["schemas"]["AgentStatus"];
            /** @description Conversations at once the router gives them at most */
            maxChats: number;
            /** @description Conversations that take one of their slots now */
            openChats: number;
            languages: string[];
            segments: string[];
            skills: string[];
            level: components["schemas"]["AgentLevel"];
            teams: components["schemas"]["TeamDto"][];
            /** @description On a phone call of a voice inbox right now */
            onCall: boolean;
            /**
             * Format: date-time
             * @description Since when none of their sockets is open: the router gives them nothing new meanwhile
             */
            disconnectedAt: string | null;
            /** @description false: deactivated by an admin (cannot log in, gets nothing) */
            active: boolean;
        };
        LoginDto: {
            /** @example admin@example.com */
            email: string;
            password: string;
        };
        ApiTokenDto: {
            id: number;
            name: string;
            /**
             * @description The first characters of the secret, to tell tokens apart
             * @example inb_Xb3k
             */
            secretStart: string;
            scopes: ("read" | "conversations" | "contacts" | "admin")[];
            /** @description Empty: every inbox */
            teamIds: number[];
            /** Format: date-time */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description Within a minute
             */
            lastUsedAt: string | null;
            createdById: number;
            /** Format: date-time */
            createdAt: string;
        };
        CreateApiTokenDto: {
            /** @example CRM sync */
            name: string;
            /** @description read: GET only; conversations, contacts: writes there; admin: admin routes */
            scopes: ("read" | "conversations" | "contacts" | "admin")[];
            /** @description Act as an operator of these teams; empty or left out: every inbox */
            teamIds?: number[];
            /**
             * Format: date-time
             * @description Refused from then on; left out: never expires
             */
            expiresAt?: string;
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
        /** @enum {string} */
        ChannelType: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice";
        ContactIdentityDto: {
            inboxId: number;
            channel: components["schemas"]["ChannelType"] | null;
            inboxName: string | null;
            /** @description The customer’s id on that channel (a chat id, an address, a phone number) */
            externalId: string;
        };
        ContactDetailsDto: {
            id: number;
            name: string | null;
            email: string | null;
            phone: string | null;
            language: string | null;
            country: string | null;
            attributes: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            identities: components["schemas"]["ContactIdentityDto"][];
        };
        DuplicateMatch: {
            /** @enum {string} */
            field: "phone" | "email";
            verified: boolean;
        };
        DuplicateContactDto: {
            id: number;
            name: string | null;
            email: string | null;
            phone: string | null;
            language: string | null;
            country: string | null;
            attributes: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            identities: components["schemas"]["ContactIdentityDto"][];
            match: components["schemas"]["DuplicateMatch"] | null;
        };
        ConversationInboxRef: {
            id: number;
            name: string;
            type: components["schemas"]["ChannelType"];
        };
        ConversationContactRef: {
            id: number;
            name: string | null;
            email: string | null;
            phone: string | null;
        };
        /** @enum {string} */
        ConversationStatus: "bot" | "queued" | "assigned" | "closed";
        /**
         * @description The queue serves urgent, then high, normal and low, each longest waiting first
         * @enum {string}
         */
        Priority: "urgent" | "high" | "normal" | "low";
        /** @enum {string} */
        MessageDirection: "in" | "out";
        /** @enum {string} */
        SenderType: "contact" | "agent" | "bot" | "system";
        /** @enum {string} */
        MessageKind: "text" | "image" | "file" | "audio" | "video" | "location" | "contact" | "sticker" | "call" | "event";
        LastMessagePreview: {
            text: string | null;
            direction: components["schemas"]["MessageDirection"];
            senderType: components["schemas"]["SenderType"];
            kind: components["schemas"]["MessageKind"];
            /** Format: date-time */
            createdAt: string;
        };
        LabelRef: {
            id: number;
            name: string;
            /** @example #2f80ed */
            color: string;
        };
        ConversationDto: {
            id: number;
            inboxId: number;
            inbox: components["schemas"]["ConversationInboxRef"] | null;
            contact: components["schemas"]["ConversationContactRef"] | null;
            status: components["schemas"]["ConversationStatus"];
            assigneeId: number | null;
            /** @description It takes one of its operator’s slots (assigned), or would (otherwise): false only for calls of a voice inbox whose calls take none */
            takesSlot: boolean;
            teamId: number | null;
            /** @description The queue serves urgent, then high, normal and low, each longest waiting first */
            priority: components["schemas"]["Priority"];
            language: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it (last) entered the queue: the queue’s waiting time counts from here
             */
            queuedAt: string | null;
            /** @description Offer mode: the operator it is offered to */
            offeredTo: number | null;
            /** Format: date-time */
            offerExpiresAt: string | null;
            /** Format: date-time */
            lastMessageAt: string | null;
            /** Format: date-time */
            firstAssignedAt: string | null;
            /** Format: date-time */
            firstAgentReplyAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            csatScore: number | null;
            /** @description The customer’s comment with their rating */
            csatComment: string | null;
            lastMessage: components["schemas"]["LastMessagePreview"] | null;
            /** @description By name */
            labels: components["schemas"]["LabelRef"][];
            /** @description Custom attributes (keys of conversation attribute definitions, and any a bot set) */
            attributes: {
                [key: string]: unknown;
            };
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
        AttachmentDto: {
            id: number;
            fileName: string;
            mimeType: string;
            /** @description Bytes */
            size: number;
            /** @description Behind the operator’s token (or the visitor’s, in the widget) */
            url: string;
        };
        /** @enum {string} */
        DeliveryStatus: "pending" | "sent" | "delivered" | "read" | "failed";
        MessageQuote: {
            id: number;
            senderType: components["schemas"]["SenderType"];
            senderName: string | null;
            kind: components["schemas"]["MessageKind"];
            /** @description Cut to 200 characters; null for a message without text (an image, a file) */
            text: string | null;
        };
        MessageDto: {
            id: number;
            conversationId: number;
            inboxId: number;
            direction: components["schemas"]["MessageDirection"];
            senderType: components["schemas"]["SenderType"];
            senderId: number | null;
            senderName: string | null;
            kind: components["schemas"]["MessageKind"];
            text: string | null;
            /** @description What the channel adds (buttons, a location, a call, an e-mail’s headers) */
            payload: {
                [key: string]: unknown;
            } | null;
            attachments: components["schemas"]["AttachmentDto"][];
            status: components["schemas"]["DeliveryStatus"];
            error: string | null;
            private: boolean;
            edited: boolean;
            clientMessageId: string | null;
            /** @description The message this one answers, as much as a quote shows */
            replyTo: components["schemas"]["MessageQuote"] | null;
            /** Format: date-time */
            createdAt: string;
        };
        ConversationEventDto: {
            id: number;
            conversationId: number;
            /** @example assigned */
            type: string;
            agentId: number | null;
            /** @description Who did it (an operator, a supervisor); null for the system */
            actorId: number | null;
            data: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            createdAt: string;
        };
        UpdateConversationDto: {
            priority: components["schemas"]["Priority"];
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
        /** @enum {string} */
        RoutingMode: "auto" | "offer" | "broadcast" | "manual";
        InboxRoutingDto: {
            /**
             * @description Offer mode: seconds to accept
             * @default 60
             */
            offerTimeoutSeconds?: number;
            /**
             * @description Seconds a returning customer waits for their full previous operator
             * @default 120
             */
            stickyWaitSeconds?: number;
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
            offerDuringCalls?: boolean;
            /**
             * @description Voice inboxes: a call takes one of the operator’s slots (maxChats); false lets a full operator still take a call
             * @default true
             */
            callsTakeSlot?: boolean;
        };
        AutomaticTextDto: {
            enabled: boolean;
            /**
             * @description Texts per language
             * @example {
             *       "en": "Hello {{contact.name | there}}!"
             *     }
             */
            text: {
                [key: string]: string;
            };
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
             * @description Texts per language
             * @example {
             *       "en": "Hello {{contact.name | there}}!"
             *     }
             */
            text: {
                [key: string]: string;
            };
            /**
             * @description Minutes without an answer from the customer
             * @example 60
             */
            afterMinutes: number;
        };
        CsatSettingsDto: {
            enabled: boolean;
            /** @description Replaces the built-in question; texts per language */
            text?: {
                [key: string]: string;
            };
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
        InboxDto: {
            id: number;
            type: components["schemas"]["ChannelType"];
            name: string;
            /** @description The widget’s data-inbox key (webchat); an internal id elsewhere */
            publicKey: string;
            /** @description The channel’s settings (webchat: greeting, preChatForm, color; voice: its own); secrets are never sent */
            settings: {
                [key: string]: unknown;
            };
            teamId: number | null;
            routingMode: components["schemas"]["RoutingMode"];
            routing: components["schemas"]["InboxRoutingDto"];
            automation: components["schemas"]["InboxAutomationDto"];
            /** @description false: archived (no channel traffic, no replies; history stays) */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description Webchat: the <script> tag to put on a site */
            widgetSnippet: string | null;
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
            imapSecure?: boolean;
            imapUser?: string;
            imapPassword?: string;
            /**
             * @description The folder that is read
             * @default INBOX
             */
            folder?: string;
            /** @description Move imported mail to this folder */
            moveTo?: string;
            /** @description Flag imported mail as read */
            markSeen?: boolean;
            /**
             * @description Also import the mail already in the folder (default: only mail that arrives from now on)
             * @default false
             */
            importExisting?: boolean;
            /**
             * @description false accepts self-signed certificates
             * @default true
             */
            tlsRejectUnauthorized?: boolean;
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
            humanAgent?: boolean;
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
            announcePosition?: boolean;
            /**
             * @description Seconds in the queue before the caller is offered voicemail
             * @default 300
             */
            maxWaitSeconds?: number;
            /**
             * @description Seconds the operator’s phone or browser rings
             * @default 20
             */
            ringSeconds?: number;
            /**
             * @description Record the talk (both sides)
             * @default false
             */
            recordCalls?: boolean;
            /**
             * @description Have Twilio transcribe voicemails
             * @default false
             */
            transcribeVoicemail?: boolean;
            /** @default 120 */
            voicemailMaxSeconds?: number;
            /**
             * @description Operators (by id) who take calls on their own phone instead of in the browser; national numbers are read in the inbox’s settings.defaultCountry (else DEFAULT_PHONE_COUNTRY), all are stored in E.164
             * @example {
             *       "7": "+4930123456"
             *     }
             */
            agentPhones?: {
                [key: string]: string;
            };
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
            imapSecure?: boolean | null;
            imapUser?: string | null;
            imapPassword?: string | null;
            /**
             * @description The folder that is read
             * @default INBOX
             */
            folder?: string | null;
            /** @description Move imported mail to this folder */
            moveTo?: string | null;
            /** @description Flag imported mail as read */
            markSeen?: boolean | null;
            /**
             * @description Also import the mail already in the folder (default: only mail that arrives from now on)
             * @default false
             */
            importExisting?: boolean | null;
            /**
             * @description false accepts self-signed certificates
             * @default true
             */
            tlsRejectUnauthorized?: boolean | null;
        };
        UpdateVoiceInboxDto: {
            settings?: components["schemas"]["VoiceSettingsDto"];
        };
        UpdateInstagramInboxDto: {
            /**
             * @description Meta approved the Human Agent permission for the app: operators may answer up to 7 days after the customer’s last message (tagged HUMAN_AGENT)
             * @default false
             */
            humanAgent?: boolean;
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
        EmailCheckPassed: {
            /** @enum {boolean} */
            ok: true;
        };
        EmailCheckFailed: {
            /** @enum {boolean} */
            ok: false;
            /** @description What the server said, for the admin */
            error: string;
            /**
             * @description auth: wrong user or password
             * @enum {string}
             */
            code: "temporary" | "rate-limited" | "auth" | "permanent";
        };
        EmailConnectionTestAnswer: {
            imap: components["schemas"]["EmailCheckPassed"] | components["schemas"]["EmailCheckFailed"];
            smtp: components["schemas"]["EmailCheckPassed"] | components["schemas"]["EmailCheckFailed"];
        };
        EmailOriginalAnswer: {
            /** @description Sanitized HTML; inline images point at our copies */
            html: string | null;
            /** @description The full text part */
            text: string | null;
        };
        NoCustomerWindow: {
            /** @enum {string} */
            rule: "none";
        };
        CustomerWindowState: {
            /** @enum {string} */
            rule: "window";
            /** @description A free-form reply may go now */
            open: boolean;
            /**
             * Format: date-time
             * @description null: the customer never wrote
             */
            closesAt: string | null;
            /** @description The channel has approved templates for when the window is closed */
            templates: boolean;
            /**
             * Format: date-time
             * @description Instagram with the Human Agent feature: an operator’s own reply may still go (tagged) until then; null otherwise
             */
            humanAgentUntil: string | null;
        };
        CustomerWindowAnswer: {
            window: components["schemas"]["NoCustomerWindow"] | components["schemas"]["CustomerWindowState"];
        };
        MessageTemplate: {
            name: string;
            /** @example en_US */
            language: string;
            status: string;
            /** @description The body text with its {{1}} placeholders, when Meta gave it */
            body?: string;
        };
        SendTemplateDto: {
            /** @example order_update */
            name: string;
            /** @example en_US */
            language: string;
            /** @description Values for {{1}}, {{2}}... in order */
            parameters?: string[];
        };
        WhatsAppConnectionDto: {
            /**
             * @description unknown: no process has reported on the number yet
             * @enum {string}
             */
            status: "starting" | "qr" | "authenticated" | "connected" | "disconnected" | "unknown";
            /** @description The code to scan (WhatsApp > Linked devices), while status is qr */
            qr?: string;
            /** @description The linked number, once connected (E.164 digits without +) */
            phone?: string;
            /** @description Why it is disconnected */
            reason?: string;
            /** @description Reconnect attempts since it was last connected */
            attempts: number;
            /** @description This process runs the number’s client */
            here: boolean;
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
        /** @enum {string} */
        QuickReplyScope: "global" | "team" | "personal";
        QuickReplyFileDto: {
            key: string;
            fileName: string;
            mimeType: string;
            /** @description Bytes */
            size: number;
        };
        QuickReplyDto: {
            id: number;
            scope: components["schemas"]["QuickReplyScope"];
            /** @description Scope team: the team whose operators see it */
            teamId: number | null;
            /** @description Scope personal: the operator it belongs to */
            agentId: number | null;
            shortcut: string;
            title: string;
            content: string;
            language: string | null;
            usageCount: number;
            attachments: components["schemas"]["QuickReplyFileDto"][];
            /** Format: date-time */
            updatedAt: string;
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
        LabelDto: {
            id: number;
            name: string;
            /** @example #2f80ed */
            color: string;
            description: string | null;
            /** @description Conversations that carry it (open and closed) */
            conversations: number;
            /** Format: date-time */
            createdAt: string;
        };
        CreateLabelDto: {
            /** @description Unique without regard to case */
            name: string;
            /** @example #2f80ed */
            color: string;
            description?: string | null;
        };
        UpdateLabelDto: {
            name?: string;
            /** @example #2f80ed */
            color?: string;
            /** @description null clears it */
            description?: string | null;
        };
        SetConversationLabelsDto: {
            /** @description Label ids; an empty list removes them all */
            labelIds: number[];
        };
        /** @enum {string} */
        AttributeTarget: "contact" | "conversation";
        /** @enum {string} */
        AttributeType: "text" | "number" | "date" | "list" | "checkbox" | "link";
        AttributeDefinitionDto: {
            id: number;
            target: components["schemas"]["AttributeTarget"];
            /** @example order_id */
            key: string;
            label: string;
            type: components["schemas"]["AttributeType"];
            /** @description The choices of a list */
            options: string[] | null;
            required: boolean;
            description: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateAttributeDefinitionDto: {
            /** @example Order number */
            label: string;
            /** @description The choices of a list; required for a list, refused for other types */
            options?: string[];
            /**
             * @description Whoever edits a record’s attributes must give it a value (docs/operators.md)
             * @default false
             */
            required?: boolean;
            description?: string | null;
            target: components["schemas"]["AttributeTarget"];
            /**
             * @description Unique per target; fixed once created
             * @example order_id
             */
            key: string;
            /** @description Fixed once created: stored values keep their type */
            type: components["schemas"]["AttributeType"];
        };
        UpdateAttributeDefinitionDto: {
            label?: string;
            options?: string[];
            required?: boolean;
            /** @description null clears it */
            description?: string | null;
        };
        SetAttributesDto: {
            /**
             * @description Keys of attribute definitions; a value of the definition’s type, or null (or "") to remove it
             * @example {
             *       "order_id": 1042,
             *       "delivery_date": "2026-12-24",
             *       "vip": true
             *     }
             */
            attributes: {
                [key: string]: (string | number | boolean) | null;
            };
        };
        MentionDto: {
            id: number;
            conversationId: number;
            messageId: number;
            authorId: number;
            /** @description The note’s author, as the operator directory names them */
            authorName: string | null;
            /** @description The customer’s name, for the list */
            contactName: string | null;
            /** @description The note’s first 200 characters */
            excerpt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        /** @enum {string} */
        BotKind: "flow" | "external";
        BotDto: {
            id: number;
            inboxId: number;
            name: string;
            kind: components["schemas"]["BotKind"];
            enabled: boolean;
            /** @description The newest saved version of a flow bot’s definition (0: none yet) */
            version: number;
            /** @description Hosts a flow’s HTTP steps may call */
            allowedHosts: string[];
            /** @description External bots: where the conversation’s events are posted */
            webhookUrl: string | null;
            /** @description An external bot has an API token (shown once, when created or rotated) */
            hasToken: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description GET /api/bots/:id only: the newest definition of a flow bot (docs/bots.md) */
            definition?: {
                [key: string]: unknown;
            } | null;
        };
        BotVersionSummary: {
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description The admin who saved it */
            createdBy: number | null;
        };
        BotCredentials: {
            token: string;
            webhookSecret: string;
        };
        CreateBotDto: {
            inboxId: number;
            name: string;
            /** @enum {string} */
            kind: "flow" | "external";
            enabled?: boolean;
            /** @description Flow bots: the flow document (docs/bots.md); checked as a whole */
            definition?: {
                [key: string]: unknown;
            };
            /** @description Flow bots: hosts HTTP steps may call */
            allowedHosts?: string[];
            /** @description External bots: where conversations are posted */
            webhookUrl?: string;
        };
        UpdateBotDto: {
            name?: string;
            enabled?: boolean;
            /** @description A new version of the flow; conversations already running keep theirs */
            definition?: {
                [key: string]: unknown;
            };
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
            /** @description A number 0–100 (the older form) is read as 0 normal, 1–49 high, 50 and more urgent */
            priority?: components["schemas"]["Priority"];
            /** @description A note for the operator (what the bot found out) */
            note?: string;
            /** @description Custom attributes to set on the contact */
            attributes?: {
                [key: string]: string | number | boolean;
            };
        };
        ReportMetrics: {
            conversations: number;
            answered: number;
            abandoned: number;
            /** @description abandoned / (answered + abandoned) */
            abandonmentRate: number | null;
            firstResponseMedianSeconds: number | null;
            firstResponseP90Seconds: number | null;
            averageSpeedOfAnswerSeconds: number | null;
            /** @description Answered within the inbox’s threshold / (answered + abandoned) */
            serviceLevel: number | null;
            averageHandlingSeconds: number | null;
            transfers: number;
            /** @description Conversations transferred at least once / conversations */
            transferRate: number | null;
            csatResponses: number;
            csatAverage: number | null;
            /** @description Share of scores 4 and 5 among the answers */
            csatSatisfied: number | null;
            /** @description Submitted reviews */
            reviews: number;
            /** @description Their average score, 0–100 */
            reviewAverage: number | null;
        };
        DailyVolume: {
            /** @example 2025-03-01 */
            day: string;
            conversations: number;
        };
        StaffingBasis: {
            thresholdSeconds: number;
            /** @description Share of conversations to answer within the threshold, 0–1 */
            target: number;
            handlingSeconds: number | null;
            /** @description Conversations an operator handles at once */
            concurrency: number;
        };
        OperatorMetrics: {
            conversations: number;
            answered: number;
            abandoned: number;
            /** @description abandoned / (answered + abandoned) */
            abandonmentRate: number | null;
            firstResponseMedianSeconds: number | null;
            firstResponseP90Seconds: number | null;
            averageSpeedOfAnswerSeconds: number | null;
            /** @description Answered within the inbox’s threshold / (answered + abandoned) */
            serviceLevel: number | null;
            averageHandlingSeconds: number | null;
            transfers: number;
            /** @description Conversations transferred at least once / conversations */
            transferRate: number | null;
            csatResponses: number;
            csatAverage: number | null;
            /** @description Share of scores 4 and 5 among the answers */
            csatSatisfied: number | null;
            /** @description Submitted reviews */
            reviews: number;
            /** @description Their average score, 0–100 */
            reviewAverage: number | null;
            agentId: number;
            name: string;
        };
        ServiceLevelGoal: {
            thresholdSeconds: number;
            /** @description Share of conversations to answer within the threshold, 0–1 */
            target: number;
        };
        InboxMetrics: {
            conversations: number;
            answered: number;
            abandoned: number;
            /** @description abandoned / (answered + abandoned) */
            abandonmentRate: number | null;
            firstResponseMedianSeconds: number | null;
            firstResponseP90Seconds: number | null;
            averageSpeedOfAnswerSeconds: number | null;
            /** @description Answered within the inbox’s threshold / (answered + abandoned) */
            serviceLevel: number | null;
            averageHandlingSeconds: number | null;
            transfers: number;
            /** @description Conversations transferred at least once / conversations */
            transferRate: number | null;
            csatResponses: number;
            csatAverage: number | null;
            /** @description Share of scores 4 and 5 among the answers */
            csatSatisfied: number | null;
            inboxId: number;
            name: string;
            channel: components["schemas"]["ChannelType"];
            target: components["schemas"]["ServiceLevelGoal"];
        };
        LabelMetrics: {
            conversations: number;
            answered: number;
            abandoned: number;
            /** @description abandoned / (answered + abandoned) */
            abandonmentRate: number | null;
            firstResponseMedianSeconds: number | null;
            firstResponseP90Seconds: number | null;
            averageSpeedOfAnswerSeconds: number | null;
            /** @description Answered within the inbox’s threshold / (answered + abandoned) */
            serviceLevel: number | null;
            averageHandlingSeconds: number | null;
            transfers: number;
            /** @description Conversations transferred at least once / conversations */
            transferRate: number | null;
            csatResponses: number;
            csatAverage: number | null;
            /** @description Share of scores 4 and 5 among the answers */
            csatSatisfied: number | null;
            labelId: number;
            name: string;
            /** @example #2f80ed */
            color: string;
        };
        ReportSummaryDto: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            metrics: components["schemas"]["ReportMetrics"];
            daily: components["schemas"]["DailyVolume"][];
            /** @description Conversations per weekday (0 = Monday) × hour */
            heatmap: number[][];
            /** @description Operators needed per weekday × hour (Erlang C) */
            staffing: number[][];
            staffingBasis: components["schemas"]["StaffingBasis"];
            operators: components["schemas"]["OperatorMetrics"][];
            inboxes: components["schemas"]["InboxMetrics"][];
            /** @description The conversations carrying each label now (one with two labels counts under both), by name */
            labels: components["schemas"]["LabelMetrics"][];
        };
        ServiceLevelRow: {
            inboxId: number;
            name: string;
            channel: components["schemas"]["ChannelType"];
            thresholdSeconds: number;
            targetPercent: number;
            /** @description false: the channel’s default applies */
            configured: boolean;
        };
        StoredServiceLevel: {
            inboxId: number;
            thresholdSeconds: number;
            targetPercent: number;
        };
        ServiceLevelTargetDto: {
            /** @example 20 */
            thresholdSeconds: number;
            /** @example 80 */
            targetPercent: number;
        };
        BoardConversation: {
            id: number;
            inboxId: number;
            /** Format: date-time */
            lastMessageAt: string | null;
        };
        BoardAgent: {
            id: number;
            name: string;
            role: components["schemas"]["AgentRole"];
            status: components["schemas"]["AgentStatus"];
            /** Format: date-time */
            statusSince: string | null;
            /**
             * Format: date-time
             * @description Since when the operator has no open connection (their browser is gone), or null
             */
            disconnectedSince: string | null;
            /** @description Conversations taking one of their slots */
            load: number;
            /** @description Their maxChats */
            limit: number;
            conversations: components["schemas"]["BoardConversation"][];
        };
        BoardInbox: {
            id: number;
            name: string;
            channel: components["schemas"]["ChannelType"];
            queued: number;
            /** Format: date-time */
            longestWaitSince: string | null;
        };
        BoardToday: {
            conversations: number;
            answered: number;
            abandoned: number;
            /** @description 0–1 */
            serviceLevel: number | null;
        };
        BoardDto: {
            /** Format: date-time */
            at: string;
            agents: components["schemas"]["BoardAgent"][];
            inboxes: components["schemas"]["BoardInbox"][];
            today: components["schemas"]["BoardToday"];
        };
        WhisperDto: {
            /** @description A note only the operator holding the conversation (and supervisors) see */
            text: string;
        };
        ReassignDto: {
            agentId: number;
        };
        Criterion: {
            id: number;
            name: string;
            weight: number;
            position: number;
        };
        /** @enum {string} */
        ReviewStatus: "draft" | "submitted";
        ReviewMark: {
            id: number;
            status: components["schemas"]["ReviewStatus"];
            score: number | null;
        };
        ReviewableConversation: {
            id: number;
            inboxId: number;
            inbox: components["schemas"]["ConversationInboxRef"] | null;
            contact: components["schemas"]["ConversationContactRef"] | null;
            status: components["schemas"]["ConversationStatus"];
            assigneeId: number | null;
            /** @description It takes one of its operator’s slots (assigned), or would (otherwise): false only for calls of a voice inbox whose calls take none */
            takesSlot: boolean;
            teamId: number | null;
            /** @description The queue serves urgent, then high, normal and low, each longest waiting first */
            priority: components["schemas"]["Priority"];
            language: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it (last) entered the queue: the queue’s waiting time counts from here
             */
            queuedAt: string | null;
            /** @description Offer mode: the operator it is offered to */
            offeredTo: number | null;
            /** Format: date-time */
            offerExpiresAt: string | null;
            /** Format: date-time */
            lastMessageAt: string | null;
            /** Format: date-time */
            firstAssignedAt: string | null;
            /** Format: date-time */
            firstAgentReplyAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            csatScore: number | null;
            /** @description The customer’s comment with their rating */
            csatComment: string | null;
            lastMessage: components["schemas"]["LastMessagePreview"] | null;
            /** @description By name */
            labels: components["schemas"]["LabelRef"][];
            /** @description Custom attributes (keys of conversation attribute definitions, and any a bot set) */
            attributes: {
                [key: string]: unknown;
            };
            review: components["schemas"]["ReviewMark"] | null;
        };
        ReviewSearchPage: {
            items: components["schemas"]["ReviewableConversation"][];
            /** @description The cursor of the next page; null after the last */
            nextCursor: number | null;
        };
        ReviewRatingDto: {
            criterionId: number;
            name: string;
            weight: number;
            /** @description 0–5, or null for “does not apply” */
            value: number | null;
        };
        CoachingCommentDto: {
            id: number;
            /** @description The message it is about, or null for the whole conversation */
            messageId: number | null;
            authorId: number;
            text: string;
            /** Format: date-time */
            createdAt: string;
        };
        ReviewDto: {
            id: number;
            conversationId: number;
            /** @description The operator reviewed */
            agentId: number;
            reviewerId: number;
            status: components["schemas"]["ReviewStatus"];
            ratings: components["schemas"]["ReviewRatingDto"][];
            /** @description 0–100 from the ratings and weights; null until something is rated */
            score: number | null;
            summary: string | null;
            /** @description Opened by random sampling */
            sampled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            comments: components["schemas"]["CoachingCommentDto"][];
        };
        Transcript: {
            conversation: components["schemas"]["ConversationDto"];
            contact: components["schemas"]["ContactDetailsDto"];
            /** @description Every message, notes and whispers included, oldest first */
            messages: components["schemas"]["MessageDto"][];
            events: components["schemas"]["ConversationEventDto"][];
            review: components["schemas"]["ReviewDto"] | null;
            tags: string[];
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
            perAgent?: number;
            /**
             * @description Conversations closed in this many days
             * @default 7
             */
            days?: number;
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
        VoiceTokenAnswer: {
            token: string;
            /** @description Calls dialed to this client identity ring in the browser */
            identity: string;
            /** Format: date-time */
            expiresAt: string;
        };
        /** @enum {string} */
        CallState: "ringing" | "queued" | "connecting" | "talking" | "voicemail" | "dialing" | "ended";
        /** @enum {string} */
        CallOutcome: "answered" | "voicemail" | "abandoned" | "missed" | "busy" | "no-answer" | "failed";
        CallRecordingRef: {
            /** @description The authenticated proxy path, never a provider link */
            url: string;
            durationSeconds: number | null;
        };
        CallSummary: {
            id: number;
            inboxId: number;
            /** @enum {string} */
            direction: "in" | "out";
            state: components["schemas"]["CallState"];
            outcome: components["schemas"]["CallOutcome"] | null;
            from: string;
            to: string;
            agentId: number | null;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: date-time */
            endedAt: string | null;
            waitSeconds: number | null;
            talkSeconds: number | null;
            recording: components["schemas"]["CallRecordingRef"] | null;
            transcription: string | null;
            /** @description Missed, abandoned or voicemail: someone should call back */
            callback: boolean;
        };
        VoiceTokenDto: {
            /** @description The voice inbox whose calls the browser takes */
            inboxId: number;
        };
        CallBackDto: {
            /** @description Voice inbox to call from; default: the conversation’s own, or the only one */
            inboxId?: number;
        };
        AuditEntryDto: {
            id: number;
            /** @description The admin; null for an API token (actorName names it) or the system (a webhook paused after failing) */
            actorId: number | null;
            /** @description "API token <name>" for a write made with an API token */
            actorName: string | null;
            /** @example agent.update */
            action: string;
            /** @example agent */
            entityType: string;
            entityId: number | null;
            /** @description The request body, with passwords, tokens and secrets replaced by [redacted] */
            changes: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            createdAt: string;
        };
        SearchHit: {
            conversation: components["schemas"]["ConversationDto"];
            /** @description The newest matching message of the conversation; null when the contact matched */
            message: components["schemas"]["MessageDto"] | null;
        };
        /** @enum {string} */
        WebhookEvent: "conversation.created" | "conversation.assigned" | "conversation.transferred" | "conversation.closed" | "message.created" | "message.updated" | "contact.created" | "contact.updated" | "contact.merged" | "csat.submitted" | "review.created" | "agent.status_changed";
        WebhookAttemptDto: {
            id: number;
            /** @description The delivery: the payload’s id and X-Inbox-Delivery */
            deliveryId: number;
            /** @example conversation.closed */
            event: string;
            /** @description An admin’s redelivery or test event */
            manual: boolean;
            /** @description Answered 2xx */
            ok: boolean;
            /** @description null: no answer (refused address, timeout, connection error) */
            statusCode: number | null;
            error: string | null;
            latencyMs: number;
            /** @description The first 500 characters of the answer */
            responseSnippet: string | null;
            /**
             * @description The delivery’s state now (null once it is no longer kept)
             * @enum {string|null}
             */
            deliveryStatus: "pending" | "delivered" | "failed" | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDto: {
            id: number;
            url: string;
            events: components["schemas"]["WebhookEvent"][];
            includePrivateNotes: boolean;
            /** @description false: paused */
            active: boolean;
            /** @description Why it was paused automatically */
            pausedReason: string | null;
            /** @description Failed tries since the last success */
            consecutiveFailures: number;
            /** @description The newest try */
            lastAttempt: components["schemas"]["WebhookAttemptDto"] | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateWebhookDto: {
            /** @example https://crm.example.com/hooks/inbox */
            url: string;
            events: components["schemas"]["WebhookEvent"][];
            /** @description message.created and message.updated also for private notes and whispers (default false) */
            includePrivateNotes?: boolean;
            /** @description false: created paused (default true) */
            active?: boolean;
        };
        UpdateWebhookDto: {
            url?: string;
            events?: components["schemas"]["WebhookEvent"][];
            includePrivateNotes?: boolean;
            /** @description false pauses it; true resumes it (the failure count starts again, and what waited is sent) */
            active?: boolean;
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
                content: {
                    "application/json": {
                        accessToken: string;
                        user: components["schemas"]["AgentDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        user: components["schemas"]["AgentDto"];
                    };
                };
            };
        };
    };
    ApiTokensController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; never the secrets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiTokenDto"][];
                    };
                };
            };
        };
    };
    ApiTokensController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenDto"];
            };
        };
        responses: {
            /** @description `secret` is shown this once: only its hash is kept */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: components["schemas"]["ApiTokenDto"];
                        /** @example inb_Xb3k… */
                        secret: string;
                    };
                };
            };
        };
    };
    ApiTokensController_revoke: {
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
                content: {
                    "application/json": {
                        agent: components["schemas"]["AgentDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        agent: components["schemas"]["AgentDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["AgentDto"][];
                    };
                };
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
                content: {
                    "application/json": {
                        agent: components["schemas"]["AgentDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        agent: components["schemas"]["AgentDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        agent: components["schemas"]["AgentDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["TeamDto"][];
                    };
                };
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
                content: {
                    "application/json": {
                        team: components["schemas"]["TeamDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        team: components["schemas"]["TeamDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        contact: components["schemas"]["ContactDetailsDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        contact: components["schemas"]["ContactDetailsDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["DuplicateContactDto"][];
                    };
                };
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
            /** @description The survivor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contact: components["schemas"]["ContactDetailsDto"];
                    };
                };
            };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["ConversationDto"][];
                    };
                };
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
                /** @description Only conversations carrying this label (its id) */
                label?: number;
                /** @description key:value; the conversation’s or its contact’s custom attribute equals the value (a number as written, a checkbox as true or false); repeat for more, all must match */
                attr?: string[];
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
            /** @description nextCursor: the last id of a full page, for the next one; null when this page was the last */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ConversationDto"][];
                        nextCursor: number | null;
                    };
                };
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
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                        contact: components["schemas"]["ContactDetailsDto"];
                    };
                };
            };
        };
    };
    ConversationsController_update: {
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
                "application/json": components["schemas"]["UpdateConversationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
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
            /** @description Oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MessageDto"][];
                    };
                };
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
                content: {
                    "application/json": {
                        message: components["schemas"]["MessageDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        attachment: components["schemas"]["AttachmentDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
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
            /** @description Oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ConversationEventDto"][];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["InboxDto"][];
                    };
                };
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
                content: {
                    "application/json": {
                        inbox: components["schemas"]["InboxDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        inbox: components["schemas"]["InboxDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        inbox: components["schemas"]["InboxDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        attachment: components["schemas"]["AttachmentDto"];
                    };
                };
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
                content: {
                    "application/json": components["schemas"]["EmailConnectionTestAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["EmailConnectionTestAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["EmailOriginalAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["CustomerWindowAnswer"];
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["MessageTemplate"][];
                    };
                };
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
                content: {
                    "application/json": {
                        message: components["schemas"]["MessageDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        connection: components["schemas"]["WhatsAppConnectionDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["QuickReplyDto"][];
                    };
                };
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
                content: {
                    "application/json": {
                        quickReply: components["schemas"]["QuickReplyDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        quickReply: components["schemas"]["QuickReplyDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        quickReply: components["schemas"]["QuickReplyDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        quickReply: components["schemas"]["QuickReplyDto"];
                    };
                };
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
            /** @description Copies of the reply’s files as the operator’s uploads in the conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachments: components["schemas"]["AttachmentDto"][];
                    };
                };
            };
        };
    };
    LabelsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LabelDto"][];
                    };
                };
            };
        };
    };
    LabelsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLabelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        label: components["schemas"]["LabelDto"];
                    };
                };
            };
        };
    };
    LabelsController_remove: {
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
    LabelsController_update: {
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
                "application/json": components["schemas"]["UpdateLabelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        label: components["schemas"]["LabelDto"];
                    };
                };
            };
        };
    };
    LabelsController_setOnConversation: {
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
                "application/json": components["schemas"]["SetConversationLabelsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
            };
        };
    };
    AttributesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contacts’ first, each target in the order defined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AttributeDefinitionDto"][];
                    };
                };
            };
        };
    };
    AttributesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAttributeDefinitionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        definition: components["schemas"]["AttributeDefinitionDto"];
                    };
                };
            };
        };
    };
    AttributesController_remove: {
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
    AttributesController_update: {
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
                "application/json": components["schemas"]["UpdateAttributeDefinitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        definition: components["schemas"]["AttributeDefinitionDto"];
                    };
                };
            };
        };
    };
    AttributesController_setOnContact: {
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
                "application/json": components["schemas"]["SetAttributesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contact: components["schemas"]["ContactDetailsDto"];
                    };
                };
            };
        };
    };
    AttributesController_setOnConversation: {
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
                "application/json": components["schemas"]["SetAttributesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
            };
        };
    };
    MentionsController_list: {
        parameters: {
            query?: {
                /** @description Only the unread ones (the bell); false lists the newest 100 read or not */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, at most 100 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MentionDto"][];
                    };
                };
            };
        };
    };
    MentionsController_read: {
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
                content: {
                    "application/json": {
                        mention: components["schemas"]["MentionDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["BotDto"][];
                    };
                };
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
            /** @description credentials: external bots only, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bot: components["schemas"]["BotDto"];
                        credentials?: components["schemas"]["BotCredentials"];
                    };
                };
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
                content: {
                    "application/json": {
                        bot: components["schemas"]["BotDto"];
                        versions: components["schemas"]["BotVersionSummary"][];
                    };
                };
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
                content: {
                    "application/json": {
                        bot: components["schemas"]["BotDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        version: number;
                        definition: {
                            [key: string]: unknown;
                        };
                    };
                };
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
                content: {
                    "application/json": {
                        credentials: components["schemas"]["BotCredentials"];
                    };
                };
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
                content: {
                    "application/json": {
                        message: components["schemas"]["MessageDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
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
                content: {
                    "application/json": components["schemas"]["ReportSummaryDto"];
                };
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
                table: "metrics" | "daily" | "operators" | "inboxes" | "labels" | "heatmap" | "staffing" | "conversations";
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
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceLevelRow"][];
                    };
                };
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
                content: {
                    "application/json": {
                        target: components["schemas"]["StoredServiceLevel"];
                    };
                };
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
                content: {
                    "application/json": {
                        board: components["schemas"]["BoardDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        message: components["schemas"]["MessageDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["Criterion"][];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["Criterion"][];
                    };
                };
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
                /** @description Only conversations carrying this label (its id) */
                label?: number;
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
                content: {
                    "application/json": components["schemas"]["ReviewSearchPage"];
                };
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
                content: {
                    "application/json": components["schemas"]["Transcript"];
                };
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
                content: {
                    "application/json": {
                        tags: string[];
                    };
                };
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
                content: {
                    "application/json": {
                        review: components["schemas"]["ReviewDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["ReviewDto"][];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["ReviewDto"][];
                    };
                };
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
                content: {
                    "application/json": {
                        review: components["schemas"]["ReviewDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        review: components["schemas"]["ReviewDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        comment: components["schemas"]["CoachingCommentDto"];
                    };
                };
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
                content: {
                    "application/json": {
                        review: components["schemas"]["ReviewDto"];
                    };
                };
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
                content: {
                    "application/json": components["schemas"]["VoiceTokenAnswer"];
                };
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
                content: {
                    "application/json": {
                        call: components["schemas"]["CallSummary"];
                    };
                };
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
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntryDto"][];
                        nextCursor: number | null;
                    };
                };
            };
        };
    };
    SearchController_search: {
        parameters: {
            query?: {
                /** @description Words of a message (each a prefix), or part of the customer’s name, e-mail or phone; may be left out when `label` or `attr` is given */
                q?: string;
                /** @description Only conversations carrying this label (its id); alone, the newest of them */
                label?: number;
                /** @description key:value; the conversation’s or its contact’s custom attribute equals the value (a number as written, a checkbox as true or false); repeat for more, all must match */
                attr?: string[];
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
                content: {
                    "application/json": {
                        items: components["schemas"]["SearchHit"][];
                    };
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description events: every event a webhook may ask for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDto"][];
                        events: ("conversation.created" | "conversation.assigned" | "conversation.transferred" | "conversation.closed" | "message.created" | "message.updated" | "contact.created" | "contact.updated" | "contact.merged" | "csat.submitted" | "review.created" | "agent.status_changed")[];
                    };
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description secret: shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["WebhookDto"];
                        secret: string;
                    };
                };
            };
        };
    };
    WebhooksController_get: {
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
                content: {
                    "application/json": {
                        webhook: components["schemas"]["WebhookDto"];
                    };
                };
            };
        };
    };
    WebhooksController_remove: {
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
    WebhooksController_update: {
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
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["WebhookDto"];
                    };
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
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
            /** @description secret: shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webhook: components["schemas"]["WebhookDto"];
                        secret: string;
                    };
                };
            };
        };
    };
    WebhooksController_log: {
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
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookAttemptDto"][];
                    };
                };
            };
        };
    };
    WebhooksController_test: {
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
            /** @description Sent by a job: the log shows the outcome */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveryId: number;
                    };
                };
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent by a job: the log shows the outcome */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveryId: number;
                    };
                };
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
                content: {
                    "application/json": {
                        message: components["schemas"]["MessageDto"];
                    };
                };
            };
        };
    };
}
