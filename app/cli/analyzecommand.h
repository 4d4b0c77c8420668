// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

class CommandContext;

/**
 * `dateline analyze FILE... [--json|--markdown]`: the actors and quotations of story files,
 * without a library. Each file is decoded and parsed as an import would (dateline, language),
 * then analysed; offsets count Unicode code points into the decoded text. One process serves
 * every file, so the gazetteer and the grammar load once.
 */
class AnalyzeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::AnalyzeCommand)

public:
    [[nodiscard]] static QString description();
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace Dateline
