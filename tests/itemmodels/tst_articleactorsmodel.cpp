// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleActorsModel under QAbstractItemModelTester: a story's actors with counts, kinds and
// forms, most mentioned first; a rejected mention stops counting after reload().

#include "libraryfixture.h"

#include "itemmodels/articleactorsmodel.h"
#include "storage/annotationstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

const QString storyText = u"Taliban dan IIA. Rusia bantu Taliban. Kata Kabulov kepada RIA."_s;

Mention mention(const QString &key, const QString &name, Actor::Kind kind, const QString &form, int occurrence = 0)
{
    Mention m;
    m.actor.key = key;
    m.actor.name = name;
    m.actor.kind = kind;
    m.start = -1;
    for (int i = 0; i <= occurrence; ++i) {
        m.start = storyText.indexOf(form, m.start + 1);
    }
    m.end = m.start + form.size();
    return m;
}

} // namespace

class ArticleActorsModelTest : public QObject
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
        const QString taliban = u"armed_group:taliban"_s;
        const QList<Mention> mentions = {
            mention(taliban, u"Taliban"_s, Actor::Kind::ArmedGroup, u"Taliban"_s),
            mention(taliban, u"Taliban"_s, Actor::Kind::ArmedGroup, u"IIA"_s),
            mention(u"state:RU"_s, u"Russia"_s, Actor::Kind::State, u"Rusia"_s),
            mention(taliban, u"Taliban"_s, Actor::Kind::ArmedGroup, u"Taliban"_s, 1),
            mention(u"person:zamir-kabulov"_s, u"Zamir Kabulov"_s, Actor::Kind::Person, u"Kabulov"_s),
        };
        Quote quote;
        quote.start = 17;
        quote.end = 37;
        quote.speaker = mentions.at(4).actor;
        Actor ria;
        ria.key = u"news_agency:ria-novosti"_s;
        ria.name = u"RIA Novosti"_s;
        ria.kind = Actor::Kind::NewsAgency;
        quote.via = { ria };
        ActorStore actors(db);
        Transaction transaction(db);
        QVERIFY(AnnotationStore(db).replaceSuggestions(m_article, storyText, mentions, { quote }, actors).ok());
        QVERIFY(transaction.commit().ok());
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void emptyWithoutArticle()
    {
        ArticleActorsModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ArticleActorsModel::ColumnCount));
        QCOMPARE(model.articleId(), 0);
        QVERIFY(!model.index(0, 0).data().isValid());
    }

    void rowsOfTheStory_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("mentions");
        QTest::addColumn<int>("quotes");
        QTest::addColumn<QStringList>("forms");
        QTest::newRow("most mentioned first, with every form")
            << 0 << u"Taliban"_s << u"armed_group"_s << 3 << 0 << QStringList { u"Taliban"_s, u"IIA"_s };
        QTest::newRow("speaker counts its quotation")
            << 1 << u"Zamir Kabulov"_s << u"person"_s << 1 << 1 << QStringList { u"Kabulov"_s };
        QTest::newRow("then by name") << 2 << u"Russia"_s << u"state"_s << 1 << 0 << QStringList { u"Rusia"_s };
        QTest::newRow("a relay named in no mention")
            << 3 << u"RIA Novosti"_s << u"news_agency"_s << 0 << 1 << QStringList {};
    }

    void rowsOfTheStory()
    {
        QFETCH(int, row);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(int, mentions);
        QFETCH(int, quotes);
        QFETCH(QStringList, forms);
        ArticleActorsModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(row, ArticleActorsModel::NameColumn).data().toString(), name);
        QCOMPARE(model.index(row, ArticleActorsModel::KindColumn).data(ArticleActorsModel::KindRole).toString(), kind);
        QCOMPARE(model.index(row, ArticleActorsModel::KindColumn).data().toString(),
            ArticleActorsModel::kindLabel(actorKindFromName(kind)));
        QCOMPARE(model.index(row, ArticleActorsModel::MentionsColumn).data().toInt(), mentions);
        QCOMPARE(model.index(row, ArticleActorsModel::QuotesColumn).data().toInt(), quotes);
        QCOMPARE(model.index(row, 0).data(ArticleActorsModel::FormsRole).toStringList(), forms);
        const qint64 id = model.index(row, 0).data(ArticleActorsModel::ActorIdRole).toLongLong();
        QVERIFY(id != 0);
        QCOMPARE(model.rowOfActor(id), row);
        QCOMPARE(model.actorAt(row).actor.name, name);
        QVERIFY(model.index(row, 0).data(ArticleActorsModel::ActorKeyRole).toString().contains(u':'));
    }

    void rejectedMentionsStopCounting()
    {
        ArticleActorsModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        AnnotationStore annotations(m_library->database());
        const QList<Mention> mentions = annotations.mentions(m_article).value();
        QVERIFY(annotations.rejectMention(mentions.at(0).id).ok());
        QVERIFY(annotations.rejectMention(mentions.at(3).id).ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(reset.size(), 1);
        const int row = model.rowOfActor(mentions.at(0).actor.id);
        QCOMPARE(model.index(row, ArticleActorsModel::MentionsColumn).data().toInt(), 1);
        QCOMPARE(model.index(row, 0).data(ArticleActorsModel::FormsRole).toStringList(), QStringList { u"IIA"_s });
        QCOMPARE(model.rowOfActor(4242), -1);
        model.setArticle(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void headersAreNamed()
    {
        ArticleActorsModel model(m_library->database());
        for (int column = 0; column < ArticleActorsModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        }
    }
};

QTEST_MAIN(ArticleActorsModelTest)
#include "tst_articleactorsmodel.moc"
