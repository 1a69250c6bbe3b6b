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
        /** One article with its HTML body. */
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
        /** Say whether an article helped. */
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
        /**
         * Upload one file.
         * @description One file in the multipart field `file`. A file larger than `SiteConfig.attachments.maxBytes`
         *     (or a request larger than that plus 64 KiB) is refused with 413 `payload-too-large`; a file
         *     whose type is not in `SiteConfig.attachments.accept` with 415 `unsupported-media-type`
         *     (each with a `FieldError` for `file`, code `too_large` or `type`).
         *     Backends should judge the type by the file's content, not only by the declared type, and never
         *     serve an uploaded SVG or HTML file inline. The id is a secret (at least 128 random bits)
         *     that only the uploader learns. It can be used once, by a ticket or reply sent with the
         *     same credentials as the upload (the same identity `sub`, else the same Bearer token;
         *     an anonymous upload by an anonymous ticket within 24 hours). An unknown, used or someone
         *     else's id is the same 422 error: `attachmentIds` with code `not_found`.
         */
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
        /**
         * Book a call back.
         * @description A slot that is no longer free is 422 with `slotStart` code `not_allowed`. With `ticketId`,
         *     the request must carry that ticket's access token as Bearer (or an identity the ticket
         *     belongs to), else 403. Callbacks are limited per phone number (429), so one number cannot
         *     book every slot.
         */
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
        /** One callback. */
        get: operations["getCallback"];
        put?: never;
        post?: never;
        /** Cancel a callback; 409 once the call has started. */
        delete: operations["cancelCallback"];
        options?: never;
        head?: never;
        /**
         * Move a scheduled callback to another slot, or to as soon as possible.
         * @description The body names the new time exactly as the create does: `slotStart` (one of the free
         *     slots) or `asap: true`, not both. Answers the updated callback. A slot that is no longer
         *     free is 409 `slot-taken`; a callback that is calling, completed, cancelled or missed is
         *     409 `conflict`. Sending the callback's current time again is a success (idempotent).
         */
        patch: operations["rescheduleCallback"];
        trace?: never;
    };
    "/callbacks/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Times at which the team can call back. */
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
        /**
         * The signed-in customer's tickets (needs Helpkit-Identity).
         * @description Tickets that belong to the identity (see Authentication), newest first, one page at a time.
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Open a ticket.
         * @description With a valid `Helpkit-Identity` the ticket belongs to that identity and its `email` and
         *     `name` claims replace the body's. The answer carries the ticket's access token.
         */
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
        /** One ticket (ETag-cacheable). */
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
        /**
         * A ticket's messages, newest first, one page at a time.
         * @description Pages back through a long conversation. The first page (no `cursor`) starts at the newest
         *     message; `Ticket.messagesCursor`, when set, continues after the oldest message that
         *     `Ticket.messages` holds.
         */
        get: operations["listTicketMessages"];
        put?: never;
        /**
         * Add the customer's message to a ticket.
         * @description A reply to a closed ticket is 409 `conflict`.
         */
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
        /** Reopen a solved ticket; 409 when it is not solved. */
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
        /** Rate a solved ticket; 409 before it is solved or when already rated. */
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
        /**
         * E-mail the customer links to their tickets. Always 202; never tells whether the address is known.
         * @description Sends the address one e-mail with a link per ticket of that address, each
         *     `<page>#hk-ticket=<ticketId>.<newAccessToken>`. `<page>` is `returnUrl` when its origin is
         *     one of the site's origins (the CORS list) and its scheme is https (http only for
         *     localhost); otherwise the site's configured help page. Any fragment of `returnUrl` is
         *     replaced. The answer is 202 whether or not the address has tickets; a malformed address is
         *     422, too many requests for one address 429 (for known and unknown addresses alike).
         *     Requesting links revokes no token (see Authentication).
         */
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
        AccessLinksInput: {
            email: components["schemas"]["EmailAddress"];
            /** @description The page the e-mailed links open (the widget's page, origin and path). Used only when its origin is one of the site's; otherwise the site's configured help page. */
            returnUrl?: string;
        };
        /** @description An opaque access token with at least 128 bits of randomness. Contains no `+`, `/`, `=`, white space or control characters. */
        AccessToken: string;
        Article: {
            /** @description HTML. Clients sanitize it before display: no scripts, no `class` or `style`, remote media only from `SiteConfig.mediaOrigins`, links http(s), mailto: and tel: only. */
            body: string;
            category: string;
            id: components["schemas"]["Id"];
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
            id: components["schemas"]["Id"];
            keywords?: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Attachment: {
            id: components["schemas"]["Id"];
            /** @description The file name as uploaded. Clients neutralise bidirectional control characters before showing it. */
            name: string;
            size: number;
            type: string;
        };
        Availability: {
            /** @description Opening hours in words, in the requested language. */
            hoursText?: string;
            /**
             * Format: date-time
             * @description Added in 1.3. When open: when the team closes next. The widget shows "closed" from then
             *     on without asking again.
             */
            nextCloseAt?: string;
            /**
             * Format: date-time
             * @description When closed: when the team opens next.
             */
            nextOpenAt?: string;
            openNow: boolean;
            /** @description IANA time zone of the team. */
            timezone: string;
            /**
             * @description Added in 1.3. How soon the team usually sends its first reply while open, in minutes
             *     (for "Typically replies within 2 hours"). A typical time, not a promise: promises are
             *     `Category.slaMinutes`.
             */
            typicalReplyMinutes?: number;
        };
        Callback: {
            asap: boolean;
            id: components["schemas"]["Id"];
            /** @description The number with all but the last digits hidden, e.g. +46 ••• ••• 67. */
            phoneMasked: string;
            /** Format: date-time */
            scheduledFor?: string;
            status: components["schemas"]["CallbackStatus"];
        };
        CallbackCreated: {
            accessToken: components["schemas"]["AccessToken"];
            /**
             * Format: date-time
             * @description When the access token stops working (default 90 days after issue). Clients forget it then.
             */
            accessTokenExpiresAt?: string;
            callback: components["schemas"]["Callback"];
        };
        /** @description Exactly one of `slotStart` and `asap`. */
        CallbackInput: {
            /** @constant */
            asap?: true;
            locale: string;
            name: string;
            phone: components["schemas"]["PhoneE164"];
            /**
             * Format: date-time
             * @description The `start` of a free slot from `GET /callbacks/slots`.
             */
            slotStart?: string;
            ticketId?: components["schemas"]["Id"];
            topic?: string;
        };
        /** @description Exactly one of `slotStart` and `asap`, as in `CallbackInput`. */
        CallbackReschedule: {
            /** @constant */
            asap?: true;
            /**
             * Format: date-time
             * @description The `start` of a free slot from `GET /callbacks/slots`.
             */
            slotStart?: string;
        };
        /** @enum {string} */
        CallbackStatus: "scheduled" | "calling" | "completed" | "cancelled" | "missed";
        Category: {
            description?: string;
            fields: components["schemas"]["Field"][];
            id: string;
            label: string;
            /** @description Promised first reply, in business minutes. */
            slaMinutes?: number;
        };
        Channel: {
            href: string;
            label: string;
            type: components["schemas"]["ChannelType"];
        };
        /** @enum {string} */
        ChannelType: "email" | "phone" | "whatsapp" | "chat" | "url";
        /**
         * @description An e-mail address: something, `@`, a domain; no white space; at most 254 code points. The
         *     pattern is the outline; the domain must also be one: dot-separated labels, none empty (no
         *     `..`, no trailing dot), each 1–63 letters (any script: internationalized domains are
         *     fine), digits or hyphens, not starting or ending with a hyphen, and a top-level label of
         *     at least two letters (or an `xn--` form). `ava@example..com`, `ava@example.com.` and
         *     `ava@example.c` are `invalid`.
         */
        EmailAddress: string;
        Escalation: {
            level: number;
            reason?: string;
            /** Format: date-time */
            requestedAt: string;
        };
        EscalationInput: {
            reason: string;
        };
        /**
         * @description A custom field of a category. Its value in `TicketInput.fields[id]` is checked by `type`:
         *     * `text`: a string of at most `maxLength` (default 200) code points, matching `pattern` when set.
         *     * `textarea`: a string of at most `maxLength` (default 5000).
         *     * `email`: an `EmailAddress`.
         *     * `tel`: a `TelValue`.
         *     * `number`: a JSON number (not a string), finite, at least `min`, at most `max`; with
         *       `step`, (value − (`min` or 0)) / `step` is a whole number (to within 1e-9). The widget
         *       reads what the customer types with their locale's group and decimal separators and
         *       digits (`1,234.50` in English, `1 234,50` in Swedish, `۱٬۲۳۴٫۵` in Persian), refuses
         *       exponents and ambiguous forms, and sends the number.
         *     * `date`: an RFC 3339 full-date `YYYY-MM-DD` that exists in the calendar, not before
         *       `minDate`, not after `maxDate`.
         *     * `select`: a string equal to one option's `value`.
         *     * `checkbox`: a boolean; `required` means it must be true.
         *
         *     A field with `identifier: true` holds a code such as an order number: the widget shows it
         *     left to right, trims it and folds native digits to ASCII; it must match `pattern`, or
         *     `Identifier` when there is none. `pattern` is an ECMAScript regular expression (`u` flag)
         *     the whole value must match; backends run it with a time limit or a linear-time engine.
         *
         *     Codes in `FieldError`: missing or empty → `required`; wrong type or form → `invalid`;
         *     too long → `too_long`; outside `min`/`max`/`minDate`/`maxDate` or off `step` →
         *     `out_of_range`; a value no option offers → `not_allowed`.
         */
        Field: {
            id: string;
            /** @description For text: the value is a code such as an order number (see above). */
            identifier?: boolean;
            label: string;
            /** @description For number: the largest value allowed. */
            max?: number;
            /**
             * Format: date
             * @description For date: the latest date allowed (YYYY-MM-DD).
             */
            maxDate?: string;
            /** @description For text and textarea: at most this many code points (defaults 200 and 5000). */
            maxLength?: number;
            /** @description For number: the smallest value allowed. */
            min?: number;
            /**
             * Format: date
             * @description For date: the earliest date allowed (YYYY-MM-DD).
             */
            minDate?: string;
            options?: components["schemas"]["FieldOption"][];
            /** @description For text: an ECMAScript regular expression the whole value must match. */
            pattern?: string;
            required?: boolean;
            /** @description For number: values are `min` (or 0) plus a whole multiple of this. */
            step?: number;
            type: components["schemas"]["FieldType"];
        };
        FieldError: {
            /** @description One of: required, invalid, too_long, too_short, out_of_range, not_allowed, not_found, too_large, type. */
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
        /** @description A custom field's value. Never an object, an array or null. */
        FieldValue: string | number | boolean;
        /** @description An id of a ticket, callback, attachment, article or message. No dots or slashes, so an id can never form a `..` path segment. */
        Id: string;
        IdempotencyKey: string;
        /** @description The default rule for an `identifier` field without its own `pattern`: ASCII letters and digits, with `.`, `_`, `/` or `-` after the first character. */
        Identifier: string;
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
            id: components["schemas"]["Id"];
        };
        MessageList: {
            items: components["schemas"]["Message"][];
            /** @description The cursor of the next (older) page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description A phone number in E.164 form, e.g. +46701234567. */
        PhoneE164: string;
        Priority: {
            id: string;
            label: string;
        };
        Problem: {
            detail?: string;
            errors?: components["schemas"]["FieldError"][];
            status: number;
            title: string;
            /** @description One of the problem type URIs listed in the introduction (e.g. `https://helpkit.dev/problems/identity-expired`). */
            type: string;
        };
        ReplyInput: {
            attachmentIds?: components["schemas"]["Id"][];
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
                /** @description File types accepted, as in the HTML accept attribute: MIME types (`image/png`), wildcards (`image/*`) or extensions (`.pdf`). Empty accepts any type. */
                accept: string[];
                /** @description The largest file accepted, in bytes. */
                maxBytes: number;
                /** @description The most attachments one ticket or reply may reference. */
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
            /**
             * @description Origins (`https://host[:port]`) from which images and other media in articles may
             *     load. Absent or empty (the default): the widget shows no remote images or media.
             */
            mediaOrigins?: string[];
            name: string;
            priorities: components["schemas"]["Priority"][];
        };
        Sla: {
            breached: boolean;
            /** Format: date-time */
            firstResponseDueAt?: string;
            /**
             * @description Added in 1.3. The ticket's own first-reply promise in business minutes (its priority may
             *     shorten the category's `slaMinutes`), so "within 1 hour" and "by 10:00" agree.
             */
            firstResponseMinutes?: number;
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
        /** @description A phone number as typed in a `tel` custom field: an optional +, then 6–20 digits, spaces, parentheses or hyphens. */
        TelValue: string;
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
            id: components["schemas"]["Id"];
            /** @description Oldest first. A backend may hold back older messages of a long ticket; it then sets `messagesCursor`. */
            messages: components["schemas"]["Message"][];
            /** @description Set when `messages` is not the whole conversation: the `cursor` for `GET /tickets/{id}/messages` that lists the older messages. */
            messagesCursor?: string;
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
            accessToken: components["schemas"]["AccessToken"];
            /**
             * Format: date-time
             * @description When the access token stops working (default 90 days after issue). Clients forget it then.
             */
            accessTokenExpiresAt?: string;
            ticket: components["schemas"]["Ticket"];
        };
        TicketInput: {
            /** @description Ids from `POST /attachments` by the same uploader; at most `SiteConfig.attachments.maxFiles`. */
            attachmentIds?: components["schemas"]["Id"][];
            body: string;
            categoryId: string;
            email: components["schemas"]["EmailAddress"];
            /** @description Values of the category's custom fields, keyed by field id; each checked as `Field` says. Flat, so no objects or arrays as values. */
            fields?: {
                [key: string]: components["schemas"]["FieldValue"];
            };
            /** @description A BCP 47 language tag. */
            locale: string;
            name: string;
            /** @description The page the ticket was sent from: origin and path only. A backend drops any query or fragment it receives. */
            pageUrl?: string;
            priority?: string;
            subject: string;
        };
        TicketList: {
            items: components["schemas"]["Ticket"][];
            /** @description The cursor of the next (older) page; absent on the last page. */
            nextCursor?: string;
        };
        /** @enum {string} */
        TicketStatus: "received" | "open" | "waiting_on_customer" | "on_hold" | "solved" | "closed";
    };
    responses: {
        /** @description `invalid-request`: malformed JSON, a body that is not an object, a bad query parameter or cursor, bad %-encoding. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `conflict` (not allowed in the current state), `slot-taken` or `idempotency-in-progress` (then with Retry-After). */
        Conflict: {
            headers: {
                /** @description With `idempotency-in-progress`, seconds to wait before repeating. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `forbidden`: the credentials do not open this ticket or callback, or it does not exist (the same answer, so ids cannot be probed). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not-found`: no such article or route. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unchanged since the ETag given in If-None-Match. */
        NotModified: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description `payload-too-large`: a JSON body over 64 KiB, or a file over `SiteConfig.attachments.maxBytes`. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
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
        /** @description `rate-limited`: wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `unauthorized` (no credentials), `identity-expired`, `identity-invalid` or `access-token-expired`. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `validation` (with `errors`, one per field) or `idempotency-key-reused`. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `unsupported-media-type`: a file type not in `SiteConfig.attachments.accept`, or a request Content-Type the route does not take. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The customer's preferred languages (RFC 9110); labels and articles follow it. */
        AcceptLanguage: string;
        /** @description The previous page's `nextCursor`; omit for the first page. */
        Cursor: string;
        /** @description The resource's id (schema `Id`). */
        Id: components["schemas"]["Id"];
        /**
         * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
         *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
         *     in the introduction for scope, 409 and 422.
         */
        IdempotencyKey: components["schemas"]["IdempotencyKey"];
        /** @description The ETag of the copy the client holds; an unchanged resource answers 304. */
        IfNoneMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description An opaque validator for `If-None-Match`. */
        ETag: string;
        /** @description The new resource's URL, relative to the base URL (e.g. `tickets/t_1`) or absolute. */
        Location: string;
        /** @description Requests allowed in the current window. */
        RateLimitLimit: string;
        /** @description Requests left in the current window. */
        RateLimitRemaining: string;
        /** @description Seconds until the current window resets (delta-seconds). */
        RateLimitReset: string;
        /** @description Seconds to wait before trying again (delta-seconds, an integer; never an HTTP-date). */
        RetryAfter: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    searchArticles: {
        parameters: {
            query?: {
                /** @description Only articles of this category id. */
                category?: string;
                /** @description How many results at most. */
                limit?: number;
                /** @description The search text. */
                q?: string;
            };
            header?: {
                /** @description The customer's preferred languages (RFC 9110); labels and articles follow it. */
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
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The customer's preferred languages (RFC 9110); labels and articles follow it. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    sendArticleFeedback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
                 *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
                 *     in the introduction for scope, 409 and 422.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
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
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getArticleIndex: {
        parameters: {
            query?: never;
            header?: {
                /** @description The customer's preferred languages (RFC 9110); labels and articles follow it. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description The ETag of the copy the client holds; an unchanged resource answers 304. */
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
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
                 *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
                 *     in the introduction for scope, 409 and 422.
                 */
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
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    requestCallback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
                 *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
                 *     in the introduction for scope, 409 and 422.
                 */
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
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    cancelCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    rescheduleCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallbackReschedule"];
            };
        };
        responses: {
            /** @description The rescheduled callback. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Callback"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getCallbackSlots: {
        parameters: {
            query?: {
                /** @description Start of the range (default now). */
                from?: string;
                /** @description End of the range (default three days after from). */
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
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description The customer's preferred languages (RFC 9110); labels and articles follow it. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description The ETag of the copy the client holds; an unchanged resource answers 304. */
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
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /** @description The previous page's `nextCursor`; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description How many tickets per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tickets, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
                 *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
                 *     in the introduction for scope, 409 and 422.
                 */
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
                    Location: components["headers"]["Location"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy the client holds; an unchanged resource answers 304. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    escalateTicket: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
                 *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
                 *     in the introduction for scope, 409 and 422.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listTicketMessages: {
        parameters: {
            query?: {
                /** @description The previous page's `nextCursor`; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description How many messages per page. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of messages, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    replyToTicket: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
                 *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
                 *     in the introduction for scope, 409 and 422.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    reopenTicket: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
                 *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
                 *     in the introduction for scope, 409 and 422.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    rateTicket: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
                 *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
                 *     in the introduction for scope, 409 and 422.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The resource's id (schema `Id`). */
                id: components["parameters"]["Id"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    requestAccessLinks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key per logical request (e.g. a UUID): 8–255 characters of `A–Z a–z 0–9 . _ ~ : -`.
                 *     A repeat within 24 hours returns the first 2xx answer and creates nothing; see Idempotency
                 *     in the introduction for scope, 409 and 422.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessLinksInput"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
}
