// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"

// A decoded value or the reason it could not be decoded (an ApiError of kind Decode).
template<typename T> struct DecodeResult {
    T value {};
    ApiError error;

    bool ok() const { return !error.isError(); }
};
