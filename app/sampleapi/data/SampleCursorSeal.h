// SPDX-License-Identifier: MIT
#pragma once

#include "SampleCursor.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Turns a cursor into the opaque text a client sends back, signed with the server's secret, and
// that text back into the cursor, refusing any text this server did not issue. Shared by the
// paging, which issues cursors, and the query parser, which reads them: neither needs the other.
class SampleCursorSeal {
public:
    explicit SampleCursorSeal(const QByteArray& secret);

    QString encode(const SampleCursor& cursor) const;
    std::optional<SampleCursor> decode(const QString& text) const;

private:
    QByteArray mac(const QByteArray& payload) const;

    QByteArray m_secret;
};
