// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleQuotesModel under QAbstractItemModelTester: a story's quotations with speaker, cue,
// relay chain, type, state and offsets.

#include "libraryfixture.h"

#include "itemmodels/articlequotesmodel.h"
#include "storage/actorstore.h"
#include "storage/annotationstore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

const QString storyText = u"“Kami akan membantu,” kata Kabulov kepada RIA seperti melansir Reuters. "
                          "Ia menyebut Taliban “sekutu” Rusia. Pejabat itu mengatakan bahwa ISKP musuh bersama."_s;

Actor keyed(const QString &key, const QString &name, Actor::Kind kind)
{
    Actor actor;
    actor.key = key;
    actor.name = name;
    actor.kind = kind;
    return actor;
}

Quote quoteOf(
    const QString &words, Quote::Type type, const Actor &speaker, const QString &cue = {}, const QList<Actor> &via = {})
{
    Quote quote;
    quote.start = storyText.indexOf(words);
    quote.end = quote.start + words.size();
    quote.type = type;
    quote.speaker = speaker;
    if (!cue.isEmpty()) {
        quote.cueStart = storyText.indexOf(cue);
        quote.cueEnd = quote.cueStart + cue.size();
    }
    quote.via = via;
    return quote;
}

} // namespace

class ArticleQuotesModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_article = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        const QSqlDatabase db = m_library->database();
        QString error;
        const auto ids = insertAll(db, { makeArticle(u"Story"_s, storyText, u"Arrahmah.id"_s, u"id"_s) }, &error);
        QVERIFY2(!ids.isEmpty(), qPrintable(error));
        m_article = ids.constFirst();
        const Actor kabulov = keyed(u"person:zamir-kabulov"_s, u"Zamir Kabulov"_s, Actor::Kind::Person);
        const QList<Quote> quotes = {
            quoteOf(u"Kami akan membantu"_s, Quote::Type::Direct, kabulov,
                u"kata Kabulov kepada RIA seperti melansir Reuters"_s,
                { keyed(u"news_agency:ria-novosti"_s, u"RIA Novosti"_s, Actor::Kind::NewsAgency),
                    keyed(u"news_agency:reuters"_s, u"Reuters"_s, Actor::Kind::NewsAgency) }),
            quoteOf(u"sekutu"_s, Quote::Type::Partial, kabulov, u"Ia menyebut"_s),
            quoteOf(u"ISKP musuh bersama"_s, Quote::Type::Indirect, Actor()),
        };
        ActorStore actors(db);
        Transaction transaction(db);
        QVERIFY(AnnotationStore(db).replaceSuggestions(m_article, storyText, {}, quotes, actors).ok());
        QVERIFY(transaction.commit().ok());
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void rowsOfTheStory_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("cue");
        QTest::addColumn<QStringList>("via");
        QTest::addColumn<QString>("type");
        QTest::newRow("direct with relay chain") << 0 << u"Kami akan membantu"_s << u"Zamir Kabulov"_s
                                                 << u"kata Kabulov kepada RIA seperti melansir Reuters"_s
                                                 << QStringList { u"RIA Novosti"_s, u"Reuters"_s } << u"direct"_s;
        QTest::newRow("partial with pronoun cue")
            << 1 << u"sekutu"_s << u"Zamir Kabulov"_s << u"Ia menyebut"_s << QStringList {} << u"partial"_s;
        QTest::newRow("indirect without speaker")
            << 2 << u"ISKP musuh bersama"_s << QString() << QString() << QStringList {} << u"indirect"_s;
    }

    void rowsOfTheStory()
    {
        QFETCH(int, row);
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        QFETCH(QString, cue);
        QFETCH(QStringList, via);
        QFETCH(QString, type);
        ArticleQuotesModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex index = model.index(row, ArticleQuotesModel::TextColumn);
        QCOMPARE(index.data().toString(), text);
        const qsizetype start = index.data(ArticleQuotesModel::StartRole).toLongLong();
        const qsizetype end = index.data(ArticleQuotesModel::EndRole).toLongLong();
        QCOMPARE(storyText.mid(start, end - start), text);
        QCOMPARE(model.rowAtOffset(start), row);
        QCOMPARE(index.data(ArticleQuotesModel::SpeakerNameRole).toString(), speaker);
        QCOMPARE(model.index(row, ArticleQuotesModel::SpeakerColumn).data().toString(),
            speaker.isEmpty() ? ArticleQuotesModel::tr("(unknown)") : speaker);
        QCOMPARE(model.index(row, ArticleQuotesModel::CueColumn).data().toString(), cue);
        if (!cue.isEmpty()) {
            const qsizetype cueStart = index.data(ArticleQuotesModel::CueStartRole).toLongLong();
            const qsizetype cueEnd = index.data(ArticleQuotesModel::CueEndRole).toLongLong();
            QCOMPARE(storyText.mid(cueStart, cueEnd - cueStart), cue);
        } else {
            QCOMPARE(index.data(ArticleQuotesModel::CueStartRole).toLongLong(), -1);
        }
        QCOMPARE(index.data(ArticleQuotesModel::ViaRole).toStringList(), via);
        QCOMPARE(model.index(row, ArticleQuotesModel::ChainColumn).data().toString().isEmpty(), via.isEmpty());
        for (const QString &name : via) {
            QVERIFY(model.index(row, ArticleQuotesModel::ChainColumn).data().toString().contains(name));
        }
        QCOMPARE(index.data(ArticleQuotesModel::TypeRole).toString(), type);
        QCOMPARE(index.data(ArticleQuotesModel::StateRole).toString(), u"suggested"_s);
        QCOMPARE(index.data(ArticleQuotesModel::OriginRole).toString(), u"rule"_s);
        const qint64 id = index.data(ArticleQuotesModel::QuoteIdRole).toLongLong();
        QCOMPARE(model.rowOfQuote(id), row);
        QCOMPARE(model.quoteAt(row).id, id);
    }

    void chainReadsInOrder()
    {
        ArticleQuotesModel model(m_library->database());
        model.setArticle(m_article);
        const QString chain = model.index(0, ArticleQuotesModel::ChainColumn).data().toString();
        QVERIFY(chain.indexOf(u"RIA Novosti"_s) < chain.indexOf(u"Reuters"_s));
        QCOMPARE(ArticleQuotesModel::chainText(Quote()), QString());
    }

    void reloadShowsDecisions()
    {
        ArticleQuotesModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        AnnotationStore annotations(m_library->database());
        QVERIFY(annotations.rejectQuote(model.quoteAt(1).id).ok());
        QVERIFY(annotations.reassignQuote(model.quoteAt(2).id, model.quoteAt(0).speaker.id).ok());
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data(ArticleQuotesModel::StateRole).toString(), u"rejected"_s);
        QCOMPARE(model.index(1, ArticleQuotesModel::StateColumn).data().toString(),
            ArticleQuotesModel::stateLabel(AnnotationState::Rejected));
        QCOMPARE(model.index(2, ArticleQuotesModel::SpeakerColumn).data().toString(), u"Zamir Kabulov"_s);
        QCOMPARE(model.index(2, 0).data(ArticleQuotesModel::StateRole).toString(), u"confirmed"_s);
        QCOMPARE(model.rowAtOffset(0), -1);
        QCOMPARE(model.rowOfQuote(4242), -1);
        model.setArticle(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(ArticleQuotesModelTest)
#include "tst_articlequotesmodel.moc"
