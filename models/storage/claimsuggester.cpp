// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsuggester.h"

#include "analysis/figurereader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

// How far each source of candidates reaches. The text search ranks at most so many passages of
// each table; each actor is followed through its newest mentions only (an actor named in half the
// library says little about a claim, and the scan has to stay short); and the pool scored in full
// is capped, best preliminary scores first.
constexpr int TextCandidates = 100;
constexpr int FigureCandidates = 200;
constexpr int MentionsPerActor = 300;
constexpr int PassagesPerClaimant = 300;
constexpr int MaxActors = 6;
constexpr int MaxQueryTerms = 8;
constexpr int PoolSize = 150;
/// A word found in more than this share of passages does not drive the text search.
constexpr double CommonShare = 0.005;
/// The share of passages a common word is assumed to be in (it is not counted to the end).
constexpr double CommonEstimate = 0.05;
/// Under this score a candidate has nothing real in common with the claim.
constexpr double MinimumScore = 0.05;

using Kind = LinkCandidate::Kind;

quint64 keyOf(Kind kind, qint64 id)
{
    return (quint64(id) << 1) | (kind == Kind::Quote ? 1u : 0u);
}

struct Candidate {
    Kind kind = Kind::Claim;
    qint64 id = 0;
    double rank = 0; ///< bm25 from the text search (negative: lower is better), 0 when not found by it
    int actorHits = 0;
    bool figureHit = false;
    bool loaded = false;
    LinkCandidate row;
    QSet<qint64> actors;
};

QString fold(const QString &text)
{
    // As unicode61 with remove_diacritics 2: decompose, drop the marks, fold the case.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded.append(c);
        }
    }
    return folded.toCaseFolded();
}

bool hasDigit(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

QString phrase(const QString &term)
{
    return u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"';
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// Runs a prepared statement, or says which step failed.
Status run(QSqlQuery &q, const QString &what)
{
    if (!q.exec()) {
        return Status::failure(ClaimSuggester::tr("Suggestions could not be found (%1): %2").arg(what, q.lastError().text()));
    }
    return {};
}

Status prepare(QSqlQuery &q, const QString &sql, const QString &what)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return Status::failure(ClaimSuggester::tr("Suggestions could not be found (%1): %2").arg(what, q.lastError().text()));
    }
    return {};
}

/// Dice coefficient of two sets: 2|A∩B| / (|A| + |B|).
template<typename T>
double dice(const QSet<T> &a, const QSet<T> &b, qsizetype shared)
{
    const qsizetype total = a.size() + b.size();
    return total == 0 ? 0.0 : 2.0 * double(shared) / double(total);
}

/// The source claim and what is known about its words.
struct Source {
    qint64 id = 0;
    qint64 articleId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QStringList words;
    QSet<QString> wordSet;
    QSet<QString> figures;
    QStringList figureOrder;
    QHash<qint64, QString> actorNames; ///< the claim's actors (mentions in its span, claimant)
    QHash<QString, double> idf;
    double defaultIdf = 1.0;
};

} // namespace

ClaimSuggester::ClaimSuggester(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList ClaimSuggester::words(const QString &text)
{
    const QString folded = fold(text);
    QStringList result;
    QSet<QString> seen;
    qsizetype i = 0;
    const qsizetype n = folded.size();
    while (i < n) {
        while (i < n && !folded.at(i).isLetterOrNumber()) {
            ++i;
        }
        const qsizetype begin = i;
        while (i < n && folded.at(i).isLetterOrNumber()) {
            ++i;
        }
        if (i > begin) {
            const QString word = folded.mid(begin, i - begin);
            // Short words are mostly particles ("di", "of"); numbers always count.
            if ((word.size() >= 3 || hasDigit(word)) && !seen.contains(word)) {
                seen.insert(word);
                result.append(word);
            }
        }
    }
    return result;
}

QStringList ClaimSuggester::figures(const QString &text)
{
    return FigureReader::figures(text);
}

Result<QList<LinkCandidate>> ClaimSuggester::suggest(qint64 claimId, int limit) const
{
    using R = Result<QList<LinkCandidate>>;
    if (limit <= 0) {
        return QList<LinkCandidate>();
    }

    // The claim itself, its actors and the claims already linked to it.
    Source source;
    source.id = claimId;
    qint64 claimantId = 0;
    {
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                u"SELECT c.article_id, c.start_offset, c.end_offset, c.exact, c.claimant_actor_id, p.name, p.kind "
                "FROM claim c LEFT JOIN actor p ON p.id = c.claimant_actor_id WHERE c.id = :id"_s,
                u"claim"_s);
            !s) {
            return R::failure(s.error());
        }
        q.bindValue(u":id"_s, claimId);
        if (Status s = run(q, u"claim"_s); !s) {
            return R::failure(s.error());
        }
        if (!q.next()) {
            return R::failure(tr("There is no claim %1.").arg(claimId));
        }
        source.articleId = q.value(0).toLongLong();
        source.start = q.value(1).toLongLong();
        source.end = q.value(2).toLongLong();
        source.text = q.value(3).toString();
        claimantId = q.value(4).toLongLong();
        // The outlet as claimant (the default when no speaker is known) says nothing about the claim.
        if (claimantId != 0 && q.value(6).toString() != u"outlet"_s) {
            source.actorNames.insert(claimantId, q.value(5).toString());
        }
    }
    {
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                u"SELECT m.actor_id, p.name, p.kind FROM mention m JOIN actor p ON p.id = m.actor_id "
                "WHERE m.article_id = :article AND m.start_offset >= :start AND m.start_offset < :end1 "
                "AND m.end_offset <= :end2 AND m.state <> 'rejected' "
                "UNION SELECT m.also_actor_id, p.name, p.kind FROM mention m JOIN actor p ON p.id = m.also_actor_id "
                "WHERE m.article_id = :article2 AND m.start_offset >= :start2 AND m.start_offset < :end3 "
                "AND m.end_offset <= :end4 AND m.state <> 'rejected'"_s,
                u"actors"_s);
            !s) {
            return R::failure(s.error());
        }
        q.bindValue(u":article"_s, source.articleId);
        q.bindValue(u":article2"_s, source.articleId);
        q.bindValue(u":start"_s, source.start);
        q.bindValue(u":start2"_s, source.start);
        for (const QString &name : { u":end1"_s, u":end2"_s, u":end3"_s, u":end4"_s }) {
            q.bindValue(name, source.end);
        }
        if (Status s = run(q, u"actors"_s); !s) {
            return R::failure(s.error());
        }
        while (q.next()) {
            if (q.value(2).toString() != u"outlet"_s) {
                source.actorNames.insert(q.value(0).toLongLong(), q.value(1).toString());
            }
        }
    }
    QSet<qint64> linked;
    {
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                u"SELECT to_claim_id FROM claim_link WHERE from_claim_id = :a "
                "UNION SELECT from_claim_id FROM claim_link WHERE to_claim_id = :b"_s,
                u"links"_s);
            !s) {
            return R::failure(s.error());
        }
        q.bindValue(u":a"_s, claimId);
        q.bindValue(u":b"_s, claimId);
        if (Status s = run(q, u"links"_s); !s) {
            return R::failure(s.error());
        }
        while (q.next()) {
            linked.insert(q.value(0).toLongLong());
        }
    }

    source.words = words(source.text);
    source.wordSet = QSet<QString>(source.words.cbegin(), source.words.cend());
    source.figureOrder = figures(source.text);
    source.figures = QSet<QString>(source.figureOrder.cbegin(), source.figureOrder.cend());

    // Document frequencies of the claim's words in both indexes, counted up to the point where a
    // word is common: a rare word costs a few rows of its doclist, "yang" no more than a rare one.
    // (fts5vocab would count every row of "yang" and "the".)
    double passages = 1;
    QHash<QString, qint64> df;
    {
        QSqlQuery count(m_db);
        if (!count.exec(u"SELECT (SELECT max(rowid) FROM claim), (SELECT max(rowid) FROM quote)"_s) || !count.next()) {
            return R::failure(tr("Suggestions could not be found (counts): %1").arg(count.lastError().text()));
        }
        // max(rowid) is immediate where count(*) walks a table; deleted rows make it a little high,
        // which only makes every word look a little rarer.
        passages = std::max(1.0, count.value(0).toDouble() + count.value(1).toDouble());
    }
    const qint64 commonDocs = std::max<qint64>(50, qint64(passages * CommonShare));
    {
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                u"SELECT (SELECT count(*) FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH :a LIMIT :capA)) "
                "+ (SELECT count(*) FROM (SELECT rowid FROM quote_fts WHERE quote_fts MATCH :b LIMIT :capB))"_s,
                u"vocabulary"_s);
            !s) {
            return R::failure(s.error());
        }
        for (const QString &word : std::as_const(source.words)) {
            q.bindValue(u":a"_s, phrase(word));
            q.bindValue(u":b"_s, phrase(word));
            q.bindValue(u":capA"_s, commonDocs + 1);
            q.bindValue(u":capB"_s, commonDocs + 1);
            if (Status s = run(q, u"vocabulary"_s); !s) {
                return R::failure(s.error());
            }
            const qint64 docs = q.next() ? q.value(0).toLongLong() : 0;
            // A common word was not counted to the end: weigh it as one in twenty passages, between
            // the threshold and the commonest words.
            const double estimate = docs > commonDocs ? std::max(double(docs), passages * CommonEstimate) : double(docs);
            df.insert(word, docs);
            source.idf.insert(word, std::log(1.0 + passages / std::max(estimate, 1.0)));
        }
    }
    if (!source.idf.isEmpty()) {
        QList<double> values = source.idf.values();
        std::sort(values.begin(), values.end());
        source.defaultIdf = values.at(values.size() / 2);
    }

    // The terms that drive the text search: the claim's rarest words that some other passage has.
    QStringList terms;
    QStringList numberTerms;
    {
        QStringList usable;
        for (const QString &word : std::as_const(source.words)) {
            const qint64 docs = df.value(word);
            if (docs >= 2 && docs <= commonDocs) {
                usable.append(word);
            }
        }
        std::stable_sort(usable.begin(), usable.end(),
            [&](const QString &a, const QString &b) { return df.value(a) < df.value(b); });
        for (const QString &word : std::as_const(usable)) {
            if (terms.size() < MaxQueryTerms) {
                terms.append(phrase(word));
            }
            if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); })) {
                numberTerms.append(phrase(word));
            }
        }
    }

    QHash<quint64, Candidate> pool;
    const auto candidate = [&pool](Kind kind, qint64 id) -> Candidate & {
        Candidate &c = pool[keyOf(kind, id)];
        c.kind = kind;
        c.id = id;
        return c;
    };
    const QString quoteUsable =
        u" AND q.state <> 'rejected' AND q.anchored = 1 AND NOT EXISTS (SELECT 1 FROM claim c2 "
        "WHERE c2.article_id = q.article_id AND c2.start_offset = q.start_offset AND c2.end_offset = q.end_offset)"_s;

    // (a) bm25 over the distinctive words and numbers, (c) the same numbers newest first.
    const auto textSearch = [&](const QString &match, bool ranked) -> Status {
        const QString claimSql = ranked
            ? u"SELECT c.id, claim_fts.rank FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid "
              "WHERE claim_fts MATCH :match AND claim_fts.rank MATCH 'bm25(1.0, 0.5)' AND c.article_id <> :article "
              "ORDER BY claim_fts.rank LIMIT :limit"_s
            : u"SELECT c.id, 0.0 FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid "
              "WHERE claim_fts MATCH :match AND c.article_id <> :article ORDER BY claim_fts.rowid DESC LIMIT :limit"_s;
        const QString quoteSql = ranked
            ? u"SELECT q.id, quote_fts.rank FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid "
              "WHERE quote_fts MATCH :match AND q.article_id <> :article"_s
                + quoteUsable + u" ORDER BY quote_fts.rank LIMIT :limit"_s
            : u"SELECT q.id, 0.0 FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid "
              "WHERE quote_fts MATCH :match AND q.article_id <> :article"_s
                + quoteUsable + u" ORDER BY quote_fts.rowid DESC LIMIT :limit"_s;
        for (const Kind kind : { Kind::Claim, Kind::Quote }) {
            QSqlQuery q(m_db);
            if (Status s = prepare(q, kind == Kind::Claim ? claimSql : quoteSql, u"text"_s); !s) {
                return s;
            }
            q.bindValue(u":match"_s, match);
            q.bindValue(u":article"_s, source.articleId);
            q.bindValue(u":limit"_s, ranked ? TextCandidates : FigureCandidates);
            if (Status s = run(q, u"text"_s); !s) {
                return s;
            }
            while (q.next()) {
                Candidate &c = candidate(kind, q.value(0).toLongLong());
                if (ranked) {
                    c.rank = q.value(1).toDouble();
                } else {
                    c.figureHit = true;
                }
            }
        }
        return {};
    };
    if (!terms.isEmpty()) {
        if (Status s = textSearch(terms.join(u" OR "_s), true); !s) {
            return R::failure(s.error());
        }
    }
    if (!numberTerms.isEmpty()) {
        if (Status s = textSearch(numberTerms.join(u" OR "_s), false); !s) {
            return R::failure(s.error());
        }
    }

    // (b) passages naming the same actors, or claimed or said by them; with many actors, the
    // rarest ones (a claim naming Russia and Kabulov is about Kabulov).
    {
        QList<qint64> actors = source.actorNames.keys();
        if (actors.size() > MaxActors) {
            QHash<qint64, qint64> frequency;
            QSqlQuery q(m_db);
            if (Status s = prepare(q,
                    u"SELECT count(*) FROM (SELECT 1 FROM mention WHERE actor_id = :actor LIMIT :cap)"_s, u"actors"_s);
                !s) {
                return R::failure(s.error());
            }
            for (const qint64 actor : std::as_const(actors)) {
                q.bindValue(u":actor"_s, actor);
                q.bindValue(u":cap"_s, MentionsPerActor * 10);
                if (Status s = run(q, u"actors"_s); !s) {
                    return R::failure(s.error());
                }
                frequency.insert(actor, q.next() ? q.value(0).toLongLong() : 0);
            }
            std::sort(actors.begin(), actors.end(),
                [&](qint64 a, qint64 b) { return frequency.value(a) < frequency.value(b); });
            actors.resize(MaxActors);
        }
        const QString mentions =
            u"(SELECT article_id, start_offset, end_offset FROM mention WHERE actor_id = :actor "
            "AND article_id <> :article AND state <> 'rejected' ORDER BY article_id DESC LIMIT :mentions) m"_s;
        const QString claimSql = u"SELECT DISTINCT c.id FROM "_s + mentions
            + u" JOIN claim c ON c.article_id = m.article_id AND c.start_offset <= m.start_offset "
              "AND c.end_offset >= m.end_offset "
              "UNION SELECT id FROM (SELECT id FROM claim WHERE claimant_actor_id = :claimant "
              "AND article_id <> :article2 ORDER BY id DESC LIMIT :passages)"_s;
        const QString quoteSql = u"SELECT DISTINCT q.id FROM "_s + mentions
            + u" JOIN quote q ON q.article_id = m.article_id AND q.start_offset <= m.start_offset "
              "AND q.end_offset >= m.end_offset WHERE 1"_s
            + quoteUsable
            + u" UNION SELECT id FROM (SELECT q.id FROM quote q WHERE q.speaker_actor_id = :claimant "
              "AND q.article_id <> :article2"_s
            + quoteUsable + u" ORDER BY q.article_id DESC LIMIT :passages)"_s;
        for (const Kind kind : { Kind::Claim, Kind::Quote }) {
            QSqlQuery a(m_db);
            if (Status s = prepare(a, kind == Kind::Claim ? claimSql : quoteSql, u"actors"_s); !s) {
                return R::failure(s.error());
            }
            for (const qint64 actor : std::as_const(actors)) {
                a.bindValue(u":actor"_s, actor);
                a.bindValue(u":claimant"_s, actor);
                a.bindValue(u":article"_s, source.articleId);
                a.bindValue(u":article2"_s, source.articleId);
                a.bindValue(u":mentions"_s, MentionsPerActor);
                a.bindValue(u":passages"_s, PassagesPerClaimant);
                if (Status s = run(a, u"actors"_s); !s) {
                    return R::failure(s.error());
                }
                while (a.next()) {
                    ++candidate(kind, a.value(0).toLongLong()).actorHits;
                }
            }
        }
    }

    // Claims already linked, and the claim itself, are not offered.
    for (const qint64 id : std::as_const(linked)) {
        pool.remove(keyOf(Kind::Claim, id));
    }
    pool.remove(keyOf(Kind::Claim, claimId));
    if (pool.isEmpty()) {
        return QList<LinkCandidate>();
    }

    // Cap the pool by a cheap score before reading each candidate in full.
    double bestRank = 0;
    for (const Candidate &c : std::as_const(pool)) {
        bestRank = std::min(bestRank, c.rank);
    }
    const auto rankScore = [bestRank](const Candidate &c) { return bestRank < 0 ? c.rank / bestRank : 0.0; };
    QList<Candidate *> ordered;
    ordered.reserve(pool.size());
    for (Candidate &c : pool) {
        ordered.append(&c);
    }
    const auto preliminary = [&](const Candidate *c) {
        return rankScore(*c) + 0.5 * std::min(c->actorHits, 3) + (c->figureHit ? 0.5 : 0.0);
    };
    std::sort(ordered.begin(), ordered.end(), [&](const Candidate *a, const Candidate *b) {
        const double pa = preliminary(a);
        const double pb = preliminary(b);
        return pa != pb ? pa > pb : a->id > b->id;
    });
    if (ordered.size() > PoolSize) {
        ordered.resize(PoolSize);
    }

    // Read the candidates (text, story, claimant or speaker) and the actors inside their spans.
    for (const Kind kind : { Kind::Claim, Kind::Quote }) {
        QList<qint64> ids;
        QHash<qint64, Candidate *> byId;
        for (Candidate *c : std::as_const(ordered)) {
            if (c->kind == kind) {
                ids.append(c->id);
                byId.insert(c->id, c);
            }
        }
        if (ids.isEmpty()) {
            continue;
        }
        const bool claims = kind == Kind::Claim;
        const QString table = claims ? u"claim"_s : u"quote"_s;
        const QString actorColumn = claims ? u"claimant_actor_id"_s : u"speaker_actor_id"_s;
        QSqlQuery q(m_db);
        if (Status s = prepare(q,
                u"SELECT x.id, x.article_id, x.start_offset, x.end_offset, x.exact, a.title, o.name, a.published, "
                "x.%2, p.name, p.kind FROM %1 x JOIN article a ON a.id = x.article_id "
                "LEFT JOIN outlet o ON o.id = a.outlet_id LEFT JOIN actor p ON p.id = x.%2 "
                "WHERE x.id IN (SELECT value FROM json_each(:ids))"_s.arg(table, actorColumn),
                u"candidates"_s);
            !s) {
            return R::failure(s.error());
        }
        const QString json = idsJson(ids);
        q.bindValue(u":ids"_s, json);
        if (Status s = run(q, u"candidates"_s); !s) {
            return R::failure(s.error());
        }
        while (q.next()) {
            Candidate *c = byId.value(q.value(0).toLongLong());
            if (!c) {
                continue;
            }
            LinkCandidate &row = c->row;
            row.kind = kind;
            row.id = c->id;
            row.articleId = q.value(1).toLongLong();
            row.start = q.value(2).toLongLong();
            row.end = q.value(3).toLongLong();
            row.text = q.value(4).toString();
            row.articleTitle = q.value(5).toString();
            row.outlet = q.value(6).toString();
            row.published = QDate::fromString(q.value(7).toString(), Qt::ISODate);
            row.speakerId = q.value(8).toLongLong();
            row.speaker = q.value(9).toString();
            if (row.speakerId != 0 && q.value(10).toString() != u"outlet"_s) {
                c->actors.insert(row.speakerId);
            }
            c->loaded = true;
        }
        QSqlQuery m(m_db);
        if (Status s = prepare(m,
                u"SELECT x.id, m.actor_id, m.also_actor_id FROM %1 x JOIN mention m ON m.article_id = x.article_id "
                "AND m.start_offset >= x.start_offset AND m.start_offset < x.end_offset AND m.end_offset <= x.end_offset "
                "WHERE x.id IN (SELECT value FROM json_each(:ids)) AND m.state <> 'rejected'"_s.arg(table),
                u"candidate actors"_s);
            !s) {
            return R::failure(s.error());
        }
        m.bindValue(u":ids"_s, json);
        if (Status s = run(m, u"candidate actors"_s); !s) {
            return R::failure(s.error());
        }
        while (m.next()) {
            if (Candidate *c = byId.value(m.value(0).toLongLong())) {
                c->actors.insert(m.value(1).toLongLong());
                if (const qint64 also = m.value(2).toLongLong(); also != 0) {
                    c->actors.insert(also);
                }
            }
        }
    }

    // The full score.
    const QSet<qint64> sourceActors(source.actorNames.keyBegin(), source.actorNames.keyEnd());
    double sourceWeight = 0;
    for (const QString &word : std::as_const(source.words)) {
        sourceWeight += source.idf.value(word, source.defaultIdf);
    }
    QList<LinkCandidate> scored;
    for (Candidate *c : std::as_const(ordered)) {
        if (!c->loaded) {
            continue;
        }
        const QStringList candidateWords = words(c->row.text);
        double shared = 0;
        double onlyCandidate = 0;
        for (const QString &word : candidateWords) {
            if (source.wordSet.contains(word)) {
                shared += source.idf.value(word, source.defaultIdf);
            } else {
                // Words the claim lacks weigh as a typical word of the claim: their own
                // frequencies would cost a look-up each.
                onlyCandidate += source.defaultIdf;
            }
        }
        const double unionWeight = sourceWeight + onlyCandidate;
        const double wordScore = unionWeight > 0 ? shared / unionWeight : 0;

        QStringList sharedActors;
        for (auto it = source.actorNames.cbegin(); it != source.actorNames.cend(); ++it) {
            if (c->actors.contains(it.key())) {
                sharedActors.append(it.value());
            }
        }
        const double actorScore = dice(sourceActors, c->actors, sharedActors.size());

        const QStringList candidateFigures = figures(c->row.text);
        const QSet<QString> figureSet(candidateFigures.cbegin(), candidateFigures.cend());
        QStringList sharedFigures;
        for (const QString &figure : std::as_const(source.figureOrder)) {
            if (figureSet.contains(figure)) {
                sharedFigures.append(figure);
            }
        }
        const double figureScore = dice(source.figures, figureSet, sharedFigures.size());

        LinkCandidate row = c->row;
        row.score = m_weights.bm25 * rankScore(*c) + m_weights.words * wordScore + m_weights.actors * actorScore
            + m_weights.figures * figureScore;
        if (row.score < MinimumScore) {
            continue;
        }
        sharedActors.sort(Qt::CaseInsensitive);
        row.sharedActors = sharedActors;
        row.sharedFigures = sharedFigures;
        scored.append(row);
    }
    std::sort(scored.begin(), scored.end(), [](const LinkCandidate &a, const LinkCandidate &b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return a.kind != b.kind ? a.kind == Kind::Claim : a.id > b.id;
    });
    if (scored.size() > limit) {
        scored.resize(limit);
    }
    return scored;
}

} // namespace Dateline
