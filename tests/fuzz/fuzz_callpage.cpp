// SPDX-License-Identifier: MIT
// libFuzzer entry point: any byte string through CallJsonDecoder::decodeCallPage. Besides the
// sanitizers' checks, the decoder's own promises are asserted: it either succeeds or reports a
// Decode error, and a successful page only holds calls with a valid id.
#include "CallJsonDecoder.h"
#include "Ulid.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A real copy, as QNetworkReply::readAll() hands over (terminated, owned).
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto page = CallJsonDecoder::decodeCallPage(body);
    if (!page.ok()) {
        if (page.error.kind != ApiError::Kind::Decode)
            std::abort();
        return 0;
    }
    for (const Call& call : page.value.calls) {
        if (!isValidUlid(call.id))
            std::abort();
    }
    return 0;
}
