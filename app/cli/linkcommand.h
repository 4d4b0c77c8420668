// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/** `dateline link FROM_ID TO_ID RELATION`: links two claims ("same", "contradicts", ...). */
class LinkCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::LinkCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
