// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "CallPage.h"
#include "CallsQuery.h"
#include "PageMeta.h"

#include <QPointer>
#include <QString>

#include <optional>

class CallPageReply;
class CallWalk;

// A page as it arrived, kept when it came before the page before it had gone in.
struct ArrivedPage {
    ApiError error;
    CallPage page;
    QString requestId;
};

// Loading all: the page after the pending one, asked for as soon as the pending one's cursor was
// decoded, while its calls are still being prepared. Holds that request, and its reply or cursor
// when they come before it is the page the walk wants; the caller sends the requests.
class PageAhead {
public:
    // What adopt() hands over: the reply still running, or the page that arrived already; and
    // the page's cursor when it was decoded early, so the page after it can be asked for now.
    struct Adopted {
        CallPageReply* reply = nullptr;
        std::optional<ArrivedPage> arrived;
        std::optional<PageMeta> meta;
    };

    // Nothing asked for ahead, or all of it dropped or adopted.
    bool isEmpty() const;
    bool isAhead(const CallPageReply* reply) const;

    // Where to ask ahead once the pending page of `walk` has decoded `meta`: the page after it,
    // if that page brings nothing it would stop on; none while something is ahead already.
    std::optional<PagePosition> positionAfter(const CallWalk& walk, const PageMeta& meta) const;
    // Records `reply` as the request for the page at `position`.
    void start(CallPageReply* reply, const PagePosition& position);

    // The reply's cursor was decoded; kept if it is the reply ahead. Returns whether it was.
    bool metaDecoded(const CallPageReply* reply, const PageMeta& meta);
    // The reply finished; its page is kept if it is the reply ahead. Returns whether it was.
    bool finished(const CallPageReply* reply, ArrivedPage arrived);

    // Hands over what is ahead if it is the page at `wanted`; otherwise drops it. Nothing is
    // ahead afterwards either way.
    std::optional<Adopted> adopt(const PagePosition& wanted);
    // Forgets what is ahead and aborts its request (whose finished() then finds it not ahead).
    void drop();

private:
    QPointer<CallPageReply> m_reply;
    PagePosition m_position;
    std::optional<ArrivedPage> m_arrived;
    std::optional<PageMeta> m_meta; // its cursor, when decoded before it became pending
};
