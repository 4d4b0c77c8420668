// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommand.h"

#include "analysis/analyzer.h"
#include "analysis/gazetteer.h"
#include "analysis/languageprofile.h"
#include "codepoints.h"
#include "commandcontext.h"
#include "ingest/storyparser.h"
#include "ingest/textdecoder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace Dateline
{

namespace
{

/// One analysed file: what the parser and the analysis found, and the text the offsets count in.
struct FileAnalysis {
    QString file;
    QString error; ///< empty when the file was analysed
    QString text;
    Article article;
    Analysis analysis;
};

/// UTF-16 offsets to code points; free when the text has no character outside the BMP.
std::function<qsizetype(qsizetype)> codePointsOf(const QString &text)
{
    if (codePointLength(text) == text.size()) {
        return [](qsizetype utf16) { return utf16; };
    }
    return [&text](qsizetype utf16) { return codePointOffset(text, utf16); };
}

/// Mentions grouped by actor, in order of first mention.
struct ActorMentions {
    Actor actor;
    QList<const Mention *> mentions;
};

QList<ActorMentions> actorsOf(const Analysis &analysis)
{
    QList<ActorMentions> actors;
    QHash<QString, qsizetype> index;
    for (const Mention &mention : analysis.mentions) {
        const QString id = mention.actor.key.isEmpty() ? actorKindName(mention.actor.kind) + u':' + mention.actor.name
                                                       : mention.actor.key;
        auto found = index.constFind(id);
        if (found == index.cend()) {
            found = index.insert(id, actors.size());
            actors.append({ mention.actor, {} });
        }
        actors[*found].mentions.append(&mention);
    }
    return actors;
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject toJson(const FileAnalysis &result)
{
    QJsonObject object;
    object.insert(u"file", result.file);
    if (!result.error.isEmpty()) {
        object.insert(u"error", result.error);
        return object;
    }
    const auto cp = codePointsOf(result.text);
    const Article &article = result.article;
    object.insert(u"dateline",
        QJsonObject {
            { QStringLiteral("place"), orNull(article.place) },
                { QStringLiteral("outlet"), orNull(article.outletName) },
                    { QStringLiteral("published"),
                          article.published.isValid() ? QJsonValue(article.published.toString(Qt::ISODate))
                                                      : QJsonValue() },
                });
    object.insert(u"language", orNull(article.language));

    QJsonArray actors;
    for (const ActorMentions &entry : actorsOf(result.analysis)) {
        QJsonArray mentions;
        for (const Mention *m : entry.mentions) {
            QJsonObject mention { { QStringLiteral("start"), cp(m->start) },
                { QStringLiteral("end"), cp(m->end) }, { QStringLiteral("text"), m->text } };
            if (!m->alsoActor.name.isEmpty()) {
                mention.insert(u"also", m->alsoActor.name);
            }
            mentions.append(mention);
        }
        actors.append(QJsonObject {
            { QStringLiteral("name"), entry.actor.name },
                { QStringLiteral("kind"), actorKindName(entry.actor.kind) },
                    { QStringLiteral("key"), orNull(entry.actor.key) },
                        { QStringLiteral("mentions"), mentions },
                    });
    }
    object.insert(u"actors", actors);

    QJsonArray quotations;
    for (const Quote &q : result.analysis.quotes) {
        QJsonArray via;
        for (const Actor &relay : q.via) {
            via.append(relay.name);
        }
        QJsonObject quotation {
            { QStringLiteral("start"), cp(q.start) },
                { QStringLiteral("end"), cp(q.end) },
                    { QStringLiteral("text"), q.text },
                        { QStringLiteral("type"), quoteTypeName(q.type) },
                            { QStringLiteral("speaker"), orNull(q.speaker.name) },
                                { QStringLiteral("cue"), orNull(q.cue) },
                                    { QStringLiteral("via"), via },
                                };
        if (q.cueStart >= 0) {
            quotation.insert(u"cue_start", cp(q.cueStart));
            quotation.insert(u"cue_end", cp(q.cueEnd));
        }
        quotations.append(quotation);
    }
    object.insert(u"quotations", quotations);
    return object;
}

void writeMarkdown(QTextStream &out, const FileAnalysis &result)
{
    out << QStringLiteral("# ") << result.file << QStringLiteral("\n\n");
    if (!result.error.isEmpty()) {
        out << result.error << QStringLiteral("\n\n");
        return;
    }
    const Article &article = result.article;
    const QString unknown = AnalyzeCommand::tr("unknown");
    const auto orUnknown = [&](const QString &value) { return value.isEmpty() ? unknown : value; };
    out << QStringLiteral("- ") << AnalyzeCommand::tr("**Dateline:** %1, %2, %3")
                     .arg(orUnknown(article.place), orUnknown(article.outletName),
                         article.published.isValid() ? article.published.toString(Qt::ISODate) : unknown)
              << u'\n';
    out << QStringLiteral("- ") << AnalyzeCommand::tr("**Language:** %1").arg(orUnknown(article.language))
                                << QStringLiteral("\n\n");

    const auto cp = codePointsOf(result.text);
    const QList<ActorMentions> actors = actorsOf(result.analysis);
    out << QStringLiteral("## ") << AnalyzeCommand::tr("Actors (%n)", nullptr, int(actors.size()))
                                 << QStringLiteral("\n\n");
    if (!actors.isEmpty()) {
        out << QStringLiteral("| ") << AnalyzeCommand::tr("Actor")
                                    << QStringLiteral(" | ")
                                           << AnalyzeCommand::tr("Kind")
                                           << QStringLiteral(" | ")
                                                  << AnalyzeCommand::tr("Mentions")
                                                  << QStringLiteral(" | ")
                                                         << AnalyzeCommand::tr("Forms")
                                                         << QStringLiteral(" |\n|---|---|---:|---|\n");
        for (const ActorMentions &entry : actors) {
            QStringList forms;
            for (const Mention *m : entry.mentions) {
                if (!forms.contains(m->text)) {
                    forms.append(m->text);
                }
            }
            out << QStringLiteral("| ") << entry.actor.name
                                        << QStringLiteral(" | ")
                                               << actorKindName(entry.actor.kind)
                                               << QStringLiteral(" | ")
                                                      << entry.mentions.size()
                                                      << QStringLiteral(" | ") << forms.join(QStringLiteral(", "))
                                                             << QStringLiteral(" |\n");
        }
        out << u'\n';
    }

    out << QStringLiteral("## ") << AnalyzeCommand::tr("Quotations (%n)", nullptr, int(result.analysis.quotes.size()))
                                 << QStringLiteral("\n\n");
    int number = 0;
    for (const Quote &q : result.analysis.quotes) {
        QStringList via;
        for (const Actor &relay : q.via) {
            via.append(relay.name);
        }
        const QString speaker = q.speaker.name.isEmpty() ? AnalyzeCommand::tr("unknown speaker") : q.speaker.name;
        out << ++number
            << QStringLiteral(". “") << QString(q.text).replace(u'\n', u' ')
                                     << QStringLiteral("” — **") << speaker << QStringLiteral("**");
        QStringList details { quoteTypeName(q.type) };
        if (!q.cue.isEmpty()) {
            details.append(AnalyzeCommand::tr("cue “%1”").arg(q.cue));
        }
        if (!via.isEmpty()) {
            details.append(AnalyzeCommand::tr("via %1").arg(via.join(QStringLiteral(" → "))));
        }
        details.append(AnalyzeCommand::tr("characters %1–%2").arg(cp(q.start)).arg(cp(q.end)));
        out << QStringLiteral(" (") << details.join(QStringLiteral("; ")) << QStringLiteral(")\n");
    }
    out << u'\n';
}

} // namespace

QString AnalyzeCommand::description()
{
    return tr("Find the actors and quotations of story files, without a library.");
}

int AnalyzeCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString command = QStringLiteral("analyze");
    QCommandLineParser parser;
    parser.setApplicationDescription(description() + u'\n' +
        tr("Prints each file's dateline, language, actors with their mentions, and quotations with their "
           "speaker, cue and relay chain. Offsets count Unicode code points into the decoded text of the file. "
           "No library is opened or created.\n"
           "Exit status: 0 when every file was analysed, 1 when some could not be read, 2 on bad usage."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        tr("Print JSON: one object, or an array with one object per file when several are given."));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), tr("Print a Markdown report (the default)."));
    parser.addOption(jsonOption);
    parser.addOption(markdownOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A story file (.txt, .md)."), QStringLiteral("FILE..."));
    if (const auto exit = context.parse(parser, arguments, QStringLiteral("dateline analyze [options] FILE..."))) {
        return *exit;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return context.usageError(tr("analyze needs at least one file."), command);
    }
    if (parser.isSet(jsonOption) && parser.isSet(markdownOption)) {
        return context.usageError(tr("Choose one of --json and --markdown."), command);
    }
    const bool json = parser.isSet(jsonOption);

    // Loaded once for every file: this is what makes a thousand stories take seconds.
    const Gazetteer gazetteer = Gazetteer::shipped();
    const LanguageProfiles languages;
    const Analyzer analyzer(gazetteer, languages);

    int exitCode = CommandContext::ExitSuccess;
    QJsonArray results;
    for (const QString &path : files) {
        FileAnalysis result;
        result.file = path;
        QFile file(path);
        const QFileInfo info(path);
        if (info.isDir()) {
            result.error = tr("%1: is a folder, not a story file.").arg(QDir::toNativeSeparators(path));
        } else if (!file.open(QIODevice::ReadOnly)) {
            result.error = tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        } else {
            const Result<DecodedText> decoded = TextDecoder::decode(file.readAll());
            if (!decoded) {
                result.error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + decoded.error();
            } else {
                result.text = decoded.value().text;
                const bool markdown = info.suffix().compare(u"md", Qt::CaseInsensitive) == 0 ||
                    info.suffix().compare(u"markdown", Qt::CaseInsensitive) == 0;
                result.article = StoryParser::parse(result.text,
                    markdown ? StoryParser::Format::Markdown : StoryParser::Format::PlainText, path,
                    info.lastModified().date());
                result.analysis = analyzer.analyze(result.text, result.article.language);
            }
        }
        if (!result.error.isEmpty()) {
            context.error(result.error);
            exitCode = CommandContext::ExitFailure;
        }
        if (json) {
            results.append(toJson(result));
        } else {
            writeMarkdown(context.out(), result);
        }
    }
    if (json) {
        const QJsonDocument document =
            files.size() == 1 ? QJsonDocument(results.first().toObject()) : QJsonDocument(results);
        context.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
    context.out().flush();
    return exitCode;
}

} // namespace Dateline
