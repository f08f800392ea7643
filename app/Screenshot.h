// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class CallsTableModel;
class MainWindow;

// For the README's picture: once the first page is in, selects a call that asked for Letters
// Testamentary, lets the window settle, saves it as a PNG and quits.
void saveScreenshotWhenLoaded(MainWindow* window, CallsTableModel* calls, const QString& path);
