// SPDX-License-Identifier: MIT
#include "CallJsonDecoder.h"
