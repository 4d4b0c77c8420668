// SPDX-License-Identifier: GPL-3.0-or-later
// ThreadModel under QAbstractItemModelTester: the time line of a thread with each claim's
// relations read from its own end and its conflicting figures ("137 vs 145"), for threads built
// in memory (the store that builds them from a library has tests of its own).

#include "itemmodels/threadmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Dateline;
using namespace Qt::StringLiterals;

namespace
{

Claim claim(qint64 id, const QString &text, const QString &outlet, QDate published)
{
    Claim c;
    c.id = id;
    c.articleId = id * 10;
    c.anchor.start = id;
    c.anchor.end = id + text.size();
    c.anchor.exact = text;
    c.outlet = outlet;
    c.published = published;
    return c;
}

ClaimLink link(qint64 id, qint64 from, qint64 to, ClaimRelation relation)
{
    ClaimLink l;
    l.id = id;
    l.fromClaimId = from;
    l.toClaimId = to;
    l.relation = relation;
    return l;
}

FigureConflict conflict(const QList<std::pair<qint64, QStringList>> &values)
{
    FigureConflict c;
    for (const auto &[id, figures] : values) {
        c.claimIds << id;
        c.values.insert(id, figures);
    }
    return c;
}

/// The four reports of a death toll: 137 (Reuters), 139 (TASS), 144 (Kompas), 145 (Reuters).
QList<Claim> deathToll()
{
    return { claim(1, u"The death toll rose to 137"_s, u"Reuters"_s, QDate(2024, 3, 23)),
        claim(2, u"139 people died"_s, u"TASS"_s, QDate(2024, 3, 24)),
        claim(3, u"korban tewas 144 orang"_s, u"Kompas"_s, QDate(2024, 3, 25)),
        claim(4, u"The toll was revised to 145"_s, u"Reuters"_s, QDate(2024, 3, 27)) };
}

} // namespace

Q_DECLARE_METATYPE(Dateline::ClaimThread)

class ThreadModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeline_data()
    {
        QTest::addColumn<ClaimThread>("thread");
        QTest::addColumn<QStringList>("relations");
        QTest::addColumn<QStringList>("conflicts");

        ClaimThread pair;
        pair.claims = deathToll();
        pair.links = { link(10, 1, 4, ClaimRelation::Same), link(11, 2, 1, ClaimRelation::Supports),
            link(12, 3, 4, ClaimRelation::Elaborates) };
        pair.conflicts = { conflict({ { 1, { u"137"_s } }, { 4, { u"145"_s } } }) };
        QTest::newRow("two same claims with different figures conflict, the others do not")
            << pair
            << QStringList { u"same claim as #4 (Reuters); supported by #2 (TASS)"_s, u"supports #1 (Reuters)"_s,
                   u"elaborates #4 (Reuters)"_s, u"same claim as #1 (Reuters); elaborated by #3 (Kompas)"_s }
            << QStringList { u"137 vs 145"_s, QString(), QString(), u"145 vs 137"_s };

        ClaimThread chain;
        chain.claims = deathToll();
        chain.links = { link(10, 1, 2, ClaimRelation::Same), link(11, 2, 4, ClaimRelation::Same),
            link(12, 4, 3, ClaimRelation::Updates) };
        chain.conflicts = { conflict({ { 1, { u"137"_s } }, { 2, { u"139"_s } }, { 4, { u"145"_s } } }) };
        QTest::newRow("three same claims name every other figure")
            << chain
            << QStringList { u"same claim as #2 (TASS)"_s, u"same claim as #1 (Reuters); same claim as #4 (Reuters)"_s,
                   u"updated by #4 (Reuters)"_s, u"same claim as #2 (TASS); updates #3 (Kompas)"_s }
            << QStringList { u"137 vs 139, 145"_s, u"139 vs 137, 145"_s, QString(), u"145 vs 137, 139"_s };

        ClaimThread agree;
        agree.claims = { claim(1, u"137 dead"_s, u"Reuters"_s, QDate(2024, 3, 23)),
            claim(2, u"137 killed"_s, QString(), QDate()) };
        agree.links = { link(10, 2, 1, ClaimRelation::Same) };
        QTest::newRow("same figures, no conflict; a claim without outlet is named by its place")
            << agree << QStringList { u"same claim as #2"_s, u"same claim as #1 (Reuters)"_s }
            << QStringList { QString(), QString() };

        ClaimThread figures;
        figures.claims = { claim(1, u"137 dead, 40 missing"_s, u"Reuters"_s, QDate(2024, 3, 23)),
            claim(2, u"145 dead, 40 missing"_s, u"TASS"_s, QDate(2024, 3, 24)) };
        figures.links = { link(10, 1, 2, ClaimRelation::Contradicts) };
        figures.conflicts = { conflict({ { 1, { u"137"_s, u"40"_s } }, { 2, { u"145"_s, u"40"_s } } }) };
        QTest::newRow("a shared figure is not part of the disagreement")
            << figures << QStringList { u"contradicts #2 (TASS)"_s, u"contradicted by #1 (Reuters)"_s }
            << QStringList { u"137/40 vs 145"_s, u"145/40 vs 137"_s };
    }

    void timeline()
    {
        QFETCH(ClaimThread, thread);
        QFETCH(QStringList, relations);
        QFETCH(QStringList, conflicts);

        ThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThread(thread);
        QCOMPARE(model.rowCount(), int(thread.claims.size()));
        QCOMPARE(model.columnCount(), int(ThreadModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const Claim &claim = thread.claims.at(row);
            QCOMPARE(model.index(row, ThreadModel::TextColumn).data().toString(), claim.anchor.exact);
            QCOMPARE(model.index(row, ThreadModel::OutletColumn).data().toString(), claim.outlet);
            QCOMPARE(model.index(row, ThreadModel::RelationColumn).data().toString(), relations.at(row));
            QCOMPARE(model.index(row, ThreadModel::ConflictColumn).data().toString(), conflicts.at(row));
            QCOMPARE(model.index(row, 0).data(ThreadModel::InConflictRole).toBool(), !conflicts.at(row).isEmpty());
            QCOMPARE(model.index(row, 0).data(ThreadModel::ClaimIdRole).toLongLong(), claim.id);
            QCOMPARE(model.index(row, 0).data(ThreadModel::ArticleIdRole).toLongLong(), claim.articleId);
            QCOMPARE(model.index(row, 0).data(ThreadModel::PublishedRole).toDate(), claim.published);
            QCOMPARE(model.headerData(row, Qt::Vertical).toString(), u"#%1"_s.arg(row + 1));
        }
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ThreadModelTest)
#include "tst_threadmodel.moc"
