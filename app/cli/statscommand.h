// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/** `dateline stats`: what the library holds (stories, outlets, languages), where it is and how big. */
class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::StatsCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
