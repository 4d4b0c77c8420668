// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/** `dateline list`: the stories, newest first, as a table sized to the terminal or as JSON. */
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ListCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
