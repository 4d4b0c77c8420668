// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "articlejson.h"
#include "commandcontext.h"
#include "markedsnippet.h"
#include "storage/articlesearch.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Dateline
{

namespace
{

constexpr int defaultLimit = 20;

/// The snippet for a terminal: matches in bold; elsewhere the [ ] marks as ArticleSearch gives them.
QString snippetForTerminal(const QString &marked, bool terminal)
{
    if (!terminal) {
        return marked;
    }
    const MarkedSnippet snippet = MarkedSnippet::parse(marked);
    QString text = snippet.plain;
    for (auto match = snippet.matches.crbegin(); match != snippet.matches.crend(); ++match) {
        text.insert(match->end, QStringLiteral("\x1b[0m"));
        text.insert(match->start, QStringLiteral("\x1b[1m"));
    }
    return text;
}

} // namespace

QString SearchCommand::description()
{
    return tr("Search the stories' titles and texts, best match first.");
}

int SearchCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("search");
    QCommandLineParser parser;
    parser.setApplicationDescription(description() + u'\n' +
        tr("QUERY is in SQLite FTS5 syntax: words (all must occur), \"a phrase\", OR, NOT, NEAR(a b), prefix*. "
           "Several arguments are joined with spaces. Letter case and diacritics do not matter.\n"
           "Exit status: 0 with or without hits (no hits prints a note, or an empty \"hits\" list with --json), "
           "1 when the query cannot be understood, 2 on bad usage."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document instead of text."));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), tr("Show at most N hits (default %1).").arg(defaultLimit), QStringLiteral("N"));
    parser.addOptions({ jsonOption, limitOption });
    parser.addPositionalArgument(QStringLiteral("QUERY"), tr("What to look for."), QStringLiteral("QUERY..."));
    if (const auto exit = context.parse(parser, arguments, QStringLiteral("dateline search [options] QUERY..."))) {
        return *exit;
    }
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty()) {
        return context.usageError(tr("search needs a query."), command);
    }
    const std::optional<int> limit = context.intOption(parser, limitOption, defaultLimit, 1, command);
    if (!limit) {
        return CommandContext::ExitUsage;
    }

    auto library = context.openLibrary(CommandContext::Create::Never);
    if (!library) {
        context.error(library.error());
        return CommandContext::ExitUsage;
    }
    const ArticleSearch search(library.value()->database());
    const auto hits = search.search(query, *limit, ArticleSearch::Order::Relevance);
    if (!hits) {
        // ArticleSearch tells a query it cannot understand ("The search could not be understood:
        // fts5: syntax error near ...") from a library that fails; both end the command.
        context.error(hits.error());
        return CommandContext::ExitFailure;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const SearchHit &hit : hits.value()) {
            array.append(ArticleJson::hit(hit));
        }
        ArticleJson::write(context.out(), { { QStringLiteral("query"), query }, { QStringLiteral("hits"), array } });
        return CommandContext::ExitSuccess;
    }
    if (hits.value().isEmpty()) {
        context.out() << tr("No stories match “%1”.").arg(query) << u'\n';
        return CommandContext::ExitSuccess;
    }
    const bool terminal = CommandContext::stdoutIsTerminal();
    TextTable table({ tr("ID"), tr("Date"), tr("Outlet"), tr("Title") }, { TextTable::Align::Right });
    table.setMaximumWidth(2, 24);
    for (const SearchHit &hit : hits.value()) {
        const Article &article = hit.article;
        table.addRow({ QString::number(article.id),
            article.published.isValid() ? article.published.toString(Qt::ISODate)
                                        : QStringLiteral("-"),
                                              article.outletName.isEmpty()
                                              ? QStringLiteral("-") : article.outletName, article.title },
                snippetForTerminal(hit.snippet.simplified(), terminal));
    }
    table.write(context.out(), CommandContext::outputWidth());
    return CommandContext::ExitSuccess;
}

} // namespace Dateline
