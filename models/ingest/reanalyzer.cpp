// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanalyzer.h"

#include "analysis/analyzer.h"
#include "analysis/gazetteer.h"
#include "analysis/languageprofile.h"
#include "storage/actorstore.h"
#include "storage/annotationstore.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrentMap>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

struct StoryText {
    qint64 id = 0;
    QString text;
    QString language;
};

struct AnalysedStory {
    qint64 id = 0;
    QString text;
    Analysis analysis;
};

/// The texts of a batch of stories, read in the thread that owns the connection.
Result<QList<StoryText>> readTexts(const QSqlDatabase &db, const QList<qint64> &ids)
{
    using R = Result<QList<StoryText>>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT id, text, language FROM article WHERE id = :id"_s)) {
        return R::failure(query.lastError().text());
    }
    QList<StoryText> texts;
    texts.reserve(ids.size());
    for (qint64 id : ids) {
        query.bindValue(u":id"_s, id);
        if (!query.exec()) {
            return R::failure(query.lastError().text());
        }
        // A story removed since the list was made is simply not there any more.
        if (query.next()) {
            texts.append({ id, query.value(1).toString(), query.value(2).toString() });
        }
        query.finish();
    }
    return texts;
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return Status::failure(query.lastError().text());
    }
    return {};
}

} // namespace

Reanalyzer::Reanalyzer(QString libraryPath, QList<qint64> articleIds, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_articleIds(std::move(articleIds))
{
}

Reanalyzer::~Reanalyzer() = default;

Result<Gazetteer> Reanalyzer::libraryGazetteer(const ActorStore &actors)
{
    auto taught = actors.libraryGazetteer();
    if (!taught) {
        return Result<Gazetteer>::failure(taught.error());
    }
    Gazetteer gazetteer = Gazetteer::shipped();
    for (const Actor &actor : taught.value().actors) {
        gazetteer.addActor(actor);
    }
    for (const Alias &alias : taught.value().aliases) {
        gazetteer.addAlias(alias);
    }
    for (const Suppression &suppression : taught.value().suppressions) {
        gazetteer.suppress(suppression.actorKey, suppression.text);
    }
    return gazetteer;
}

Status Reanalyzer::storeAnalysis(qint64 articleId, const QString &text, const Analysis &analysis, ActorStore &actors,
    AnnotationStore &annotations, const Gazetteer *gazetteer)
{
    const QSqlDatabase db = annotations.database();
    // A savepoint: a story whose annotations fail leaves none half-written in the batch, and the
    // story itself stays.
    if (auto begin = exec(db, u"SAVEPOINT analysis"_s); !begin) {
        return begin;
    }
    const auto undo = [&db, &actors](const Status &why) {
        actors.forgetCachedIds();
        static_cast<void>(exec(db, u"ROLLBACK TO analysis"_s));
        static_cast<void>(exec(db, u"RELEASE analysis"_s));
        return why;
    };
    if (auto stored = annotations.replaceSuggestions(articleId, text, analysis.mentions, analysis.quotes, actors);
        !stored) {
        return undo(stored);
    }
    for (const AcronymDefinition &definition : analysis.acronyms) {
        AcronymOffer offer;
        offer.articleId = articleId;
        offer.acronym = definition.acronym;
        offer.expansion = definition.expansion;
        offer.language = analysis.language;
        if (!definition.actorKey.isEmpty()) {
            if (gazetteer != nullptr) {
                const QList<Alias> known = gazetteer->aliasesOf(definition.actorKey);
                const bool isKnown = std::any_of(
                    known.cbegin(), known.cend(), [&](const Alias &alias) { return alias.text == definition.acronym; });
                if (isKnown) {
                    continue;
                }
            }
            auto actor = actors.actorByKey(definition.actorKey);
            if (!actor) {
                return undo(Status::failure(actor.error()));
            }
            if (actor.value()) {
                offer.actorId = actor.value()->id;
            } else if (gazetteer != nullptr && gazetteer->actorByKey(definition.actorKey) != nullptr) {
                auto id = actors.ensure(*gazetteer->actorByKey(definition.actorKey));
                if (!id) {
                    return undo(Status::failure(id.error()));
                }
                offer.actorId = id.value();
            }
        }
        if (auto offered = actors.offerAcronym(offer); !offered) {
            return undo(offered);
        }
    }
    return exec(db, u"RELEASE analysis"_s);
}

ReanalysisReport Reanalyzer::run()
{
    ReanalysisReport report;
    Result<std::unique_ptr<Library>> library = Library::open(m_libraryPath, Library::OpenMode::OpenExisting);
    if (!library) {
        report.fatalError = library.error();
        return report;
    }
    const QSqlDatabase db = library.value()->database();
    ActorStore actors(db);
    AnnotationStore annotations(db);

    QList<qint64> ids = m_articleIds;
    if (ids.isEmpty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT id FROM article ORDER BY id"_s)) {
            report.fatalError = tr("The library's stories could not be listed: %1").arg(query.lastError().text());
            return report;
        }
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }

    // Built once per run: the shipped gazetteer and what the reader taught the library so far.
    auto gazetteer = libraryGazetteer(actors);
    if (!gazetteer) {
        report.fatalError = gazetteer.error();
        return report;
    }
    const LanguageProfiles languages;
    const Analyzer analyzer(gazetteer.value(), languages);
    const std::function<AnalysedStory(const StoryText &)> analyse = [&analyzer](const StoryText &story) {
        return AnalysedStory { story.id, story.text, analyzer.analyze(story.text, story.language) };
    };

    const int total = int(ids.size());
    const qsizetype batchSize = qMax(1, m_batchSize);
    QList<QList<qint64>> batches;
    for (qsizetype i = 0; i < ids.size(); i += batchSize) {
        batches.append(ids.mid(i, batchSize));
    }
    // Batch n+1 is analysed on the thread pool while batch n is written, as in the Importer.
    QFuture<AnalysedStory> pending;
    const auto start = [&](qsizetype b) -> bool {
        if (b >= batches.size()) {
            pending = QFuture<AnalysedStory>();
            return true;
        }
        auto texts = readTexts(db, batches.at(b));
        if (!texts) {
            report.fatalError = tr("The stories could not be read: %1").arg(texts.error());
            return false;
        }
        pending = QtConcurrent::mapped(std::move(texts).value(), analyse);
        return true;
    };
    const auto stopPending = [&pending] {
        pending.cancel();
        pending.waitForFinished();
    };
    if (!start(0)) {
        return report;
    }

    int done = 0;
    for (qsizetype b = 0; b < batches.size() && !report.cancelled; ++b) {
        pending.waitForFinished();
        const QList<AnalysedStory> analysed = pending.results();
        if (!start(b + 1)) {
            return report;
        }
        Transaction transaction(db);
        if (!transaction.status()) {
            report.fatalError = tr("Could not write to the library: %1").arg(transaction.status().error());
            stopPending();
            return report;
        }
        QList<qint64> changed;
        int mentions = 0;
        int quotes = 0;
        for (const AnalysedStory &story : analysed) {
            if (m_cancelled.load()) {
                report.cancelled = true; // what this batch holds so far is still committed below
                break;
            }
            if (auto stored =
                    storeAnalysis(story.id, story.text, story.analysis, actors, annotations, &gazetteer.value());
                !stored) {
                report.fatalError =
                    tr("The actors and quotations of a story could not be stored: %1").arg(stored.error());
                stopPending();
                return report;
            }
            changed.append(story.id);
            mentions += int(story.analysis.mentions.size());
            quotes += int(story.analysis.quotes.size());
            ++done;
            Q_EMIT progress(done, total);
        }
        if (auto committed = transaction.commit(); !committed) {
            report.fatalError = tr("Could not save the new analysis in the library: %1").arg(committed.error());
            stopPending();
            return report;
        }
        report.analysed += int(changed.size());
        report.mentions += mentions;
        report.quotes += quotes;
        if (!changed.isEmpty()) {
            Q_EMIT batchCommitted(changed);
        }
    }
    if (m_cancelled.load() && report.analysed < total) {
        report.cancelled = true;
    }
    stopPending();
    return report;
}

} // namespace Dateline
