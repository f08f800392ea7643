// SPDX-License-Identifier: MIT
#include "StringInterner.h"

#include <QMutex>
#include <QMutexLocker>

#include <string>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace {
// Transparent, so a lookup by the decoder's bytes does not build a std::string first.
struct BytesHash {
    using is_transparent = void;
    size_t operator()(std::string_view bytes) const
    {
        return std::hash<std::string_view> {}(bytes);
    }
};

struct Table {
    QMutex mutex;
    std::unordered_map<std::string, QString, BytesHash, std::equal_to<>> values;
};

Table& table()
{
    static Table instance;
    return instance;
}

// `make` builds the QString only when the value is new (the decoders' common case is a hit).
template<typename MakeString> QString lookUp(std::string_view bytes, MakeString make)
{
    if (qsizetype(bytes.size()) > StringInterner::kMaxValueBytes)
        return make();
    Table& shared = table();
    const QMutexLocker lock(&shared.mutex);
    if (const auto found = shared.values.find(bytes); found != shared.values.end())
        return found->second;
    QString value = make();
    if (qsizetype(shared.values.size()) < StringInterner::kMaxValues)
        shared.values.emplace(std::string(bytes), value);
    return value;
}
} // namespace

QString StringInterner::intern(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return u""_s;
    const std::string_view bytes(utf8.data(), size_t(utf8.size()));
    return lookUp(bytes, [utf8] { return QString::fromUtf8(utf8); });
}

QString StringInterner::intern(const QString& text)
{
    if (text.isEmpty() || text.size() > kMaxValueBytes)
        return text;
    const QByteArray utf8 = text.toUtf8();
    return lookUp(std::string_view(utf8.constData(), size_t(utf8.size())),
                  [&text] { return text; });
}
