// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/** `dateline show ID`: one story, its header lines and its text, or the same as JSON. */
class ShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ShowCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
