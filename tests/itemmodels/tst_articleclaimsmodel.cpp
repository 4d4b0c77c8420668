// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleClaimsModel under QAbstractItemModelTester: a story's claims in text order with
// claimant, status, tags, link count and colour, for the annotation dock.

#include "libraryfixture.h"

#include "itemmodels/articleclaimsmodel.h"
#include "storage/actorstore.h"
#include "storage/claimlinkstore.h"
#include "storage/claimstore.h"
#include "storage/tagstore.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{
const QString storyText = u"Officials said 137 people died. The ministry later gave 145. Kabul denied it."_s;
} // namespace

class ArticleClaimsModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_articles;
    qint64 m_red = 0;
    qint64 m_plain = 0;
    qint64 m_speaker = 0;

    qint64 claimOn(qint64 article, const QString &words, const QList<qint64> &tags, qint64 claimant = 0,
        ClaimStatus status = ClaimStatus::Unverified)
    {
        ClaimStore claims(m_library->database());
        NewClaim claim;
        claim.articleId = article;
        claim.start = storyText.indexOf(words);
        claim.end = claim.start + words.size();
        claim.tagIds = tags;
        claim.claimantActorId = claimant;
        claim.status = status;
        const auto added = claims.add(claim);
        if (!added.ok()) {
            qWarning() << added.error();
        }
        return added.ok() ? added.value().id : 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        QString error;
        m_articles = insertAll(m_library->database(),
            { makeArticle(u"One"_s, storyText, u"Wire"_s), makeArticle(u"Two"_s, storyText + u" More."_s, u"Daily"_s) },
            &error);
        QVERIFY2(m_articles.size() == 2, qPrintable(error));
        TagStore tags(m_library->database());
        m_red = tags.create(u"Toll"_s, 0, u"#cc0000"_s).value().id;
        m_plain = tags.create(u"Denial"_s).value().id;
        Actor actor;
        actor.name = u"Ministry"_s;
        actor.kind = Actor::Kind::Organisation;
        const auto added = ActorStore(m_library->database()).addActor(actor);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        m_speaker = added.value().id;
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void claimsOfOneStoryInTextOrder()
    {
        // Stored out of text order, in two stories.
        const qint64 denial = claimOn(m_articles.at(0), u"Kabul denied it"_s, { m_plain });
        const qint64 toll = claimOn(m_articles.at(0), u"137 people died"_s, { m_red, m_plain }, m_speaker,
            ClaimStatus::Disputed);
        const qint64 other = claimOn(m_articles.at(1), u"gave 145"_s, {});
        QVERIFY(denial && toll && other);
        QVERIFY(ClaimLinkStore(m_library->database()).add(toll, other, ClaimRelation::Contradicts).ok());

        ArticleClaimsModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setArticle(m_articles.at(0));
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ArticleClaimsModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(0, ArticleClaimsModel::TextColumn).data().toString(), u"137 people died"_s);
        QCOMPARE(model.index(0, ArticleClaimsModel::ClaimantColumn).data().toString(), u"Ministry"_s);
        QCOMPARE(model.index(0, ArticleClaimsModel::StatusColumn).data().toString(),
            ClaimNames::statusLabel(ClaimStatus::Disputed));
        QCOMPARE(model.index(0, ArticleClaimsModel::TagsColumn).data().toString(), u"Toll, Denial"_s);
        QCOMPARE(model.index(0, ArticleClaimsModel::LinksColumn).data().toInt(), 1);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(ArticleClaimsModel::ClaimIdRole).toLongLong(), toll);
        QCOMPARE(first.data(ArticleClaimsModel::StartRole).toLongLong(), storyText.indexOf(u"137"_s));
        QCOMPARE(first.data(ArticleClaimsModel::EndRole).toLongLong(), storyText.indexOf(u"137"_s) + 15);
        QCOMPARE(first.data(ArticleClaimsModel::ClaimantIdRole).toLongLong(), m_speaker);
        QCOMPARE(first.data(ArticleClaimsModel::StatusRole).toString(), u"disputed"_s);
        QCOMPARE(first.data(ArticleClaimsModel::ColourRole).toString(), u"#cc0000"_s);
        QCOMPARE(first.data(ArticleClaimsModel::TagIdsRole).toList(), (QVariantList { m_red, m_plain }));
        QVERIFY(first.data(ArticleClaimsModel::AnchoredRole).toBool());
        // A claim whose first tag has no colour leaves the colour to the view.
        QCOMPARE(model.index(1, 0).data(ArticleClaimsModel::ColourRole).toString(), QString());
        QCOMPARE(model.index(1, ArticleClaimsModel::ClaimantColumn).data().toString(), QString());
        QCOMPARE(model.rowOfClaim(denial), 1);
        QCOMPARE(model.rowOfClaim(other), -1);
        QCOMPARE(model.claimAt(1).id, denial);
        QCOMPARE(model.claimAt(5).id, 0);
        QVERIFY(!model.index(2, 0).isValid());
    }

    void reloadFollowsTheStore()
    {
        const qint64 toll = claimOn(m_articles.at(0), u"137 people died"_s, { m_red });
        QVERIFY(toll);
        ArticleClaimsModel model(m_library->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_articles.at(0));
        QCOMPARE(model.rowCount(), 1);
        ClaimStore claims(m_library->database());
        ClaimFields fields = claims.fields(toll).value();
        fields.status = ClaimStatus::False;
        fields.tagIds = { m_plain, m_red };
        QVERIFY(claims.setFields(toll, fields).ok());
        QVERIFY(claimOn(m_articles.at(0), u"Kabul"_s, {}) != 0);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ArticleClaimsModel::StatusColumn).data().toString(),
            ClaimNames::statusLabel(ClaimStatus::False));
        QCOMPARE(model.index(0, ArticleClaimsModel::TagsColumn).data().toString(), u"Denial, Toll"_s);
        QCOMPARE(model.index(0, 0).data(ArticleClaimsModel::ColourRole).toString(), QString());
        QVERIFY(claims.remove(toll).ok());
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        model.setArticle(0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.claims().size(), 0);
    }
};

QTEST_GUILESS_MAIN(ArticleClaimsModelTest)
#include "tst_articleclaimsmodel.moc"
