// Generated from protocol/openapi.yaml by `npm run protocol:types`. Do not edit.
/* eslint-disable */
export type paths = {
    "/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-side article search. */
        get: operations["searchArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["sendArticleFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/articles/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All article summaries for client-side search (ETag-cacheable). */
        get: operations["getArticleIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["requestCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callbacks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCallback"];
        put?: never;
        post?: never;
        delete: operations["cancelCallback"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callbacks/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCallbackSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Site settings (ETag-cacheable). */
        get: operations["getConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer's tickets (needs Helpkit-Identity). */
        get: operations["listTickets"];
        put?: never;
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for escalation; 409 when the ticket cannot be escalated now. */
        post: operations["escalateTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["replyToTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reopenTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["rateTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/access-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail the customer links to their tickets. Always 202; never tells whether the address is known. */
        post: operations["requestAccessLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Article: {
            /** @description HTML. Clients sanitize it before display. */
            body: string;
            category: string;
            id: string;
            locale: string;
            related?: components["schemas"]["ArticleSummary"][];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ArticleFeedbackInput: {
            comment?: string;
            helpful: boolean;
        };
        ArticleList: {
            items: components["schemas"]["ArticleSummary"][];
            total: number;
        };
        ArticleSummary: {
            category: string;
            excerpt: string;
            id: string;
            keywords?: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Attachment: {
            id: string;
            name: string;
            size: number;
            type: string;
        };
        Availability: {
            hoursText?: string;
            /** Format: date-time */
            nextOpenAt?: string;
            openNow: boolean;
            /** @description IANA time zone of the team. */
            timezone: string;
        };
        Callback: {
            asap: boolean;
            id: string;
            /** @description The number with all but the last digits hidden, e.g. +46 ••• ••• 67. */
            phoneMasked: string;
            /** Format: date-time */
            scheduledFor?: string;
            status: components["schemas"]["CallbackStatus"];
        };
        CallbackCreated: {
            accessToken: string;
            callback: components["schemas"]["Callback"];
        };
        CallbackInput: {
            /** @constant */
            asap?: true;
            locale: string;
            name: string;
            /** @description E.164 */
            phone: string;
            /** Format: date-time */
            slotStart?: string;
            ticketId?: string;
            topic?: string;
        };
        /** @enum {string} */
        CallbackStatus: "scheduled" | "calling" | "completed" | "cancelled" | "missed";
        Category: {
            description?: string;
            fields: components["schemas"]["Field"][];
            id: string;
            label: string;
            /** @description Promised first reply */
            slaMinutes?: number;
        };
        Channel: {
            href: string;
            label: string;
            type: components["schemas"]["ChannelType"];
        };
        /** @enum {string} */
        ChannelType: "email" | "phone" | "whatsapp" | "chat" | "url";
        Escalation: {
            level: number;
            reason?: string;
            /** Format: date-time */
            requestedAt: string;
        };
        EscalationInput: {
            reason: string;
        };
        Field: {
            id: string;
            label: string;
            maxLength?: number;
            options?: components["schemas"]["FieldOption"][];
            required?: boolean;
            type: components["schemas"]["FieldType"];
        };
        FieldError: {
            /** @description required, invalid, too_long, too_short, not_allowed, not_found, too_large, type */
            code: string;
            /** @description The input field, e.g. `email` or `fields.orderNumber`. */
            field: string;
            message: string;
        };
        FieldOption: {
            label: string;
            value: string;
        };
        /** @enum {string} */
        FieldType: "text" | "textarea" | "email" | "tel" | "number" | "select" | "checkbox" | "date";
        Message: {
            attachments?: components["schemas"]["Attachment"][];
            author: {
                name?: string;
                role: components["schemas"]["Role"];
            };
            /** @description Plain text. */
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
        };
        Priority: {
            id: string;
            label: string;
        };
        Problem: {
            detail?: string;
            errors?: components["schemas"]["FieldError"][];
            status: number;
            title: string;
            type: string;
        };
        ReplyInput: {
            attachmentIds?: string[];
            body: string;
        };
        /** @enum {string} */
        Role: "customer" | "agent" | "system" | "bot";
        Satisfaction: {
            comment?: string;
            rating: number;
        };
        SiteConfig: {
            attachments: {
                accept: string[];
                maxBytes: number;
                maxFiles: number;
            };
            availability: components["schemas"]["Availability"];
            callbacks: {
                asap: boolean;
                enabled: boolean;
            };
            categories: components["schemas"]["Category"][];
            channels: components["schemas"]["Channel"][];
            defaultLocale: string;
            locales: string[];
            name: string;
            priorities: components["schemas"]["Priority"][];
        };
        Sla: {
            breached: boolean;
            /** Format: date-time */
            firstResponseDueAt?: string;
            /** Format: date-time */
            resolutionDueAt?: string;
        };
        Slot: {
            available: boolean;
            /** Format: date-time */
            end: string;
            /** Format: date-time */
            start: string;
        };
        SlotList: {
            slots: components["schemas"]["Slot"][];
            timezone: string;
        };
        Step: {
            id: string;
            /** @enum {string} */
            state: "done" | "current" | "pending";
            title: string;
        };
        Ticket: {
            assignee?: {
                name?: string;
                team?: string;
            };
            canEscalate: boolean;
            canReopen: boolean;
            categoryId: string;
            /** Format: date-time */
            createdAt: string;
            escalation?: components["schemas"]["Escalation"];
            id: string;
            messages: components["schemas"]["Message"][];
            /** @description The number shown to the customer, e.g. HK-1042. */
            number: string;
            priority: string;
            satisfaction?: components["schemas"]["Satisfaction"];
            sla?: components["schemas"]["Sla"];
            status: components["schemas"]["TicketStatus"];
            steps?: components["schemas"]["Step"][];
            subject: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TicketCreated: {
            accessToken: string;
            ticket: components["schemas"]["Ticket"];
        };
        TicketInput: {
            attachmentIds?: string[];
            body: string;
            categoryId: string;
            /** Format: email */
            email: string;
            /** @description Values of the category's custom fields, keyed by field id. */
            fields?: {
                [key: string]: string | number | boolean;
            };
            locale: string;
            name: string;
            pageUrl?: string;
            priority?: string;
            subject: string;
        };
        TicketList: {
            items: components["schemas"]["Ticket"][];
        };
        /** @enum {string} */
        TicketStatus: "received" | "open" | "waiting_on_customer" | "on_hold" | "solved" | "closed";
    };
    responses: {
        /** @description Unchanged since the ETag given in If-None-Match. */
        NotModified: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description An error (RFC 9457). */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        AcceptLanguage: string;
        /** @description A unique key per logical request; repeats return the first result and create nothing. */
        IdempotencyKey: string;
        IfNoneMatch: string;
    };
    requestBodies: never;
    headers: {
        ETag: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    searchArticles: {
        parameters: {
            query?: {
                category?: string;
                limit?: number;
                q?: string;
            };
            header?: {
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching articles, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: {
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One article with its HTML body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Article"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    sendArticleFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per logical request; repeats return the first result and create nothing. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleFeedbackInput"];
            };
        };
        responses: {
            /** @description Recorded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Problem"];
        };
    };
    getArticleIndex: {
        parameters: {
            query?: never;
            header?: {
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every published article's summary in the requested language. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            304: components["responses"]["NotModified"];
            default: components["responses"]["Problem"];
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per logical request; repeats return the first result and create nothing. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
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
            /** @description Stored; reference it by id in a ticket or reply. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    requestCallback: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per logical request; repeats return the first result and create nothing. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallbackInput"];
            };
        };
        responses: {
            /** @description Booked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackCreated"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The callback. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Callback"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    cancelCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Problem"];
        };
    };
    getCallbackSlots: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Slots between from and to (default the next three days). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotList"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getConfig: {
        parameters: {
            query?: never;
            header?: {
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The site's settings, labels in the requested language. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteConfig"];
                };
            };
            304: components["responses"]["NotModified"];
            default: components["responses"]["Problem"];
        };
    };
    listTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketList"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per logical request; repeats return the first result and create nothing. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCreated"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: {
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            304: components["responses"]["NotModified"];
            default: components["responses"]["Problem"];
        };
    };
    escalateTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per logical request; repeats return the first result and create nothing. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationInput"];
            };
        };
        responses: {
            /** @description Escalated. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    replyToTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per logical request; repeats return the first result and create nothing. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyInput"];
            };
        };
        responses: {
            /** @description The new message. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    reopenTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per logical request; repeats return the first result and create nothing. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reopened ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    rateTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per logical request; repeats return the first result and create nothing. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Satisfaction"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Satisfaction"];
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    requestAccessLinks: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per logical request; repeats return the first result and create nothing. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Problem"];
        };
    };
}
