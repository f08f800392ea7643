// SPDX-License-Identifier: MIT
#include "DecoderBench.h"

#include "CallJsonDecoder.h"
#include "Clock.h"

DecoderBench::Result DecoderBench::measure(const QList<QByteArray>& bodies)
{
    Result result;
    if (bodies.isEmpty())
        return result;
    double referenceMs = 0;
    double appMs = 0;
    qint64 bytes = 0;
    for (const QByteArray& body : bodies) {
        double start = monotonicMs();
        const auto reference = CallJsonDecoder::decodeCallPageReference(body);
        referenceMs += monotonicMs() - start;
        start = monotonicMs();
        const auto used = CallJsonDecoder::decodeCallPage(body);
        appMs += monotonicMs() - start;
        bytes += body.size();
        const bool agree = reference.ok() == used.ok() && reference.value.meta == used.value.meta
            && reference.value.calls == used.value.calls
            && reference.error.where == used.error.where;
        result.disagreements += agree ? 0 : 1;
    }
    result.pages = int(bodies.size());
    result.referenceMsPerPage = referenceMs / double(result.pages);
    result.appMsPerPage = appMs / double(result.pages);
    result.megabytesPerPage = double(bytes) / 1e6 / double(result.pages);
    return result;
}
