// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/**
 * `dateline import PATH...`: story files and folders of them into the library, a progress line
 * on a terminal, one line per file that failed, a summary last. Ctrl+C stops after the batch
 * being written and keeps every batch already committed.
 */
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::ImportCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
