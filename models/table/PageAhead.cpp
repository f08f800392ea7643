// SPDX-License-Identifier: MIT
#include "PageAhead.h"

#include "CallPageReply.h"
#include "CallWalk.h"

bool PageAhead::isEmpty() const
{
    return !m_reply && !m_arrived;
}

bool PageAhead::isAhead(const CallPageReply* reply) const
{
    return reply && reply == m_reply;
}

std::optional<PagePosition> PageAhead::positionAfter(const CallWalk& walk,
                                                     const PageMeta& meta) const
{
    if (!isEmpty())
        return std::nullopt;
    CallWalk next = walk; // where the walk will be once this page is in, if it brings calls
    if (!next.advance(meta, 1).isEmpty() || !next.hasMore())
        return std::nullopt;
    return next.nextPosition();
}

void PageAhead::start(CallPageReply* reply, const PagePosition& position)
{
    m_position = position;
    m_reply = reply;
}

bool PageAhead::metaDecoded(const CallPageReply* reply, const PageMeta& meta)
{
    if (!isAhead(reply))
        return false;
    m_meta = meta;
    return true;
}

bool PageAhead::finished(const CallPageReply* reply, ArrivedPage arrived)
{
    if (!isAhead(reply))
        return false;
    m_reply = nullptr;
    m_arrived = std::move(arrived);
    return true;
}

std::optional<PageAhead::Adopted> PageAhead::adopt(const PagePosition& wanted)
{
    if (isEmpty() || m_position != wanted) {
        drop();
        return std::nullopt;
    }
    Adopted adopted;
    adopted.meta = std::exchange(m_meta, {});
    adopted.arrived = std::exchange(m_arrived, {}); // when it arrived, no reply is running
    adopted.reply = std::exchange(m_reply, nullptr);
    return adopted;
}

void PageAhead::drop()
{
    m_arrived.reset();
    m_meta.reset();
    if (CallPageReply* reply = std::exchange(m_reply, nullptr))
        reply->abort();
}
