// SPDX-License-Identifier: GPL-3.0-or-later
// ActorNamesModel under QAbstractItemModelTester: the framing table of an actor, one row per
// outlet and one column per name its stories use.

#include "libraryfixture.h"

#include "itemmodels/actornamesmodel.h"
#include "storage/actorstore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

class ActorNamesModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_taliban = 0;

    /// Mentions of the Taliban at every occurrence of each form in the text.
    Status annotate(qint64 article, const QString &text, const QStringList &forms)
    {
        Actor taliban;
        taliban.key = u"armed_group:taliban"_s;
        taliban.name = u"Taliban"_s;
        taliban.kind = Actor::Kind::ArmedGroup;
        QList<Mention> mentions;
        for (const QString &form : forms) {
            for (qsizetype at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                Mention mention;
                mention.actor = taliban;
                mention.start = at;
                mention.end = at + form.size();
                mentions.append(mention);
            }
        }
        std::sort(
            mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
        const QSqlDatabase db = m_library->database();
        ActorStore actors(db);
        Transaction transaction(db);
        if (auto stored = AnnotationStore(db).replaceSuggestions(article, text, mentions, {}, actors); !stored) {
            return stored;
        }
        m_taliban = actors.ensure(taliban).value();
        return transaction.commit();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        const QList<Article> articles = {
            makeArticle(u"A"_s, u"Imarah Islam Afghanistan (IIA) menolak. IIA berkata."_s, u"Arrahmah.id"_s, u"id"_s),
            makeArticle(u"B"_s, u"The Taliban said. TALIBAN fighters."_s, u"Reuters"_s),
            makeArticle(u"C"_s, u"Taliban menolak; Imarah Islam Afghanistan."_s, u"KOMPAS.com"_s, u"id"_s),
            makeArticle(u"D"_s, u"Taliban in a note."_s),
        };
        QString error;
        const QList<qint64> ids = insertAll(m_library->database(), articles, &error);
        QVERIFY2(ids.size() == articles.size(), qPrintable(error));
        QVERIFY(annotate(ids.at(0), articles.at(0).text, { u"Imarah Islam Afghanistan"_s, u"IIA"_s }).ok());
        QVERIFY(annotate(ids.at(1), articles.at(1).text, { u"Taliban"_s, u"TALIBAN"_s }).ok());
        QVERIFY(annotate(ids.at(2), articles.at(2).text, { u"Taliban"_s, u"Imarah Islam Afghanistan"_s }).ok());
        QVERIFY(annotate(ids.at(3), articles.at(3).text, { u"Taliban"_s }).ok());
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void framingTable_data()
    {
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QList<int>>("counts"); // per name column: Taliban, IIA, Imarah Islam Afghanistan
        QTest::newRow("state media uses the movement's own names") << u"Arrahmah.id"_s << QList<int> { 0, 2, 1 };
        QTest::newRow("both names in one outlet") << u"KOMPAS.com"_s << QList<int> { 1, 0, 1 };
        QTest::newRow("case variants count as one name") << u"Reuters"_s << QList<int> { 2, 0, 0 };
        QTest::newRow("stories without outlet last") << ActorNamesModel::tr("(no outlet)") << QList<int> { 1, 0, 0 };
    }

    void framingTable()
    {
        QFETCH(QString, outlet);
        QFETCH(QList<int>, counts);
        ActorNamesModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActor(m_taliban);
        QVERIFY(model.lastError().isEmpty());
        // Most used name first; a tie goes by the name.
        QCOMPARE(model.names(), (QStringList { u"Taliban"_s, u"IIA"_s, u"Imarah Islam Afghanistan"_s }));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), ActorNamesModel::tr("Outlet"));
        for (int column = 1; column < model.columnCount(); ++column) {
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), model.names().at(column - 1));
        }
        int row = 0;
        while (row < model.rowCount() && model.index(row, 0).data().toString() != outlet) {
            ++row;
        }
        QVERIFY2(row < model.rowCount(), qPrintable(outlet));
        int total = 0;
        for (int column = 1; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            const int count = counts.at(column - 1);
            QCOMPARE(cell.data(ActorNamesModel::CountRole).toInt(), count);
            QCOMPARE(cell.data().isValid(), count != 0);
            QCOMPARE(cell.data(ActorNamesModel::NameRole).toString(), model.names().at(column - 1));
            total += count;
        }
        QCOMPARE(model.index(row, 0).data(ActorNamesModel::CountRole).toInt(), total);
        if (row == model.rowCount() - 1) {
            QCOMPARE(model.index(row, 0).data(ActorNamesModel::OutletIdRole).toLongLong(), 0);
        }
    }

    void rowsFollowOutletNames()
    {
        ActorNamesModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActor(m_taliban);
        QStringList outlets;
        for (int row = 0; row < model.rowCount(); ++row) {
            outlets.append(model.index(row, 0).data().toString());
        }
        QCOMPARE(outlets,
            (QStringList { u"Arrahmah.id"_s, u"KOMPAS.com"_s, u"Reuters"_s, ActorNamesModel::tr("(no outlet)") }));
        model.setActor(0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 1);
    }
};

QTEST_MAIN(ActorNamesModelTest)
#include "tst_actornamesmodel.moc"
