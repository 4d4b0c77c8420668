// SPDX-License-Identifier: GPL-3.0-or-later
// ActorQuotesModel under QAbstractItemModelTester: every quotation by an actor across the
// library, newest story first, fetched in keyset pages.

#include "libraryfixture.h"

#include "itemmodels/actorquotesmodel.h"
#include "storage/actorstore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

class ActorQuotesModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_kabulov = 0;
    qint64 m_other = 0;
    static constexpr int storyCount = 23;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        const QSqlDatabase db = m_library->database();
        // One story a day, every third without an outlet; each quotes Kabulov, every fourth
        // also quotes someone else.
        QList<Article> articles;
        for (int i = 0; i < storyCount; ++i) {
            articles.append(makeArticle(u"Story %1"_s.arg(i, 2, 10, QChar(u'0')),
                u"“Words number %1,” said Kabulov. “Other words,” said Lavrov."_s.arg(i, 2, 10, QChar(u'0')),
                i % 3 == 0 ? QString() : u"Reuters"_s, u"en"_s, QDate(2025, 1, 1).addDays(i)));
        }
        QString error;
        const QList<qint64> ids = insertAll(db, articles, &error);
        QVERIFY2(ids.size() == storyCount, qPrintable(error));
        Actor kabulov;
        kabulov.key = u"person:zamir-kabulov"_s;
        kabulov.name = u"Zamir Kabulov"_s;
        kabulov.kind = Actor::Kind::Person;
        Actor lavrov;
        lavrov.key = u"person:sergey-lavrov"_s;
        lavrov.name = u"Sergey Lavrov"_s;
        lavrov.kind = Actor::Kind::Person;
        Actor tass;
        tass.key = u"news_agency:tass"_s;
        tass.name = u"TASS"_s;
        tass.kind = Actor::Kind::NewsAgency;
        ActorStore actors(db);
        AnnotationStore annotations(db);
        Transaction transaction(db);
        for (int i = 0; i < storyCount; ++i) {
            const QString &text = articles.at(i).text;
            Quote quote;
            quote.start = 1;
            quote.end = 16;
            quote.speaker = kabulov;
            quote.via = { tass };
            QList<Quote> quotes { quote };
            if (i % 4 == 0) {
                Quote other;
                other.start = text.indexOf(u"Other");
                other.end = other.start + 11;
                other.speaker = lavrov;
                quotes.append(other);
            }
            QVERIFY(annotations.replaceSuggestions(ids.at(i), text, {}, quotes, actors).ok());
        }
        QVERIFY(transaction.commit().ok());
        m_kabulov = actors.ensure(kabulov).value();
        m_other = actors.ensure(lavrov).value();
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void pagesBringEveryQuotationOnce_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("one page holds all") << 100;
        QTest::newRow("last page partly filled") << 5;
        QTest::newRow("last page exactly filled") << 23;
        QTest::newRow("one row per page") << 1;
    }

    void pagesBringEveryQuotationOnce()
    {
        QFETCH(int, pageSize);
        ActorQuotesModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(pageSize);
        model.setActor(m_kabulov);
        QCOMPARE(model.rowCount(), std::min(pageSize, int(storyCount)));
        int fetches = 0;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(++fetches <= storyCount + 1);
        }
        QCOMPARE(model.rowCount(), int(storyCount));
        QVERIFY(model.lastError().isEmpty());
        // Newest story first, each once.
        for (int row = 0; row < storyCount; ++row) {
            const int story = storyCount - 1 - row;
            QCOMPARE(model.index(row, ActorQuotesModel::TitleColumn).data().toString(),
                u"Story %1"_s.arg(story, 2, 10, QChar(u'0')));
            QCOMPARE(model.index(row, ActorQuotesModel::TextColumn).data().toString(),
                u"Words number %1"_s.arg(story, 2, 10, QChar(u'0')));
            QCOMPARE(
                model.index(row, 0).data(ActorQuotesModel::PublishedRole).toDate(), QDate(2025, 1, 1).addDays(story));
            QCOMPARE(model.index(row, ActorQuotesModel::OutletColumn).data().toString(),
                story % 3 == 0 ? QString() : u"Reuters"_s);
        }
    }

    void rolesPointIntoTheStory()
    {
        ActorQuotesModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActor(m_other);
        QCOMPARE(model.rowCount(), 6); // stories 0, 4, 8, 12, 16, 20
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(index.data().toString(), u"Other words"_s);
        const qint64 articleId = index.data(ActorQuotesModel::ArticleIdRole).toLongLong();
        const QString text =
            scalar(m_library->database(), u"SELECT text FROM article WHERE id = %1"_s.arg(articleId)).toString();
        const qsizetype start = index.data(ActorQuotesModel::StartRole).toLongLong();
        const qsizetype end = index.data(ActorQuotesModel::EndRole).toLongLong();
        QCOMPARE(text.mid(start, end - start), u"Other words"_s);
        QCOMPARE(index.data(ActorQuotesModel::TypeRole).toString(), u"direct"_s);
        QVERIFY(index.data(ActorQuotesModel::QuoteIdRole).toLongLong() != 0);
        QCOMPARE(model.quoteAt(0).articleTitle, u"Story 20"_s);
        QVERIFY(model.index(0, ActorQuotesModel::ChainColumn).data().toString().isEmpty());
        model.setActor(m_kabulov);
        QVERIFY(model.index(0, ActorQuotesModel::ChainColumn).data().toString().contains(u"TASS"_s));
    }

    void rejectedQuotationsAreLeftOut()
    {
        AnnotationStore annotations(m_library->database());
        ActorQuotesModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActor(m_other);
        QVERIFY(annotations.rejectQuote(model.quoteAt(0).quote.id).ok());
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.quoteAt(0).articleTitle, u"Story 16"_s);
        model.setActor(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(ActorQuotesModelTest)
#include "tst_actorquotesmodel.moc"
