// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommand.h"

#include "articlejson.h"
#include "commandcontext.h"
#include "storage/articlestore.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace Dateline
{

namespace
{

QString languageName(const QString &code)
{
    const QLocale locale(code);
    return locale.language() == QLocale::C ? QString() : QLocale::languageToString(locale.language());
}

} // namespace

QString StatsCommand::description()
{
    return tr("Count the stories, outlets and languages in the library.");
}

int StatsCommand::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document instead of text."));
    parser.addOption(jsonOption);
    if (const auto exit = context.parse(parser, arguments, QStringLiteral("dateline stats [options]"))) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(tr("stats takes no arguments."), QStringLiteral("stats"));
    }
    auto library = context.openLibrary(CommandContext::Create::Never);
    if (!library) {
        context.error(library.error());
        return CommandContext::ExitUsage;
    }
    const ArticleStore store(library.value()->database());
    const auto counts = store.counts();
    const auto outlets = store.outlets();
    const auto languages = store.languages();
    for (const QString &error : { counts.error(), outlets.error(), languages.error() }) {
        if (!error.isEmpty()) {
            context.error(error);
            return CommandContext::ExitFailure;
        }
    }
    const QString path = library.value()->path();
    const qint64 size = QFileInfo(path).size();
    // Until the last connection closes, recent writes may sit in the write-ahead log.
    const qint64 walSize = QFileInfo(path + QStringLiteral("-wal")).size();

    if (parser.isSet(jsonOption)) {
        QJsonArray outletArray;
        for (const Outlet &outlet : outlets.value()) {
            outletArray.append(QJsonObject { { QStringLiteral("id"), outlet.id },
                { QStringLiteral("name"), outlet.name }, { QStringLiteral("stories"), outlet.articleCount } });
        }
        QJsonArray languageArray;
        for (const LanguageCount &language : languages.value()) {
            languageArray.append(QJsonObject { { QStringLiteral("language"), language.language },
                { QStringLiteral("name"), languageName(language.language) },
                    { QStringLiteral("stories"), language.articles } });
        }
        ArticleJson::write(context.out(),
            {
                { QStringLiteral("library"), QDir::toNativeSeparators(path) },
                    { QStringLiteral("size"), size },
                        { QStringLiteral("wal_size"), walSize },
                            { QStringLiteral("schema_version"), Library::schemaVersion() },
                                { QStringLiteral("stories"), counts.value().articles },
                                    { QStringLiteral("outlet_count"), counts.value().outlets },
                                        { QStringLiteral("language_count"), counts.value().languages },
                                            { QStringLiteral("outlets"), outletArray },
                                                { QStringLiteral("languages"), languageArray },
                                            });
        return CommandContext::ExitSuccess;
    }

    const QLocale locale;
    QString sizeText = locale.formattedDataSize(size);
    if (walSize > 0) {
        sizeText += tr(" (and %1 in the write-ahead log)").arg(locale.formattedDataSize(walSize));
    }
    TextTable summary({ QString(), QString() });
    summary.addRow({ tr("Library:"), QDir::toNativeSeparators(path) });
    summary.addRow({ tr("Size:"), sizeText });
    summary.addRow({ tr("Schema version:"), QString::number(Library::schemaVersion()) });
    summary.addRow({ tr("Stories:"), locale.toString(counts.value().articles) });
    summary.addRow({ tr("Outlets:"), locale.toString(counts.value().outlets) });
    summary.addRow({ tr("Languages:"), locale.toString(counts.value().languages) });
    QString text;
    QTextStream buffer(&text);
    summary.write(buffer, 100000); // paths are never cut
    buffer.flush();
    context.out() << text.mid(text.indexOf(u'\n') + 1); // no header row for label/value pairs

    if (!languages.value().isEmpty()) {
        TextTable table({ tr("Stories"), tr("Language"), tr("Name") }, { TextTable::Align::Right });
        for (const LanguageCount &language : languages.value()) {
            table.addRow({ locale.toString(language.articles),
                language.language.isEmpty() ? tr("(unknown)") : language.language, languageName(language.language) });
        }
        context.out() << u'\n';
        table.write(context.out(), CommandContext::outputWidth());
    }
    if (!outlets.value().isEmpty()) {
        TextTable table({ tr("Stories"), tr("Outlet") }, { TextTable::Align::Right });
        for (const Outlet &outlet : outlets.value()) {
            table.addRow({ locale.toString(outlet.articleCount), outlet.name });
        }
        context.out() << u'\n';
        table.write(context.out(), CommandContext::outputWidth());
    }
    return CommandContext::ExitSuccess;
}

} // namespace Dateline
