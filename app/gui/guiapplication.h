// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QApplication;

namespace Dateline
{

/**
 * The window's composition root: reads the command line, opens the library (the one named,
 * else the last one used, else the default), builds the main window around it and runs the
 * event loop. A refused library file is explained and never altered; the person may open
 * another file, create a new library, or quit.
 */
class GuiApplication
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::GuiApplication)

public:
    static int run(QApplication &app);
};

} // namespace Dateline
