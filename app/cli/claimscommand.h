// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/** `dateline claims [--json] [--tag T] [--actor A]`: the claims of the library, earliest story first. */
class ClaimsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimsCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
