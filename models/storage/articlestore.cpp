// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include "articlepagequery.h"
#include "articlerow.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

Outlet::Kind outletKind(const QString &kind)
{
    static const QHash<QString, Outlet::Kind> kinds = {
        { u"wire"_s, Outlet::Kind::Wire },
        { u"state_media"_s, Outlet::Kind::StateMedia },
        { u"newspaper"_s, Outlet::Kind::Newspaper },
        { u"broadcaster"_s, Outlet::Kind::Broadcaster },
        { u"online"_s, Outlet::Kind::Online },
        { u"blog"_s, Outlet::Kind::Blog },
    };
    return kinds.value(kind, Outlet::Kind::Unknown);
}

} // namespace

struct ArticleStore::Statements {
    explicit Statements(const QSqlDatabase &db)
        : outletById(db)
        , outletByName(db)
        , insertOutlet(db)
        , insertArticle(db)
    {
    }
    QSqlQuery outletById;
    QSqlQuery outletByName;
    QSqlQuery insertOutlet;
    QSqlQuery insertArticle;
};

ArticleStore::ArticleStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<ArticleStore::Statements *> ArticleStore::statements()
{
    using R = Result<Statements *>;
    if (m_statements) {
        return m_statements.get();
    }
    auto statements = std::make_shared<Statements>(m_db);
    const std::pair<QSqlQuery *, QString> all[] = {
        { &statements->outletById, u"SELECT id, name FROM outlet WHERE id = :id"_s },
        // outlet.name is COLLATE NOCASE: "REUTERS" finds "Reuters".
        { &statements->outletByName, u"SELECT id, name FROM outlet WHERE name = :name"_s },
        { &statements->insertOutlet, u"INSERT INTO outlet (name) VALUES (:name)"_s },
        { &statements->insertArticle,
            u"INSERT INTO article (outlet_id, feed_id, url, title, byline, place, published, fetched, language, "
            "content_hash, source_path, read, starred, outlet_sort, text, html) VALUES (:outlet, NULL, :url, :title, "
            ":byline, :place, :published, :fetched, :language, :hash, :source, :read, :starred, :outletSort, :text, "
            ":html)"_s },
    };
    for (const auto &[query, sql] : all) {
        if (!query->prepare(sql)) {
            return R::failure(tr("The story could not be stored: %1").arg(query->lastError().text()));
        }
    }
    m_statements = std::move(statements);
    return m_statements.get();
}

Result<qint64> ArticleStore::insert(const Article &article)
{
    using R = Result<qint64>;
    auto prepared = statements();
    if (!prepared) {
        return R::failure(prepared.error());
    }
    Statements &s = *prepared.value();
    QVariant outletId;
    QString outletName;
    if (article.outletId != 0) {
        s.outletById.bindValue(u":id"_s, article.outletId);
        if (!s.outletById.exec()) {
            return R::failure(tr("The story could not be stored: %1").arg(s.outletById.lastError().text()));
        }
        if (!s.outletById.next()) {
            return R::failure(tr("The story could not be stored: there is no outlet %1.").arg(article.outletId));
        }
        outletId = s.outletById.value(0);
        outletName = s.outletById.value(1).toString();
        // A statement left on a row keeps a read transaction open.
        s.outletById.finish();
    } else if (!article.outletName.trimmed().isEmpty()) {
        const QString name = article.outletName.trimmed();
        s.outletByName.bindValue(u":name"_s, name);
        if (!s.outletByName.exec()) {
            return R::failure(tr("The story could not be stored: %1").arg(s.outletByName.lastError().text()));
        }
        if (s.outletByName.next()) {
            outletId = s.outletByName.value(0);
            outletName = s.outletByName.value(1).toString();
            s.outletByName.finish();
        } else {
            s.outletByName.finish();
            s.insertOutlet.bindValue(u":name"_s, name);
            if (!s.insertOutlet.exec()) {
                return R::failure(
                    tr("The outlet %1 could not be stored: %2").arg(name, s.insertOutlet.lastError().text()));
            }
            outletId = s.insertOutlet.lastInsertId();
            outletName = name;
        }
    }

    QSqlQuery &query = s.insertArticle;
    query.bindValue(u":outlet"_s, outletId);
    query.bindValue(u":url"_s, ArticleRow::optionalText(article.url));
    query.bindValue(u":title"_s, article.title.isNull() ? QString(u""_s) : article.title);
    query.bindValue(u":byline"_s, ArticleRow::optionalText(article.byline));
    query.bindValue(u":place"_s, ArticleRow::optionalText(article.place));
    query.bindValue(u":published"_s, ArticleRow::publishedValue(article.published));
    query.bindValue(u":fetched"_s, ArticleRow::fetchedValue(article.fetched));
    query.bindValue(u":language"_s, article.language.isNull() ? QString(u""_s) : article.language);
    query.bindValue(u":hash"_s, article.contentHash.isEmpty() ? QVariant() : QVariant(article.contentHash));
    query.bindValue(u":source"_s, ArticleRow::optionalText(article.sourcePath));
    query.bindValue(u":read"_s, article.read ? 1 : 0);
    query.bindValue(u":starred"_s, article.starred ? 1 : 0);
    query.bindValue(u":outletSort"_s, outletName.isNull() ? QString(u""_s) : outletName);
    query.bindValue(u":text"_s, article.text.isNull() ? QString(u""_s) : article.text);
    query.bindValue(u":html"_s, ArticleRow::optionalText(article.html));
    if (!query.exec()) {
        return R::failure(tr("The story “%1” could not be stored: %2").arg(article.title, query.lastError().text()));
    }
    return query.lastInsertId().toLongLong();
}

Result<std::optional<qint64>> ArticleStore::idForHash(const QByteArray &contentHash) const
{
    using R = Result<std::optional<qint64>>;
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT id FROM article WHERE content_hash = :hash"_s)) {
        return R::failure(tr("The library could not be searched for a duplicate: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":hash"_s, contentHash);
    if (!query.exec()) {
        return R::failure(tr("The library could not be searched for a duplicate: %1").arg(query.lastError().text()));
    }
    if (query.next()) {
        return R(query.value(0).toLongLong());
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The library could not be searched for a duplicate: %1").arg(query.lastError().text()));
    }
    return R(std::nullopt);
}

Result<Article> ArticleStore::article(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT %1 FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id = :id"_s.arg(
            ArticleRow::columns(true)))) {
        return Result<Article>::failure(tr("The story could not be read: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Result<Article>::failure(tr("The story could not be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        if (query.lastError().isValid()) {
            return Result<Article>::failure(tr("The story could not be read: %1").arg(query.lastError().text()));
        }
        return Result<Article>::failure(tr("There is no story %1 in the library.").arg(id));
    }
    return ArticleRow::read(query, true);
}

Result<ArticlePage> ArticleStore::page(const ArticleQuery &articleQuery, const ArticleCursor &after, int limit) const
{
    using R = Result<ArticlePage>;
    const int wanted = std::max(limit, 1);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(ArticlePageQuery::sql(articleQuery, after))) {
        return R::failure(tr("The list of stories could not be read: %1").arg(query.lastError().text()));
    }
    // One row more than asked tells whether another page follows without a second query.
    const QVariantMap values = ArticlePageQuery::bindings(articleQuery, after, wanted + 1);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query.bindValue(it.key(), it.value());
    }
    if (!query.exec()) {
        return R::failure(tr("The list of stories could not be read: %1").arg(query.lastError().text()));
    }
    ArticlePage page;
    page.next = after;
    const int keyColumn = ArticleRow::columnCount();
    while (query.next()) {
        if (page.rows.size() == wanted) {
            page.atEnd = false;
            return page;
        }
        page.rows.append(ArticleRow::read(query));
        page.next.key = query.value(keyColumn);
        page.next.id = page.rows.constLast().id;
        page.next.atStart = false;
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The list of stories could not be read: %1").arg(query.lastError().text()));
    }
    page.atEnd = true;
    return page;
}

Status ArticleStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM article WHERE id = :id"_s)) {
        return Status::failure(tr("The story could not be removed: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(tr("The story could not be removed: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no story %1 in the library.").arg(id));
    }
    return {};
}

Status ArticleStore::setRead(qint64 id, bool read)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE article SET read = :read WHERE id = :id"_s)) {
        return Status::failure(tr("The story could not be marked: %1").arg(query.lastError().text()));
    }
    query.bindValue(u":read"_s, read ? 1 : 0);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return Status::failure(tr("The story could not be marked: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() == 0) {
        return Status::failure(tr("There is no story %1 in the library.").arg(id));
    }
    return {};
}

Result<LibraryCounts> ArticleStore::counts() const
{
    using R = Result<LibraryCounts>;
    QSqlQuery query(m_db);
    // Counters kept by triggers, and language_count has one row per language: nothing here
    // grows with the number of stories.
    if (!query.exec(
            u"SELECT articles, outlets, (SELECT count(*) FROM language_count) FROM library_count WHERE id = 1"_s)) {
        return R::failure(tr("The library's counts could not be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return R::failure(
            tr("The library's counts could not be read: %1")
                .arg(query.lastError().isValid() ? query.lastError().text() : tr("the counter row is missing")));
    }
    LibraryCounts counts;
    counts.articles = query.value(0).toLongLong();
    counts.outlets = query.value(1).toLongLong();
    counts.languages = query.value(2).toLongLong();
    return counts;
}

Result<QList<Outlet>> ArticleStore::outlets() const
{
    using R = Result<QList<Outlet>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT id, name, domain, country, language, kind, article_count FROM outlet ORDER BY name, id"_s)) {
        return R::failure(tr("The outlets could not be read: %1").arg(query.lastError().text()));
    }
    QList<Outlet> outlets;
    while (query.next()) {
        Outlet outlet;
        outlet.id = query.value(0).toLongLong();
        outlet.name = query.value(1).toString();
        outlet.domain = query.value(2).toString();
        outlet.country = query.value(3).toString();
        outlet.language = query.value(4).toString();
        outlet.kind = outletKind(query.value(5).toString());
        outlet.articleCount = query.value(6).toLongLong();
        outlets.append(outlet);
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The outlets could not be read: %1").arg(query.lastError().text()));
    }
    return outlets;
}

Result<QList<LanguageCount>> ArticleStore::languages() const
{
    using R = Result<QList<LanguageCount>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT language, articles FROM language_count ORDER BY language"_s)) {
        return R::failure(tr("The languages could not be read: %1").arg(query.lastError().text()));
    }
    QList<LanguageCount> languages;
    while (query.next()) {
        languages.append({ query.value(0).toString(), query.value(1).toLongLong() });
    }
    if (query.lastError().isValid()) {
        return R::failure(tr("The languages could not be read: %1").arg(query.lastError().text()));
    }
    return languages;
}

} // namespace Dateline
