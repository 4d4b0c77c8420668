// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcommand.h"

#include "articlejson.h"
#include "commandcontext.h"
#include "storage/articlestore.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <algorithm>

namespace Dateline
{

namespace
{

constexpr int defaultLimit = 50;
constexpr int pageSize = 500;

} // namespace

QString ListCommand::description()
{
    return tr("List the stories, newest first.");
}

int ListCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("list");
    QCommandLineParser parser;
    parser.setApplicationDescription(description() + u'\n' +
        tr("On a terminal the table fits its width. An empty list is not an error (exit status 0)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document instead of a table."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        tr("Show at most N stories (default %1; 0 shows them all).").arg(defaultLimit), QStringLiteral("N"));
    const QCommandLineOption outletOption(
        QStringLiteral("outlet"), tr("Only the stories of the outlet NAME."), QStringLiteral("NAME"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        tr("Only the stories in the language CODE (ISO 639-1, as “id” or “en”)."), QStringLiteral("CODE"));
    parser.addOptions({ jsonOption, limitOption, outletOption, languageOption });
    if (const auto exit = context.parse(parser, arguments, QStringLiteral("dateline list [options]"))) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(
            tr("list takes no arguments, only options (“%1”).").arg(parser.positionalArguments().join(u' ')), command);
    }
    const std::optional<int> limit = context.intOption(parser, limitOption, defaultLimit, 0, command);
    if (!limit) {
        return CommandContext::ExitUsage;
    }

    auto library = context.openLibrary(CommandContext::Create::Never);
    if (!library) {
        context.error(library.error());
        return CommandContext::ExitUsage;
    }
    const ArticleStore store(library.value()->database());

    ArticleQuery query; // newest first is the default order
    query.filter.language = parser.value(languageOption).trimmed().toLower();
    if (parser.isSet(outletOption)) {
        const QString name = parser.value(outletOption).trimmed();
        const auto outlets = store.outlets();
        if (!outlets) {
            context.error(outlets.error());
            return CommandContext::ExitFailure;
        }
        const auto found = std::find_if(outlets.value().cbegin(), outlets.value().cend(),
            [&](const Outlet &outlet) { return outlet.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (found == outlets.value().cend()) {
            context.error(tr("The library has no outlet named “%1” (“dateline stats” lists them).").arg(name));
            return CommandContext::ExitFailure;
        }
        query.filter.outletId = found->id;
    }

    QList<Article> articles;
    ArticleCursor cursor;
    while (*limit == 0 || articles.size() < *limit) {
        const int wanted = *limit == 0 ? pageSize : std::min<int>(pageSize, *limit - int(articles.size()));
        const auto page = store.page(query, cursor, wanted);
        if (!page) {
            context.error(page.error());
            return CommandContext::ExitFailure;
        }
        articles.append(page.value().rows);
        cursor = page.value().next;
        if (page.value().atEnd || page.value().rows.isEmpty()) {
            break;
        }
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Article &article : std::as_const(articles)) {
            array.append(ArticleJson::summary(article));
        }
        ArticleJson::write(context.out(), { { QStringLiteral("articles"), array } });
        return CommandContext::ExitSuccess;
    }
    if (articles.isEmpty()) {
        context.out() << (query.filter == ArticleFilter() ? tr("The library has no stories.")
                                                          : tr("No stories match these options."))
                      << u'\n';
        return CommandContext::ExitSuccess;
    }
    TextTable table({ tr("ID"), tr("Date"), tr("Lang."), tr("Outlet"), tr("Title") },
        { TextTable::Align::Right, TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left,
            TextTable::Align::Left });
    table.setMaximumWidth(3, 24);
    for (const Article &article : std::as_const(articles)) {
        table.addRow({ QString::number(article.id),
            article.published.isValid() ? article.published.toString(Qt::ISODate)
                                        : QStringLiteral("-"),
                                              article.language.isEmpty()
                                              ? QStringLiteral("-") : article.language,
                                                    article.outletName.isEmpty()
                                                    ? QStringLiteral("-") : article.outletName, article.title });
    }
    table.write(context.out(), CommandContext::outputWidth());
    return CommandContext::ExitSuccess;
}

} // namespace Dateline
