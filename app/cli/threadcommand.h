// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/** `dateline thread CLAIM_ID [--json]`: the claims linked to one, earliest first, with conflicting figures. */
class ThreadCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ThreadCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
