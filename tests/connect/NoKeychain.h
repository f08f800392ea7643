// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtGlobal>

// Makes every QtKeychain job fail fast and the same way on any Linux machine: the Secret
// Service and KWallet are reached over the D-Bus session bus, and this address leads nowhere
// (no autolaunch, no wait). Call before the application object exists.
inline void disconnectFromKeychain()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArrayLiteral("unix:path=/nonexistent/casecalls-test-no-bus"));
}
