// SPDX-License-Identifier: GPL-3.0-or-later
#include "showcommand.h"

#include "articlejson.h"
#include "codepoints.h"
#include "commandcontext.h"
#include "storage/articlestore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace Dateline
{

QString ShowCommand::description()
{
    return tr("Show one story: its header and its text.");
}

int ShowCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("show");
    QCommandLineParser parser;
    parser.setApplicationDescription(description() + u'\n' +
        tr("The ID is the number that “dateline list” and “dateline search” print. An unknown ID is an error "
           "(exit status 1)."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("Print the story, text included, as one JSON document."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The story's number."));
    if (const auto exit = context.parse(parser, arguments, QStringLiteral("dateline show [options] ID"))) {
        return *exit;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.usageError(tr("show needs exactly one story ID."), command);
    }
    bool ok = false;
    const qint64 id = positional.constFirst().toLongLong(&ok);
    if (!ok || id <= 0) {
        return context.usageError(
            tr("“%1” is not a story ID: IDs are whole numbers from 1.").arg(positional.constFirst()), command);
    }

    auto library = context.openLibrary(CommandContext::Create::Never);
    if (!library) {
        context.error(library.error());
        return CommandContext::ExitUsage;
    }
    const ArticleStore store(library.value()->database());
    const auto article = store.article(id);
    if (!article) {
        context.error(article.error());
        return CommandContext::ExitFailure;
    }
    const Article &story = article.value();

    if (parser.isSet(jsonOption)) {
        ArticleJson::write(context.out(), ArticleJson::full(story));
        return CommandContext::ExitSuccess;
    }
    const QString unknown = tr("(unknown)");
    const auto orUnknown = [&](const QString &value) { return value.isEmpty() ? unknown : value; };
    QString language = orUnknown(story.language);
    if (!story.language.isEmpty()) {
        const QLocale locale(story.language);
        if (locale.language() != QLocale::C) {
            language += QStringLiteral(" (%1)").arg(QLocale::languageToString(locale.language()));
        }
    }
    const std::pair<QString, QString> header[] = {
        { tr("Title:"), orUnknown(story.title) },
        { tr("Outlet:"), orUnknown(story.outletName) },
        { tr("Place:"), orUnknown(story.place) },
        { tr("Published:"), story.published.isValid() ? story.published.toString(Qt::ISODate) : unknown },
        { tr("Language:"), language },
        { tr("Source:"),
            orUnknown(QDir::toNativeSeparators(story.sourcePath.isEmpty() ? story.url : story.sourcePath)) },
    };
    qsizetype labelWidth = 0;
    for (const auto &[label, value] : header) {
        labelWidth = std::max(labelWidth, codePointLength(label));
    }
    QTextStream &out = context.out();
    for (const auto &[label, value] : header) {
        out << label << QString(labelWidth - codePointLength(label) + 1, u' ') << value << u'\n';
    }
    out << u'\n' << story.text;
    if (!story.text.endsWith(u'\n')) {
        out << u'\n';
    }
    return CommandContext::ExitSuccess;
}

} // namespace Dateline
