// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis on import and "Re-analyse": the Analyzer's results stored as suggestions, the reader's
// decisions kept when the analysis runs again and fed back through the library's gazetteer,
// one story or all, progress and cancel.

#include "analysis/analyzer.h"
#include "analysis/gazetteer.h"
#include "analysis/languageprofile.h"
#include "ingest/importer.h"
#include "ingest/reanalyzer.h"
#include "storage/actorstore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Qt::StringLiterals;

namespace
{

const QString seedName = u"arrahmah-2025-05-02-russia-iskp.txt"_s;

QString seedPath()
{
    return QStringLiteral(DATELINE_TEST_DATA) + u'/' + seedName;
}

QList<Mention> suggested(const QList<Mention> &mentions)
{
    QList<Mention> result;
    for (const Mention &mention : mentions) {
        if (mention.state == AnnotationState::Suggested) {
            result.append(mention);
        }
    }
    return result;
}

} // namespace

class ReanalyzerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    QSqlDatabase db(Library &library) const { return library.database(); }

    std::unique_ptr<Library> open()
    {
        auto library = Library::open(m_path);
        return library ? std::move(library).value() : nullptr;
    }

    /// Imports the seed story (analysed on import unless `analyse` is false); its id.
    qint64 importSeed(bool analyse = true)
    {
        const QString copy = m_dir->filePath(seedName);
        if (!QFile::exists(copy) && !QFile::copy(seedPath(), copy)) {
            return 0;
        }
        Importer importer(m_path, { copy });
        importer.setAnalysisEnabled(analyse);
        const ImportReport report = importer.run();
        if (!report.fatalError.isEmpty() || report.importedIds.size() != 1) {
            qWarning("%s", qPrintable(report.fatalError));
            return 0;
        }
        return report.importedIds.constFirst();
    }

    /// Stories stored without analysis (as an older Dateline would have left them).
    QList<qint64> addStories(Library &library, const QStringList &texts)
    {
        ArticleStore store(db(library));
        Transaction transaction(db(library));
        QList<qint64> ids;
        for (const QString &text : texts) {
            Article article;
            article.title = text.left(20);
            article.text = text;
            article.language = u"id"_s;
            article.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
            auto id = store.insert(article);
            if (!id) {
                return {};
            }
            ids.append(id.value());
        }
        return transaction.commit() ? ids : QList<qint64>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(seedPath()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"library.dateline"_s);
        QVERIFY(open());
    }

    void cleanup() { m_dir.reset(); }

    void importStoresTheAnalysisAsSuggestions()
    {
        const qint64 id = importSeed();
        QVERIFY(id != 0);
        auto library = open();
        AnnotationStore annotations(db(*library));
        const QList<Mention> mentions = annotations.mentions(id).value();
        const QList<Quote> quotes = annotations.quotes(id).value();

        // What the Analyzer finds in the stored text is what the import stored.
        const Article article = ArticleStore(db(*library)).article(id).value();
        const Gazetteer gazetteer = Reanalyzer::libraryGazetteer(ActorStore(db(*library))).value();
        const LanguageProfiles languages;
        const Analysis analysis = Analyzer(gazetteer, languages).analyze(article.text, article.language);
        QVERIFY(!analysis.mentions.isEmpty());
        QVERIFY(!analysis.quotes.isEmpty());
        QCOMPARE(mentions.size(), analysis.mentions.size());
        QCOMPARE(quotes.size(), analysis.quotes.size());
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            QCOMPARE(mentions.at(i).start, analysis.mentions.at(i).start);
            QCOMPARE(mentions.at(i).end, analysis.mentions.at(i).end);
            QCOMPARE(mentions.at(i).actor.name, analysis.mentions.at(i).actor.name);
            QCOMPARE(mentions.at(i).state, AnnotationState::Suggested);
            QCOMPARE(
                mentions.at(i).text, article.text.mid(mentions.at(i).start, mentions.at(i).end - mentions.at(i).start));
        }
        for (qsizetype i = 0; i < quotes.size(); ++i) {
            QCOMPARE(quotes.at(i).start, analysis.quotes.at(i).start);
            QCOMPARE(quotes.at(i).speaker.name, analysis.quotes.at(i).speaker.name);
            QCOMPARE(quotes.at(i).via.size(), analysis.quotes.at(i).via.size());
            QCOMPARE(quotes.at(i).state, AnnotationState::Suggested);
        }
    }

    void importWithoutAnalysisStoresNoAnnotations()
    {
        const qint64 id = importSeed(false);
        QVERIFY(id != 0);
        auto library = open();
        QVERIFY(AnnotationStore(db(*library)).mentions(id).value().isEmpty());
        QVERIFY(AnnotationStore(db(*library)).quotes(id).value().isEmpty());
    }

    void reanalysisKeepsDecisionsAndLearnsFromThem()
    {
        const qint64 id = importSeed();
        QVERIFY(id != 0);
        qint64 rejectedActor = 0;
        QString rejectedText;
        qint64 confirmedId = 0;
        qint64 quoteId = 0;
        qint64 newSpeaker = 0;
        {
            auto library = open();
            AnnotationStore annotations(db(*library));
            const QList<Mention> mentions = annotations.mentions(id).value();
            QVERIFY(mentions.size() >= 3);
            // Reject the text that occurs most often for one actor: each of its other suggestions
            // must go too, through the library gazetteer's suppression.
            QHash<std::pair<qint64, QString>, int> uses;
            for (const Mention &mention : mentions) {
                ++uses[{ mention.actor.id, mention.text }];
            }
            auto most = uses.cbegin();
            for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
                if (it.value() > most.value()) {
                    most = it;
                }
            }
            QVERIFY2(most.value() >= 2, "the seed story names some actor twice by the same form");
            rejectedActor = most.key().first;
            rejectedText = most.key().second;
            for (const Mention &mention : mentions) {
                if (mention.actor.id == rejectedActor && mention.text == rejectedText) {
                    QVERIFY(annotations.rejectMention(mention.id).ok());
                    break;
                }
            }
            for (const Mention &mention : mentions) {
                if (mention.actor.id != rejectedActor) {
                    confirmedId = mention.id;
                    QVERIFY(annotations.confirmMention(mention.id).ok());
                    break;
                }
            }
            const Quote quote = annotations.quotes(id).value().constFirst();
            quoteId = quote.id;
            Actor speaker;
            speaker.name = u"Juru bicara"_s;
            speaker.kind = Actor::Kind::Person;
            newSpeaker = ActorStore(db(*library)).addActor(speaker).value().id;
            QVERIFY(annotations.reassignQuote(quoteId, newSpeaker).ok());
        }

        Reanalyzer reanalyzer(m_path, { id });
        QList<int> progress;
        connect(&reanalyzer, &Reanalyzer::progress, this, [&](int done, int total) {
            progress.append(done);
            QCOMPARE(total, 1);
        });
        const ReanalysisReport report = reanalyzer.run();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.analysed, 1);
        QCOMPARE(progress, QList<int> { 1 });

        auto library = open();
        AnnotationStore annotations(db(*library));
        const QList<Mention> after = annotations.mentions(id).value();
        int rejected = 0;
        for (const Mention &mention : after) {
            if (mention.actor.id == rejectedActor && mention.text == rejectedText) {
                QCOMPARE(mention.state, AnnotationState::Rejected);
                ++rejected;
            }
        }
        QCOMPARE(rejected, 1);
        QCOMPARE(annotations.mention(confirmedId).value().state, AnnotationState::Confirmed);
        QVERIFY(!suggested(after).isEmpty());
        const Quote quote = annotations.quote(quoteId).value();
        QCOMPARE(quote.speaker.id, newSpeaker);
        QCOMPARE(quote.state, AnnotationState::Confirmed);
        // Nothing doubled: a second run changes nothing.
        const qsizetype quoteCount = annotations.quotes(id).value().size();
        QVERIFY(Reanalyzer(m_path, { id }).run().fatalError.isEmpty());
        QCOMPARE(annotations.mentions(id).value().size(), after.size());
        QCOMPARE(annotations.quotes(id).value().size(), quoteCount);
    }

    void oneStoryOrTheWholeLibrary()
    {
        auto library = open();
        const QStringList texts = { u"Presiden Rusia Vladimir Putin bertemu Taliban di Moskow."_s,
            u"“Kami siap,” kata Menteri Luar Negeri Rusia Sergei Lavrov kepada TASS."_s,
            u"Amerika Serikat dan Tiongkok berbicara di Jenewa."_s };
        const QList<qint64> ids = addStories(*library, texts);
        QCOMPARE(ids.size(), texts.size());
        AnnotationStore annotations(db(*library));

        const ReanalysisReport one = Reanalyzer(m_path, { ids.at(1) }).run();
        QVERIFY2(one.fatalError.isEmpty(), qPrintable(one.fatalError));
        QCOMPARE(one.analysed, 1);
        QVERIFY(annotations.mentions(ids.at(0)).value().isEmpty());
        QVERIFY(!annotations.mentions(ids.at(1)).value().isEmpty());
        QCOMPARE(annotations.quotes(ids.at(1)).value().size(), 1);
        QCOMPARE(one.quotes, 1);

        Reanalyzer all(m_path);
        all.setBatchSize(2);
        QList<qint64> committed;
        connect(&all, &Reanalyzer::batchCommitted, this, [&](const QList<qint64> &batch) { committed.append(batch); });
        const ReanalysisReport report = all.run();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.analysed, 3);
        QVERIFY(!report.cancelled);
        QCOMPARE(committed, ids);
        for (qint64 id : ids) {
            QVERIFY(!annotations.mentions(id).value().isEmpty());
        }
    }

    void cancelStopsAfterTheCurrentStory()
    {
        auto library = open();
        QStringList texts;
        for (int i = 0; i < 5; ++i) {
            texts.append(u"Cerita %1: Rusia dan Taliban bertemu di Moskow."_s.arg(i));
        }
        const QList<qint64> ids = addStories(*library, texts);
        QCOMPARE(ids.size(), 5);
        Reanalyzer reanalyzer(m_path);
        reanalyzer.setBatchSize(2);
        connect(&reanalyzer, &Reanalyzer::progress, this, [&](int done, int) {
            if (done == 1) {
                reanalyzer.cancel();
            }
        });
        const ReanalysisReport report = reanalyzer.run();
        QVERIFY(report.fatalError.isEmpty());
        QVERIFY(report.cancelled);
        QCOMPARE(report.analysed, 1);
        AnnotationStore annotations(db(*library));
        QVERIFY(!annotations.mentions(ids.at(0)).value().isEmpty());
        for (qsizetype i = 1; i < ids.size(); ++i) {
            QVERIFY(annotations.mentions(ids.at(i)).value().isEmpty());
        }
    }

    void acronymsOfAStoryAreOfferedUnlessKnown()
    {
        auto library = open();
        const QString text = u"Front Pembela Rakyat Merdeka (FPRM) menolak. FPRM menyebut Islamic State Khurasan "
                             "Province (ISKP) sebagai musuh."_s;
        const QList<qint64> ids = addStories(*library, { text });
        QCOMPARE(ids.size(), 1);
        QVERIFY(Reanalyzer(m_path, ids).run().fatalError.isEmpty());

        const Gazetteer gazetteer = Reanalyzer::libraryGazetteer(ActorStore(db(*library))).value();
        const LanguageProfiles languages;
        const Analysis analysis = Analyzer(gazetteer, languages).analyze(text, u"id"_s);
        QStringList expected;
        for (const AcronymDefinition &definition : analysis.acronyms) {
            const QList<Alias> known =
                definition.actorKey.isEmpty() ? QList<Alias>() : gazetteer.aliasesOf(definition.actorKey);
            if (std::none_of(known.cbegin(), known.cend(),
                    [&](const Alias &alias) { return alias.text == definition.acronym; })) {
                expected.append(definition.acronym);
            }
        }
        QStringList offered;
        const auto offers = ActorStore(db(*library)).acronymOffers(ids.constFirst());
        QVERIFY2(offers.ok(), qPrintable(offers.error()));
        for (const AcronymOffer &offer : offers.value()) {
            offered.append(offer.acronym);
        }
        expected.sort();
        offered.sort();
        QCOMPARE(offered, expected);
    }

    void missingLibraryIsFatal()
    {
        Reanalyzer reanalyzer(m_dir->filePath(u"missing.dateline"_s));
        const ReanalysisReport report = reanalyzer.run();
        QVERIFY(!report.fatalError.isEmpty());
        QCOMPARE(report.analysed, 0);
    }
};

QTEST_GUILESS_MAIN(ReanalyzerTest)
#include "tst_reanalyzer.moc"
