// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/** `dateline search QUERY`: full-text search in FTS5 syntax, best match first, each hit with a snippet. */
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::SearchCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
