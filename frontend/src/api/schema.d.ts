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
        /** Health of the service, its database and Redis */
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
        /** Log in with e-mail and password */
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
        /** The logged-in operator */
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
        /** List API tokens */
        get: operations["ApiTokensController_list"];
        put?: never;
        /** Create an API token */
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
        /** Revoke an API token */
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
        /** Set my status (online, away, offline) */
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
        /** Log out: void my access tokens */
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
        /** List operators */
        get: operations["AgentsController_list"];
        put?: never;
        /** Create an operator */
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
        /** Get an operator */
        get: operations["AgentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or deactivate an operator */
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
        /** List teams */
        get: operations["AgentsController_listTeams"];
        put?: never;
        /** Create a team */
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
        /** Delete a team */
        delete: operations["AgentsController_deleteTeam"];
        options?: never;
        head?: never;
        /** Rename a team */
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
        /** Get a contact with its channel identities */
        get: operations["ContactsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a contact’s details */
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
        /** Contacts sharing a phone or e-mail address with this one */
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
    "/api/contacts/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unblock a contact marked as spam */
        delete: operations["ContactsController_unblock"];
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
        /** A contact’s conversations */
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
        /** List conversations (mine, the queue or all) */
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
        /** Get a conversation with its contact */
        get: operations["ConversationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set a conversation’s priority */
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
        /** A conversation’s messages, a page at a time */
        get: operations["ConversationsController_messages"];
        put?: never;
        /** Send a message or a private note */
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
        /** Upload a file to send in a conversation */
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
        /** Close a conversation */
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
        /** A conversation’s event log */
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
        /** Download a file by its storage key */
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
        /** List inboxes */
        get: operations["InboxesController_list"];
        put?: never;
        /** Create an inbox */
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
        /** Get an inbox */
        get: operations["InboxesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, archive or reactivate an inbox */
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
        /** Upload a file from the site widget */
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
        /** Test the mail server settings of a new e-mail inbox */
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
        /** Test an e-mail inbox’s stored mail server settings */
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
        /** The original e-mail of a message */
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
        /** The customer-service window of a conversation */
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
        /** Approved WhatsApp templates for a conversation */
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
        /** Send a WhatsApp template */
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
        /** The connection of a linked WhatsApp number */
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
        /** Accept a queued or offered conversation */
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
        /** Decline an offered conversation */
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
        /** Transfer a conversation to an operator, a team or the queue */
        post: operations["RoutingController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Snooze a conversation */
        post: operations["SnoozeController_snooze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/unsnooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Wake a snoozed conversation now */
        post: operations["SnoozeController_unsnooze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the SLA policies */
        get: operations["SlaController_list"];
        put?: never;
        /** Create an SLA policy */
        post: operations["SlaController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an SLA policy */
        delete: operations["SlaController_remove"];
        options?: never;
        head?: never;
        /** Change an SLA policy */
        patch: operations["SlaController_update"];
        trace?: never;
    };
    "/api/sla/at-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversations at risk of an SLA breach now, with who holds them */
        get: operations["SlaController_atRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Report: SLA targets met per policy, inbox, team, operator and label, and the breaches */
        get: operations["SlaController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/macros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the macros the caller may run */
        get: operations["MacrosController_list"];
        put?: never;
        /** Create a macro */
        post: operations["MacrosController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/macros/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a macro */
        delete: operations["MacrosController_remove"];
        options?: never;
        head?: never;
        /** Change a macro */
        patch: operations["MacrosController_update"];
        trace?: never;
    };
    "/api/conversations/{id}/macros/{macroId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview what a macro would do to a conversation */
        post: operations["ConversationMacrosController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/macros/{macroId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a macro on a conversation: every step, or none */
        post: operations["ConversationMacrosController_run"];
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
        /** The satisfaction survey page */
        get: operations["CsatController_form"];
        put?: never;
        /** Answer the satisfaction survey */
        post: operations["CsatController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/automation-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the automation rules */
        get: operations["AutomationRulesController_list"];
        put?: never;
        /** Create an automation rule */
        post: operations["AutomationRulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/automation-rules/try": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try an automation rule on the last 100 conversations, without doing anything */
        post: operations["AutomationRulesController_try"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/automation-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an automation rule */
        get: operations["AutomationRulesController_get"];
        put?: never;
        post?: never;
        /** Delete an automation rule (its versions are kept) */
        delete: operations["AutomationRulesController_remove"];
        options?: never;
        head?: never;
        /** Change an automation rule (a new version) */
        patch: operations["AutomationRulesController_update"];
        trace?: never;
    };
    "/api/automation-rules/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the versions of an automation rule */
        get: operations["AutomationRulesController_versions"];
        put?: never;
        post?: never;
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
        /** List quick replies */
        get: operations["QuickRepliesController_list"];
        put?: never;
        /** Create a quick reply */
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
        /** Delete a quick reply */
        delete: operations["QuickRepliesController_remove"];
        options?: never;
        head?: never;
        /** Change a quick reply */
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
        /** Attach a file to a quick reply */
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
        /** Remove a file from a quick reply */
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
        /** Copy a quick reply’s files into a conversation */
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
        /** List the labels */
        get: operations["LabelsController_list"];
        put?: never;
        /** Create a label */
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
        /** Delete a label (and take it off every conversation) */
        delete: operations["LabelsController_remove"];
        options?: never;
        head?: never;
        /** Change a label */
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
        /** Set a conversation’s labels */
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
        /** List the custom attributes’ definitions */
        get: operations["AttributesController_list"];
        put?: never;
        /** Define a custom attribute */
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
        /** Delete a custom attribute’s definition (stored values stay) */
        delete: operations["AttributesController_remove"];
        options?: never;
        head?: never;
        /** Change a custom attribute’s definition */
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
        /** Set some of a contact’s custom attributes */
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
        /** Set some of a conversation’s custom attributes */
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
        /** The caller’s mentions */
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
        /** Mark one of the caller’s mentions read */
        post: operations["MentionsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push-subscriptions/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The VAPID public key, the caller’s chosen events, and whether this browser is subscribed */
        get: operations["PushController_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe this browser to push notifications (the PushSubscription’s JSON and the app’s language) */
        post: operations["PushController_subscribe"];
        /** Unsubscribe one of the caller’s browsers */
        delete: operations["PushController_unsubscribe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push-subscriptions/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose which events notify the caller on all their browsers (assigned, mention, customer-message, sla-warning) */
        put: operations["PushController_setEvents"];
        post?: never;
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
        /** List bots */
        get: operations["BotsController_list"];
        put?: never;
        /** Create a bot */
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
        /** Get a bot with its versions */
        get: operations["BotsController_get"];
        put?: never;
        post?: never;
        /** Delete a bot */
        delete: operations["BotsController_remove"];
        options?: never;
        head?: never;
        /** Change a bot (a new version of its definition) */
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
        /** One saved version of a bot’s definition */
        get: operations["BotsController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bots/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run one turn of an unsaved flow for a preview chat */
        post: operations["BotsController_preview"];
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
        /** Issue an external bot new credentials */
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
        /** Bot API: send a message as the bot */
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
        /** Bot API: hand the conversation over to operators */
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
        /** Report: metrics, volume, heatmap and tables */
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
        /** Export one report table as CSV */
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
        /** Service-level targets and results per inbox */
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
        /** Set an inbox’s service-level target */
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
        /** The live floor */
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
        /** Whisper to a conversation’s operator */
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
        /** Take a conversation over */
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
        /** Reassign a conversation to another operator */
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
        /** The review scorecard */
        get: operations["ReviewsController_criteria"];
        /** Replace the review scorecard */
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
        /** Find closed conversations to review */
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
        /** A closed conversation’s transcript for review */
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
        /** Set a conversation’s tags */
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
        /** Open (or get) the review of a conversation */
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
        /** Open reviews of a random sample per operator */
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
        /** My submitted reviews */
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
        /** Get a review */
        get: operations["ReviewsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rate, summarise or submit a review */
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
        /** Add a coaching comment to a review */
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
        /** Delete a coaching comment */
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
        /** Acknowledge a review of my work */
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
        /** A token for calling from the browser */
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
        /** Call the customer of a conversation back */
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
        /** A call’s recording */
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
        /** The audit log */
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
        /** Search conversations by text, customer, label or custom attributes, newest first */
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
        /** List outgoing webhooks */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Create an outgoing webhook */
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
        /** Get an outgoing webhook */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        /** Delete an outgoing webhook */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        /** Change, pause or resume an outgoing webhook */
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
        /** Rotate an outgoing webhook’s signing secret */
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
        /** An outgoing webhook’s delivery attempts */
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
        /** Send a test event to an outgoing webhook */
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
        /** Deliver an event to an outgoing webhook again */
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
        /** Send a failed message again */
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
        HealthAnswer: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            db: "ok" | "down" | "timeout";
            /**
             * @description disabled: no REDIS_URL (in-process jobs)
             * @enum {string}
             */
            redis: "ok" | "down" | "disabled";
        };
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
            status: "online" | "away" | "offline";
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
        ContactIdentityDto: {
            inboxId: number;
            /**
             * @description The inbox type; null when the inbox is gone
             * @enum {string|null}
             */
            channel: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice" | null;
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
            /**
             * Format: date-time
             * @description Marked as spam (blocked) then; null unless blocked
             */
            blockedAt: string | null;
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
            /**
             * Format: date-time
             * @description Marked as spam (blocked) then; null unless blocked
             */
            blockedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            identities: components["schemas"]["ContactIdentityDto"][];
            match: components["schemas"]["DuplicateMatch"] | null;
        };
        /** @enum {string} */
        ChannelType: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice";
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
        ConversationStatus: "bot" | "queued" | "assigned" | "snoozed" | "closed";
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
        /** @enum {string} */
        SlaTarget: "first_response" | "next_response" | "resolution";
        ConversationSla: {
            target: components["schemas"]["SlaTarget"];
            /**
             * Format: date-time
             * @description Null while paused (snoozed, under a policy whose snoozed time does not count)
             */
            amberAt: string | null;
            /**
             * Format: date-time
             * @description Null while paused
             */
            dueAt: string | null;
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
            /**
             * Format: date-time
             * @description Snoozed: when it wakes by itself; null when it waits for the customer only (and when not snoozed)
             */
            snoozedUntil: string | null;
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
            /** @description Null when no SLA target runs */
            sla: components["schemas"]["ConversationSla"] | null;
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
            /** @description The channel’s settings (webchat: the widget’s settings, see WebchatSettingsDto; voice: its own); secrets are never sent */
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
            /** @description Webchat: the script element to put on a site */
            widgetSnippet: string | null;
        };
        PreChatFieldsDto: {
            /** @enum {string} */
            name?: "required" | "optional";
            /** @enum {string} */
            email?: "required" | "optional";
            /** @enum {string} */
            phone?: "required" | "optional";
        };
        WebchatSettingsDto: {
            greeting?: string;
            /**
             * @deprecated
             * @description The old switch: true asks for name and e-mail, both required (stored as preChatFields); preChatFields wins when both are given
             */
            preChatForm?: boolean;
            /** @description Site widget: the pre-chat form before the first message; {} asks nothing */
            preChatFields?: components["schemas"]["PreChatFieldsDto"];
            /** @example #2563eb */
            color?: string;
            /**
             * @description Site widget: the corner of the page
             * @default right
             * @enum {string}
             */
            position?: "right" | "left";
            /**
             * @description Site widget: a short text beside the chat button; empty: the icon only
             * @example Chat with us
             */
            launcherText?: string;
            /**
             * @description Site widget: operators' names on their messages; false shows the inbox's name instead
             * @default true
             */
            showAgentNames?: boolean;
            /**
             * @description Site widget: an operator's initial in a round badge before their name (operators have no pictures); shown only with showAgentNames
             * @default true
             */
            showAgentInitials?: boolean;
            /**
             * @description Site widget: outside the business hours (automation.businessHours), a line saying when the team is back
             * @default false
             */
            awayNotice?: boolean;
            /**
             * @description Site widget: the sites (origins) it may run on; empty: any. The server's own origin is always allowed
             * @example [
             *       "https://shop.example.com"
             *     ]
             */
            allowedOrigins?: string[];
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
            type: "webchat" | "telegram" | "email" | "whatsapp" | "whatsapp-cloud" | "instagram" | "twilio-voice";
            name: string;
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
        /**
         * @description until-customer-writes: no time; for: `minutes` from now; until: the time in `until`; tomorrow: the inbox's first opening on a later day (09:00 in `timeZone` for an inbox without business hours). A customer's message wakes it in every mode.
         * @enum {string}
         */
        SnoozeMode: "until-customer-writes" | "for" | "until" | "tomorrow";
        SnoozeDto: {
            /** @description until-customer-writes: no time; for: `minutes` from now; until: the time in `until`; tomorrow: the inbox's first opening on a later day (09:00 in `timeZone` for an inbox without business hours). A customer's message wakes it in every mode. */
            mode: components["schemas"]["SnoozeMode"];
            /** @description mode 'for': how many minutes */
            minutes?: number;
            /**
             * Format: date-time
             * @description mode 'until': when it wakes, in the future and within 90 days
             */
            until?: string;
            /** @description mode 'tomorrow' for an inbox without business hours: the operator's IANA time zone (default UTC) */
            timeZone?: string;
        };
        SlaPolicyDto: {
            id: number;
            name: string;
            active: boolean;
            inboxId: number | null;
            /** @enum {string|null} */
            channel: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice" | null;
            /** @enum {string|null} */
            priority: "urgent" | "high" | "normal" | "low" | null;
            labelId: number | null;
            firstResponseSeconds: number | null;
            nextResponseSeconds: number | null;
            resolutionSeconds: number | null;
            businessHours: boolean;
            amberPercent: number;
            warnBeforeSeconds: number | null;
            snoozedTimeCounts: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        SlaAtRiskDto: {
            conversationId: number;
            inboxId: number;
            inboxName: string;
            contactName: string | null;
            status: string;
            assigneeId: number | null;
            /** @description Who holds it */
            assigneeName: string | null;
            target: components["schemas"]["SlaTarget"];
            /** Format: date-time */
            amberAt: string;
            /** Format: date-time */
            dueAt: string;
            /** @description Past its due time */
            breached: boolean;
        };
        SlaReportRow: {
            id: number | null;
            name: string | null;
            decided: number;
            met: number;
            /** @description met / decided, 0–1; null when nothing was decided */
            share: number | null;
        };
        SlaBreachDto: {
            clockId: number;
            conversationId: number;
            target: components["schemas"]["SlaTarget"];
            policyId: number;
            policyName: string | null;
            inboxId: number;
            agentId: number | null;
            agentName: string | null;
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            breachedAt: string;
        };
        SlaReportDto: {
            policies: components["schemas"]["SlaReportRow"][];
            inboxes: components["schemas"]["SlaReportRow"][];
            teams: components["schemas"]["SlaReportRow"][];
            operators: components["schemas"]["SlaReportRow"][];
            labels: components["schemas"]["SlaReportRow"][];
            /** @description The period’s breaches, newest first (at most 200), to review their dialogs */
            breaches: components["schemas"]["SlaBreachDto"][];
        };
        CreateSlaPolicyDto: {
            /** @default true */
            active?: boolean;
            /** @description Applies to this inbox only; null: any */
            inboxId?: number | null;
            /**
             * @description Applies to this channel only; null: any
             * @enum {string|null}
             */
            channel?: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice" | null;
            /**
             * @description Applies to this priority only; null: any
             * @enum {string|null}
             */
            priority?: "urgent" | "high" | "normal" | "low" | null;
            /** @description Applies to conversations with this label only; null: any */
            labelId?: number | null;
            /** @description From the opening to the first operator reply */
            firstResponseSeconds?: number | null;
            /** @description From a customer message after an operator answered to the next reply */
            nextResponseSeconds?: number | null;
            /** @description From the opening to the closing */
            resolutionSeconds?: number | null;
            /**
             * @description Count only the inbox’s business hours (around the clock if it has none)
             * @default false
             */
            businessHours?: boolean;
            /**
             * @description The badge turns amber after this share of a target
             * @default 75
             */
            amberPercent?: number;
            /** @description Warn the holder and supervisors this long before a breach; null: when the badge turns amber */
            warnBeforeSeconds?: number | null;
            /**
             * @description Whether time spent snoozed counts towards the targets
             * @default false
             */
            snoozedTimeCounts?: boolean;
            name: string;
        };
        UpdateSlaPolicyDto: {
            /** @default true */
            active?: boolean;
            /** @description Applies to this inbox only; null: any */
            inboxId?: number | null;
            /**
             * @description Applies to this channel only; null: any
             * @enum {string|null}
             */
            channel?: "webchat" | "telegram" | "whatsapp" | "whatsapp-cloud" | "email" | "instagram" | "twilio-voice" | null;
            /**
             * @description Applies to this priority only; null: any
             * @enum {string|null}
             */
            priority?: "urgent" | "high" | "normal" | "low" | null;
            /** @description Applies to conversations with this label only; null: any */
            labelId?: number | null;
            /** @description From the opening to the first operator reply */
            firstResponseSeconds?: number | null;
            /** @description From a customer message after an operator answered to the next reply */
            nextResponseSeconds?: number | null;
            /** @description From the opening to the closing */
            resolutionSeconds?: number | null;
            /**
             * @description Count only the inbox’s business hours (around the clock if it has none)
             * @default false
             */
            businessHours?: boolean;
            /**
             * @description The badge turns amber after this share of a target
             * @default 75
             */
            amberPercent?: number;
            /** @description Warn the holder and supervisors this long before a breach; null: when the badge turns amber */
            warnBeforeSeconds?: number | null;
            /**
             * @description Whether time spent snoozed counts towards the targets
             * @default false
             */
            snoozedTimeCounts?: boolean;
            name?: string;
        };
        /** @enum {string} */
        MacroScope: "personal" | "team" | "shared";
        /** @enum {string} */
        MacroActionType: "send-message" | "add-note" | "add-labels" | "remove-labels" | "set-priority" | "assign" | "snooze" | "close";
        MacroActionDto: {
            /** @description send-message, add-note: the text, with template variables */
            text?: string;
            /** @description add-labels, remove-labels */
            labelIds?: number[];
            /** @description set-priority */
            priority?: components["schemas"]["Priority"];
            /** @description assign: to this operator */
            agentId?: number;
            /** @description assign: to this team's queue */
            teamId?: number;
            /**
             * @description snooze
             * @enum {string}
             */
            mode?: "until-customer-writes" | "for" | "tomorrow";
            /** @description snooze, mode for: minutes */
            minutes?: number;
            type: components["schemas"]["MacroActionType"];
        };
        MacroDto: {
            id: number;
            name: string;
            scope: components["schemas"]["MacroScope"];
            teamId: number | null;
            ownerId: number | null;
            actions: components["schemas"]["MacroActionDto"][];
            /** Format: date-time */
            updatedAt: string;
        };
        CreateMacroDto: {
            name: string;
            scope: components["schemas"]["MacroScope"];
            /** @description Required for scope team */
            teamId?: number;
            /** @description Done in this order; 1 to 20 */
            actions: components["schemas"]["MacroActionDto"][];
        };
        UpdateMacroDto: {
            name?: string;
            actions?: components["schemas"]["MacroActionDto"][];
        };
        MacroStepDto: {
            index: number;
            action: components["schemas"]["MacroActionDto"];
            /** @description send-message, add-note: the text as the customer (or the team) will read it */
            text: string | null;
            /** @description add-labels, remove-labels: the labels by name */
            labelNames: string[];
            /** @description assign: the operator’s or team’s name */
            targetName: string | null;
            /** @description Why it cannot be done; null when it can */
            problem: string | null;
        };
        MacroPreviewDto: {
            macro: components["schemas"]["MacroDto"];
            steps: components["schemas"]["MacroStepDto"][];
            /** @description Every step can be done: running it now does them all */
            runnable: boolean;
        };
        RunMacroDto: {
            /** @description The operator's IANA time zone, for a snooze until tomorrow in an inbox without business hours */
            timeZone?: string;
        };
        CsatLinkAnswer: {
            /** @enum {string} */
            outcome: "open" | "recorded" | "already-rated" | "expired" | "not-asked" | "invalid";
            /** @description The score given, once rated */
            csatScore: number | null;
        };
        CsatAnswerDto: {
            score: number;
            comment?: string;
        };
        /** @enum {string} */
        RuleEvent: "conversation.created" | "message.customer" | "message.operator" | "conversation.assigned" | "conversation.transferred" | "conversation.closed" | "sla.warning" | "sla.breached" | "csat.submitted" | "contact.updated";
        /** @enum {string} */
        RuleConditionField: "channel" | "inbox" | "text" | "label" | "priority" | "business-hours" | "contact-attribute" | "conversation-attribute" | "country" | "language" | "waiting-minutes" | "csat-score";
        RuleConditionDto: {
            field: components["schemas"]["RuleConditionField"];
            op: string;
            values?: (string | number)[];
            /** @description contact-attribute, conversation-attribute: the attribute key */
            key?: string;
            value?: string | number | boolean;
            /** @description text: only for customers of this language */
            language?: string;
        };
        RuleConditionsDto: {
            /** @enum {string} */
            match: "all" | "any";
            items: components["schemas"]["RuleConditionDto"][];
        };
        /** @enum {string} */
        RuleActionType: "send-message" | "add-note" | "add-labels" | "remove-labels" | "set-priority" | "assign" | "snooze" | "close" | "send-webhook" | "mark-spam";
        RuleActionDto: {
            /** @description send-message, add-note: the text, with template variables */
            text?: string;
            /** @description add-labels, remove-labels */
            labelIds?: number[];
            /** @description set-priority */
            priority?: components["schemas"]["Priority"];
            /** @description assign: to this operator */
            agentId?: number;
            /** @description assign: to this team's queue */
            teamId?: number;
            /**
             * @description snooze
             * @enum {string}
             */
            mode?: "until-customer-writes" | "for" | "tomorrow";
            /** @description snooze, mode for: minutes */
            minutes?: number;
            type: components["schemas"]["RuleActionType"];
            /** @description send-webhook: the outgoing webhook */
            webhookId?: number;
        };
        AutomationRuleDto: {
            name: string;
            event: components["schemas"]["RuleEvent"];
            position: number;
            active: boolean;
            stopsOthers: boolean;
            conditions: components["schemas"]["RuleConditionsDto"];
            actions: components["schemas"]["RuleActionDto"][];
            id: number;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        RuleStepDto: {
            index: number;
            action: components["schemas"]["RuleActionDto"];
            /** @description send-message, add-note: the text as it would be written */
            text: string | null;
            labelNames: string[];
            /** @description assign: the operator’s or team’s name */
            targetName: string | null;
        };
        RuleTryMatchDto: {
            conversationId: number;
            contactName: string | null;
            steps: components["schemas"]["RuleStepDto"][];
        };
        RuleTryDto: {
            /** @description Conversations looked at: the last 100 */
            checked: number;
            /** @description Those the rule would have matched, newest first, with what it would have done */
            matched: components["schemas"]["RuleTryMatchDto"][];
        };
        AutomationRuleVersionDto: {
            name: string;
            event: components["schemas"]["RuleEvent"];
            position: number;
            active: boolean;
            stopsOthers: boolean;
            conditions: components["schemas"]["RuleConditionsDto"];
            actions: components["schemas"]["RuleActionDto"][];
            version: number;
            savedBy: number | null;
            /** Format: date-time */
            savedAt: string;
        };
        CreateAutomationRuleDto: {
            name: string;
            event: components["schemas"]["RuleEvent"];
            /** @description Order among the rules of its event; default: after the others */
            position?: number;
            /** @default true */
            active?: boolean;
            /**
             * @description When it matched, the rules after it do not run
             * @default false
             */
            stopsOthers?: boolean;
            conditions: components["schemas"]["RuleConditionsDto"];
            /** @description Done in this order; 1 to 20 */
            actions: components["schemas"]["RuleActionDto"][];
        };
        TryAutomationRuleDto: {
            name: string;
            event: components["schemas"]["RuleEvent"];
            /** @description Order among the rules of its event; default: after the others */
            position?: number;
            /** @default true */
            active?: boolean;
            /**
             * @description When it matched, the rules after it do not run
             * @default false
             */
            stopsOthers?: boolean;
            conditions: components["schemas"]["RuleConditionsDto"];
            /** @description Done in this order; 1 to 20 */
            actions: components["schemas"]["RuleActionDto"][];
        };
        UpdateAutomationRuleDto: {
            name?: string;
            event?: components["schemas"]["RuleEvent"];
            position?: number;
            active?: boolean;
            stopsOthers?: boolean;
            conditions?: components["schemas"]["RuleConditionsDto"];
            actions?: components["schemas"]["RuleActionDto"][];
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
                [key: string]: (string | null) | number | boolean;
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
        PushEvent: "assigned" | "mention" | "customer-message" | "sla-warning";
        PushSettingsDto: {
            /** @description The server’s VAPID public key (base64url): the applicationServerKey to subscribe with */
            publicKey: string;
            events: components["schemas"]["PushEvent"][];
            /** @description Whether the endpoint given in the query is subscribed for the caller */
            subscribed: boolean;
        };
        PushEventsDto: {
            /** @description The events to be notified of; the others are not sent */
            events: components["schemas"]["PushEvent"][];
        };
        PushKeysDto: {
            /** @description The browser’s P-256 public key, base64url */
            p256dh: string;
            /** @description The browser’s auth secret, base64url */
            auth: string;
        };
        /** @enum {string} */
        PushLocale: "en" | "ru" | "uk";
        CreatePushSubscriptionDto: {
            /** @description The push service’s URL for this browser (https) */
            endpoint: string;
            keys: components["schemas"]["PushKeysDto"];
            locale: components["schemas"]["PushLocale"];
        };
        DeletePushSubscriptionDto: {
            /** @description The endpoint the subscription was made with */
            endpoint: string;
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
        PreviewBotDto: {
            /** @description The flow as it would be saved; checked as a whole */
            definition: {
                [key: string]: unknown;
            };
            /** @description The state the previous turn answered; a new conversation when absent */
            state?: {
                [key: string]: unknown;
            };
            /** @description {"type":"start"}, {"type":"message","text":"…","buttonData":"…"} or {"type":"http-result","ok":true} */
            input: {
                [key: string]: unknown;
            };
            /** @description The customer’s language */
            language?: string;
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
            /** @description Their open conversations as the inbox lists them: the customer, the last message, since when the customer waits */
            conversations: components["schemas"]["ConversationDto"][];
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
            /**
             * Format: date-time
             * @description Snoozed: when it wakes by itself; null when it waits for the customer only (and when not snoozed)
             */
            snoozedUntil: string | null;
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
            /** @description Null when no SLA target runs */
            sla: components["schemas"]["ConversationSla"] | null;
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
            /** @enum {string|null} */
            outcome: "answered" | "voicemail" | "abandoned" | "missed" | "busy" | "no-answer" | "failed" | null;
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
        ErrorAnswer: {
            /** @example 404 */
            statusCode: number;
            /**
             * @description The reason phrase of the status
             * @example Not Found
             */
            error: string;
            /**
             * @description What went wrong; for a 400, the field at fault first
             * @example Conversation 7 not found
             */
            message: string;
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
            /** @description The database answers (Redis may be down: `degraded`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthAnswer"];
                };
            };
            /** @description The database is down or silent */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Wrong e-mail or password, or a deactivated account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Too many failed logins from the address, or the account is locked for a while */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description A token has that name already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The e-mail address has an account already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The last active admin cannot be deactivated or lose the role */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description A team has that name already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Inboxes or quick replies still need the team (named in the message) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description A team has that name already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `contacts` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `contacts` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description They share neither phone nor e-mail, or both have an open conversation in one inbox */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    ContactsController_unblock: {
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; an API token needs the scope `contacts` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    ConversationsController_list: {
        parameters: {
            query?: {
                /** @description snoozed: the ones you snoozed */
                view?: "mine" | "queue" | "snoozed" | "all";
                status?: "bot" | "queued" | "assigned" | "snoozed" | "closed";
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
                /** @description due: the SLA target due soonest first, then those without one (one page: no cursor) */
                order?: "due";
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description `view=all` for an operator: supervisors and admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The inbox is archived, or the customer window of the channel is closed (`customer_window_closed:`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation changed while closing it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: {
                /** @description One byte range (`bytes=0-1023`), for players that seek */
                range?: string;
            };
            path: {
                key: string;
                /** @description The file name, for the browser; the key alone finds the file */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as its sniffed media type: inline for images, audio and video, else a download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The bytes of the `Range` asked for */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description A `Range` outside the file */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The bot, address or number is connected as another inbox already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The inbox is archived (reactivate it first), or the bot, address or number is connected as another inbox */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    WidgetUploadsController_upload: {
        parameters: {
            query?: never;
            header: {
                /** @description The visitor token of the widget session (`session.visitorToken`) */
                "x-visitor-token": string;
                /** @description The widget inbox's public key */
                "x-inbox-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An unknown inbox key, or a missing or invalid visitor token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The page's Origin is not among the inbox's allowed sites (settings.allowedOrigins) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailConnectionTestAnswer"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailConnectionTestAnswer"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailOriginalAnswer"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerWindowAnswer"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Not queued, offered to someone else, taken meanwhile, or the operator is not online or at their limit */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation is not offered to the caller */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation is closed or changed meanwhile, or the target operator is deactivated or cannot take it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    SnoozeController_snooze: {
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
                "application/json": components["schemas"]["SnoozeDto"];
            };
        };
        responses: {
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Only a conversation assigned to an operator can be snoozed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    SnoozeController_unsnooze: {
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation is not snoozed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    SlaController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
                        items: components["schemas"]["SlaPolicyDto"][];
                    };
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    SlaController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlaPolicyDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        policy: components["schemas"]["SlaPolicyDto"];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    SlaController_remove: {
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    SlaController_update: {
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
                "application/json": components["schemas"]["UpdateSlaPolicyDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        policy: components["schemas"]["SlaPolicyDto"];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    SlaController_atRisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Past their amber point or their due time, soonest due first (at most 100) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SlaAtRiskDto"][];
                    };
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    SlaController_report: {
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
                /** @description Only this target; default all three */
                target?: "first_response" | "next_response" | "resolution";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaReportDto"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    MacrosController_list: {
        parameters: {
            query?: {
                /** @description The macros you may change (Settings → Macros) instead of the ones you may run */
                manage?: boolean;
            };
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
                        items: components["schemas"]["MacroDto"][];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    MacrosController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMacroDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        macro: components["schemas"]["MacroDto"];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    MacrosController_remove: {
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    MacrosController_update: {
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
                "application/json": components["schemas"]["UpdateMacroDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        macro: components["schemas"]["MacroDto"];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    ConversationMacrosController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                macroId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroPreviewDto"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    ConversationMacrosController_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                macroId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunMacroDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        steps: components["schemas"]["MacroStepDto"][];
                        conversation: components["schemas"]["ConversationDto"];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description A step cannot be done (named); nothing was done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description The rating form */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["CsatLinkAnswer"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description A token this server did not sign, or a conversation that asked no survey */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["CsatLinkAnswer"];
                };
            };
            /** @description Rated already: the first answer stays */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["CsatLinkAnswer"];
                };
            };
            /** @description The link expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["CsatLinkAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
                "application/x-www-form-urlencoded": components["schemas"]["CsatAnswerDto"];
            };
        };
        responses: {
            /** @description Thanks: the answer is stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["CsatLinkAnswer"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description A token this server did not sign, or a conversation that asked no survey */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["CsatLinkAnswer"];
                };
            };
            /** @description Rated already: the first answer stays */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["CsatLinkAnswer"];
                };
            };
            /** @description The link expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": components["schemas"]["CsatLinkAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    AutomationRulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By event, then in the order they run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AutomationRuleDto"][];
                    };
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    AutomationRulesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAutomationRuleDto"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rule: components["schemas"]["AutomationRuleDto"];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    AutomationRulesController_try: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TryAutomationRuleDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleTryDto"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    AutomationRulesController_get: {
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rule: components["schemas"]["AutomationRuleDto"];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    AutomationRulesController_remove: {
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    AutomationRulesController_update: {
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
                "application/json": components["schemas"]["UpdateAutomationRuleDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rule: components["schemas"]["AutomationRuleDto"];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    AutomationRulesController_versions: {
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
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AutomationRuleVersionDto"][];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The shortcut exists already in that list */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The shortcut exists already in that list */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description A label of that name exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Another label has that name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation is held by another operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The key is taken for that target */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `contacts` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    PushController_settings: {
        parameters: {
            query?: {
                /** @description This browser’s endpoint, to learn whether it is subscribed */
                endpoint?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSettingsDto"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    PushController_subscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePushSubscriptionDto"];
            };
        };
        responses: {
            /** @description The events this browser will be notified of */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushEventsDto"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    PushController_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeletePushSubscriptionDto"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    PushController_setEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushEventsDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushEventsDto"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The inbox has a bot already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Someone saved the bot at the same moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
    BotsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewBotDto"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        state: {
                            [key: string]: unknown;
                        };
                        actions: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid bot token (`Authorization: Bearer bot_…`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The bot no longer holds the conversation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid bot token (`Authorization: Bearer bot_…`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The bot no longer holds the conversation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSummaryDto"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description The table with a header row, as a download (`report-<table>.csv`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation is closed or changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation is closed or changed meanwhile, or the operator is deactivated */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewSearchPage"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transcript"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation is still open, or no operator ever handled it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role agent or supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role agent or supervisor or admin; any API token may */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role agent or supervisor or admin; refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoiceTokenAnswer"];
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The inbox has no API key for calling from the browser */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description refused to API tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The conversation is closed, or the operator is on a call already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description The recording as the provider stores it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": string;
                    "audio/wav": string;
                };
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The body is too large (JSON: 1 MB; an upload: the configured file size) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description Needs the role admin; an API token needs the scope `admin` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
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
            /** @description Success */
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
            /** @description Bad input: `message` names the field at fault */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No valid access token or API token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description an API token needs the scope `conversations` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description No such item, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The message is not a failed one sent to the customer, or is being retried already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description An API token made more requests a minute than its limit */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
            /** @description The database is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorAnswer"];
                };
            };
        };
    };
}
