// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/** `dateline claim add ARTICLE_ID START END [options]`: marks a passage (code point offsets) as a claim. */
class ClaimCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ClaimCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
