// SPDX-License-Identifier: GPL-3.0-or-later
// LinkCandidatesModel under QAbstractItemModelTester: suggestions for a claim, then search
// results replacing them, roles and columns, a failed search keeping the rows.

#include "linkfixture.h"

#include "itemmodels/linkcandidatesmodel.h"
#include "storage/library.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

class LinkCandidatesModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_claimId = 0;
    qint64 m_claimEn = 0;
    qint64 m_quote = 0;
    qint64 m_storyEn = 0;

    QSqlDatabase db() const { return m_library->database(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();

        LinkFixture f(db());
        const QString textId = u"KABUL (Arrahmah.id) — Zamir Kabulov mengatakan 137 orang tewas."_s;
        const QString textEn = u"MOSCOW (Reuters) - Zamir Kabulov said 137 people died. "
                               "\"We mourn the victims,\" Kabulov said."_s;
        const qint64 storyId = f.story(u"Serangan"_s, textId, u"Arrahmah.id"_s, u"id"_s, QDate(2025, 5, 2));
        m_storyEn = f.story(u"Attack"_s, textEn, u"Reuters"_s, u"en"_s, QDate(2025, 5, 3));
        const qint64 kabulov = f.actor(u"Zamir Kabulov"_s);
        f.mention(storyId, kabulov, u"Zamir Kabulov"_s);
        f.mention(m_storyEn, kabulov, u"Zamir Kabulov"_s);
        m_claimId = f.claim(storyId, u"Zamir Kabulov mengatakan 137 orang tewas"_s);
        m_claimEn = f.claim(m_storyEn, u"Zamir Kabulov said 137 people died"_s, kabulov);
        m_quote = f.quote(m_storyEn, u"We mourn the victims,"_s, kabulov);
        QVERIFY2(f.ok(), qPrintable(f.error()));
    }

    void suggestionsThenSearch()
    {
        LinkCandidatesModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(LinkCandidatesModel::ColumnCount));

        QVERIFY(model.suggest(m_claimId).ok());
        QCOMPARE(model.mode(), LinkCandidatesModel::Mode::Suggestions);
        QVERIFY(model.rowCount() >= 1);
        const QModelIndex first = model.index(0, LinkCandidatesModel::TextColumn);
        QCOMPARE(first.data(LinkCandidatesModel::IdRole).toLongLong(), m_claimEn);
        QCOMPARE(first.data(LinkCandidatesModel::KindRole).toString(), u"claim"_s);
        QCOMPARE(first.data().toString(), u"Zamir Kabulov said 137 people died"_s);
        QCOMPARE(first.data(LinkCandidatesModel::ArticleIdRole).toLongLong(), m_storyEn);
        QCOMPARE(first.data(LinkCandidatesModel::SharedActorsRole).toStringList(), QStringList{ u"Zamir Kabulov"_s });
        QCOMPARE(first.data(LinkCandidatesModel::SharedFiguresRole).toStringList(), QStringList{ u"137"_s });
        QCOMPARE(first.data(LinkCandidatesModel::PublishedRole).toDate(), QDate(2025, 5, 3));
        QCOMPARE(model.index(0, LinkCandidatesModel::SharedColumn).data().toString(), u"Zamir Kabulov, 137"_s);
        QCOMPARE(model.index(0, LinkCandidatesModel::OutletColumn).data().toString(), u"Reuters"_s);
        QCOMPARE(model.index(0, LinkCandidatesModel::SpeakerColumn).data().toString(), u"Zamir Kabulov"_s);
        QCOMPARE(model.index(0, LinkCandidatesModel::StoryColumn).data().toString(), u"Attack"_s);
        QVERIFY(model.index(0, LinkCandidatesModel::DateColumn).data().toString().contains(u"5"_s));
        QVERIFY(model.index(0, LinkCandidatesModel::TextColumn).data(Qt::ToolTipRole).toString().contains(u"Reuters"_s));

        QVERIFY(model.search(u"mourn vict"_s, ClaimSearchFilter()).ok());
        QCOMPARE(model.mode(), LinkCandidatesModel::Mode::Search);
        QCOMPARE(model.rowCount(), 1);
        const LinkCandidate quote = model.candidateAt(0);
        QCOMPARE(quote.kind, LinkCandidate::Kind::Quote);
        QCOMPARE(quote.id, m_quote);
        QCOMPARE(model.index(0, 0).data(LinkCandidatesModel::KindRole).toString(), u"quote"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"“We mourn the victims,”"_s);
        QCOMPARE(model.index(0, LinkCandidatesModel::KindColumn).data().toString(), u"Quotation"_s);
        QCOMPARE(model.index(0, 0).data(LinkCandidatesModel::EndRole).toLongLong()
                - model.index(0, 0).data(LinkCandidatesModel::StartRole).toLongLong(),
            qlonglong(quote.text.size()));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.candidateAt(0).id, 0); // out of range: an empty candidate
    }

    void failureKeepsRows()
    {
        LinkCandidatesModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.suggest(m_claimId).ok());
        const int rows = model.rowCount();
        QSignalSpy errors(&model, &LinkCandidatesModel::errorOccurred);
        QVERIFY(!model.suggest(424242).ok());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.rowCount(), rows);
    }

    void headersAndRoles()
    {
        LinkCandidatesModel model(db());
        for (int column = 0; column < LinkCandidatesModel::ColumnCount; ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        }
        const auto names = model.roleNames();
        QCOMPARE(names.value(LinkCandidatesModel::KindRole), QByteArray("kind"));
        QCOMPARE(names.value(LinkCandidatesModel::SharedFiguresRole), QByteArray("sharedFigures"));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }
};

QTEST_GUILESS_MAIN(LinkCandidatesModelTest)
#include "tst_linkcandidatesmodel.moc"
