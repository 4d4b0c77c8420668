// SPDX-License-Identifier: GPL-3.0-or-later
// AnnotationStore: an analysis stored as suggestions with text-quote selectors and relay chains;
// the reader's decisions (confirm, reject, re-assign, own annotations) kept across a new
// analysis and undoable; quotations by actor across the library; names per outlet.

#include "libraryfixture.h"

#include "storage/actorreport.h"
#include "storage/actorstore.h"
#include "storage/annotationstore.h"
#include "storage/library.h"
#include "storage/transaction.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dateline;
using namespace Dateline::Test;
using namespace Qt::StringLiterals;

namespace
{

// The seed story's opening, shortened: the first quotation, its cue and the relay chain.
const QString storyText = u"Utusan Rusia untuk Afghanistan, Zamir Kabulov, memuji IIA. “Kami akan membantu Afghanistan "
                          "melawan ISKP,” kata Kabulov kepada kantor berita negara RIA seperti melansir Reuters. "
                          "Moskow dan Kabul tengah membangun hubungan."_s;

Actor keyed(const QString &key, const QString &name, Actor::Kind kind)
{
    Actor actor;
    actor.key = key;
    actor.name = name;
    actor.kind = kind;
    return actor;
}

const Actor russia = keyed(u"state:RU"_s, u"Russia"_s, Actor::Kind::State);
const Actor kabulov = keyed(u"person:zamir-kabulov"_s, u"Zamir Kabulov"_s, Actor::Kind::Person);
const Actor taliban = keyed(u"armed_group:taliban"_s, u"Taliban"_s, Actor::Kind::ArmedGroup);
const Actor iskp = keyed(u"armed_group:iskp"_s, u"Islamic State Khorasan Province"_s, Actor::Kind::ArmedGroup);
const Actor ria = keyed(u"news_agency:ria-novosti"_s, u"RIA Novosti"_s, Actor::Kind::NewsAgency);
const Actor reuters = keyed(u"news_agency:reuters"_s, u"Reuters"_s, Actor::Kind::NewsAgency);
const Actor moscow = keyed(u"city:moscow"_s, u"Moscow"_s, Actor::Kind::City);

Mention at(const Actor &actor, const QString &form, int occurrence = 0, Mention::Match match = Mention::Match::Exact)
{
    qsizetype from = 0;
    for (int i = 0; i <= occurrence; ++i) {
        from = storyText.indexOf(form, i == 0 ? 0 : from + 1);
    }
    Mention mention;
    mention.actor = actor;
    mention.start = from;
    mention.end = from + form.size();
    mention.text = form;
    mention.match = match;
    return mention;
}

QList<Mention> analysedMentions()
{
    Mention capital = at(moscow, u"Moskow"_s, 0, Mention::Match::Folded);
    capital.alsoActor = russia;
    return { at(russia, u"Rusia"_s), at(kabulov, u"Zamir Kabulov"_s), at(taliban, u"IIA"_s), at(iskp, u"ISKP"_s),
        at(kabulov, u"Kabulov"_s, 1, Mention::Match::Surname), at(ria, u"RIA"_s), at(reuters, u"Reuters"_s), capital };
}

QList<Quote> analysedQuotes()
{
    Quote quote;
    quote.start = storyText.indexOf(u"Kami");
    quote.end = storyText.indexOf(u",”");
    quote.text = storyText.mid(quote.start, quote.end - quote.start);
    quote.speaker = kabulov;
    quote.cueStart = storyText.indexOf(u"kata Kabulov");
    quote.cueEnd = storyText.indexOf(u". Moskow");
    quote.via = { ria, reuters };
    return { quote };
}

} // namespace

class AnnotationStoreTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_article = 0;

    QSqlDatabase db() const { return m_library->database(); }

    Status store(qint64 article, const QString &text, const QList<Mention> &mentions, const QList<Quote> &quotes)
    {
        ActorStore actors(db());
        AnnotationStore annotations(db());
        Transaction transaction(db());
        if (auto stored = annotations.replaceSuggestions(article, text, mentions, quotes, actors); !stored) {
            return stored;
        }
        return transaction.commit();
    }

    qint64 actorId(const Actor &actor) { return ActorStore(db()).ensure(actor).value(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto library = Library::open(m_dir->filePath(u"library.dateline"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        QString error;
        const auto ids =
            insertAll(db(), { makeArticle(u"Rusia akan bantu"_s, storyText, u"Arrahmah.id"_s, u"id"_s) }, &error);
        QVERIFY2(!ids.isEmpty(), qPrintable(error));
        m_article = ids.constFirst();
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    void selectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        const QString alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"_s;
        QTest::newRow("at the start") << alphabet << 0 << 3 << QString() << alphabet.mid(3, 32);
        QTest::newRow("at the end") << alphabet << 43 << 46 << alphabet.mid(11, 32) << QString();
        QTest::newRow("short context") << u"ab XY cd"_s << 3 << 5 << u"ab "_s << u" cd"_s;
        // 😀 is two UTF-16 units: a selector never keeps half of it.
        const QString emoji = u"😀"_s + QString(31, u'a') + u"X"_s + QString(31, u'b') + u"😀"_s;
        QTest::newRow("no half surrogate in prefix") << emoji << 33 << 34 << QString(31, u'a') << QString(31, u'b');
    }

    void selectors()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        QCOMPARE(AnnotationStore::selectorPrefix(text, start), prefix);
        QCOMPARE(AnnotationStore::selectorSuffix(text, end), suffix);
    }

    void analysisIsStoredAsSuggestions()
    {
        QVERIFY(store(m_article, storyText, analysedMentions(), analysedQuotes()).ok());
        AnnotationStore annotations(db());
        auto mentions = annotations.mentions(m_article);
        QVERIFY2(mentions.ok(), qPrintable(mentions.error()));
        QCOMPARE(mentions.value().size(), 8);
        for (const Mention &mention : mentions.value()) {
            QCOMPARE(mention.state, AnnotationState::Suggested);
            QCOMPARE(mention.text, storyText.mid(mention.start, mention.end - mention.start));
            QVERIFY(mention.actor.id != 0);
            QVERIFY(!mention.actor.key.isEmpty());
        }
        const Mention &first = mentions.value().constFirst();
        QCOMPARE(first.text, u"Rusia"_s);
        QCOMPARE(first.actor.name, u"Russia"_s);
        QCOMPARE(first.actor.kind, Actor::Kind::State);
        const Mention &surname = mentions.value().at(4);
        QCOMPARE(surname.match, Mention::Match::Surname);
        const Mention &capital = mentions.value().constLast();
        QCOMPARE(capital.actor.key, u"city:moscow"_s);
        QCOMPARE(capital.alsoActor.key, u"state:RU"_s);
        QCOMPARE(capital.match, Mention::Match::Folded);
        // Selectors: 32 characters either side, from the article's text.
        const qsizetype start = capital.start;
        QCOMPARE(scalar(db(), u"SELECT prefix FROM mention WHERE id = %1"_s.arg(capital.id)).toString(),
            storyText.mid(start - 32, 32));
        QCOMPARE(scalar(db(), u"SELECT suffix FROM mention WHERE id = %1"_s.arg(capital.id)).toString(),
            storyText.mid(capital.end, 32));

        auto quotes = annotations.quotes(m_article);
        QVERIFY2(quotes.ok(), qPrintable(quotes.error()));
        QCOMPARE(quotes.value().size(), 1);
        const Quote &quote = quotes.value().constFirst();
        QCOMPARE(quote.text, u"Kami akan membantu Afghanistan melawan ISKP"_s);
        QCOMPARE(quote.speaker.name, u"Zamir Kabulov"_s);
        QCOMPARE(quote.cue, u"kata Kabulov kepada kantor berita negara RIA seperti melansir Reuters"_s);
        QCOMPARE(quote.via.size(), 2);
        QCOMPARE(quote.via.at(0).name, u"RIA Novosti"_s);
        QCOMPARE(quote.via.at(1).name, u"Reuters"_s);
        QCOMPARE(quote.type, Quote::Type::Direct);
        QCOMPARE(quote.state, AnnotationState::Suggested);
        // One actor row per key, however often it is named.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM actor"_s).toInt(), 7);
        // The quotation is searchable.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'membantu'"_s).toInt(), 1);
    }

    void spansOutsideTheTextAreLeftOut_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("negative start") << -1 << 3;
        QTest::newRow("end before start") << 5 << 4;
        QTest::newRow("end past the text") << 10 << int(storyText.size()) + 1;
    }

    void spansOutsideTheTextAreLeftOut()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        Mention bad = at(russia, u"Rusia"_s);
        bad.start = start;
        bad.end = end;
        Quote badQuote = analysedQuotes().constFirst();
        badQuote.start = start;
        badQuote.end = end;
        QVERIFY(store(m_article, storyText, { bad, at(kabulov, u"Kabulov"_s, 1) }, { badQuote }).ok());
        AnnotationStore annotations(db());
        QCOMPARE(annotations.mentions(m_article).value().size(), 1);
        QCOMPARE(annotations.quotes(m_article).value().size(), 0);
    }

    void newAnalysisKeepsTheReadersDecisions()
    {
        QVERIFY(store(m_article, storyText, analysedMentions(), analysedQuotes()).ok());
        AnnotationStore annotations(db());
        QList<Mention> before = annotations.mentions(m_article).value();
        // Confirm "Rusia", reject "IIA" as Taliban, give "ISKP" to the Taliban, add a mention of
        // the Taliban, give the quotation to Reuters.
        QVERIFY(annotations.confirmMention(before.at(0).id).ok());
        QVERIFY(annotations.rejectMention(before.at(2).id).ok());
        QVERIFY(annotations.reassignMention(before.at(3).id, actorId(taliban)).ok());
        const qsizetype hubungan = storyText.indexOf(u"hubungan");
        auto own = annotations.addUserMention(m_article, actorId(taliban), hubungan, hubungan + 8);
        QVERIFY2(own.ok(), qPrintable(own.error()));
        const qint64 quoteId = annotations.quotes(m_article).value().constFirst().id;
        QVERIFY(annotations.reassignQuote(quoteId, actorId(reuters)).ok());

        // The analysis runs again with the same result.
        QVERIFY(store(m_article, storyText, analysedMentions(), analysedQuotes()).ok());
        const QList<Mention> after = annotations.mentions(m_article).value();
        QCOMPARE(after.size(), before.size() + 1);
        QStringList states;
        for (const Mention &mention : after) {
            states.append(
                u"%1=%2:%3"_s.arg(mention.text, mention.actor.name, AnnotationStore::stateName(mention.state)));
        }
        QCOMPARE(states,
            (QStringList { u"Rusia=Russia:confirmed"_s, u"Zamir Kabulov=Zamir Kabulov:suggested"_s,
                u"IIA=Taliban:rejected"_s, u"ISKP=Taliban:confirmed"_s, u"Kabulov=Zamir Kabulov:suggested"_s,
                u"RIA=RIA Novosti:suggested"_s, u"Reuters=Reuters:suggested"_s, u"Moskow=Moscow:suggested"_s,
                u"hubungan=Taliban:confirmed"_s }));
        QCOMPARE(after.constLast().origin, AnnotationOrigin::User);
        const QList<Quote> quotes = annotations.quotes(m_article).value();
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.constFirst().id, quoteId);
        QCOMPARE(quotes.constFirst().speaker.name, u"Reuters"_s);
        QCOMPARE(quotes.constFirst().state, AnnotationState::Confirmed);
        QCOMPARE(quotes.constFirst().via.size(), 2);

        // A rejected quotation is not suggested again either.
        QVERIFY(annotations.rejectQuote(quoteId).ok());
        QVERIFY(store(m_article, storyText, analysedMentions(), analysedQuotes()).ok());
        QCOMPARE(annotations.quotes(m_article).value().size(), 1);
        QCOMPARE(annotations.quotes(m_article).value().constFirst().state, AnnotationState::Rejected);
    }

    void aRejectedTextIsNotSuggestedForItsActorAgain()
    {
        const QString other = u"Rusia dan IIA. Rusia lagi. ISKP juga."_s;
        QString error;
        const auto ids = insertAll(db(), { makeArticle(u"Other"_s, other, u"Reuters"_s, u"id"_s) }, &error);
        QVERIFY2(!ids.isEmpty(), qPrintable(error));
        QVERIFY(store(m_article, storyText, analysedMentions(), {}).ok());
        AnnotationStore annotations(db());
        const QList<Mention> mentions = annotations.mentions(m_article).value();
        QVERIFY(annotations.rejectMention(mentions.at(0).id).ok()); // "Rusia" as Russia
        QVERIFY(annotations.reassignMention(mentions.at(3).id, actorId(taliban)).ok()); // "ISKP" taken from ISKP
        const auto mentionAt = [&other](const Actor &actor, qsizetype start, qsizetype length) {
            Mention mention;
            mention.actor = actor;
            mention.start = start;
            mention.end = start + length;
            return mention;
        };
        QVERIFY(store(ids.constFirst(), other,
            { mentionAt(russia, 0, 5), mentionAt(taliban, 10, 3), mentionAt(russia, 15, 5), mentionAt(iskp, 27, 4),
                mentionAt(kabulov, 27, 4) },
            {})
                    .ok());
        QStringList stored;
        const QList<Mention> others = annotations.mentions(ids.constFirst()).value();
        for (const Mention &mention : others) {
            stored.append(mention.text + u'=' + mention.actor.name);
        }
        QCOMPARE(stored, (QStringList { u"IIA=Taliban"_s, u"ISKP=Zamir Kabulov"_s }));

        // Confirmed somewhere, the pair is suggested again.
        QVERIFY(annotations.addUserMention(m_article, actorId(russia), mentions.at(0).start, mentions.at(0).end).ok());
        QVERIFY(store(ids.constFirst(), other, { mentionAt(russia, 0, 5) }, {}).ok());
        QCOMPARE(annotations.mentions(ids.constFirst()).value().size(), 1);
        QCOMPARE(annotations.mentions(ids.constFirst()).value().constFirst().text, u"Rusia"_s);
    }

    void suggestionsNotCommittedAreNotStored()
    {
        {
            ActorStore actors(db());
            AnnotationStore annotations(db());
            Transaction transaction(db());
            QVERIFY(annotations.replaceSuggestions(m_article, storyText, analysedMentions(), analysedQuotes(), actors)
                        .ok());
        }
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM mention"_s).toInt(), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM quote_relay"_s).toInt(), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM actor"_s).toInt(), 0);
    }

    void changesAreUndoneAndRedone_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("expectedState");
        QTest::addColumn<bool>("changesActor");
        QTest::newRow("confirm mention") << 0 << int(AnnotationState::Confirmed) << false;
        QTest::newRow("reject mention") << 1 << int(AnnotationState::Rejected) << false;
        QTest::newRow("re-assign mention") << 2 << int(AnnotationState::Confirmed) << true;
        QTest::newRow("confirm quotation") << 3 << int(AnnotationState::Confirmed) << false;
        QTest::newRow("reject quotation") << 4 << int(AnnotationState::Rejected) << false;
        QTest::newRow("re-assign quotation") << 5 << int(AnnotationState::Confirmed) << true;
        QTest::newRow("quotation to no speaker") << 6 << int(AnnotationState::Confirmed) << true;
    }

    void changesAreUndoneAndRedone()
    {
        QFETCH(int, action);
        QFETCH(int, expectedState);
        QFETCH(bool, changesActor);
        QVERIFY(store(m_article, storyText, analysedMentions(), analysedQuotes()).ok());
        AnnotationStore annotations(db());
        const Mention mention = annotations.mentions(m_article).value().constFirst();
        const Quote quote = annotations.quotes(m_article).value().constFirst();
        const qint64 other = actorId(iskp);
        const bool onQuote = action >= 3;
        const auto current = [&]() -> std::pair<qint64, AnnotationState> {
            if (onQuote) {
                const Quote q = annotations.quote(quote.id).value();
                return { q.speaker.id, q.state };
            }
            const Mention m = annotations.mention(mention.id).value();
            return { m.actor.id, m.state };
        };
        const auto before = current();
        Result<AnnotationChange> change = [&] {
            switch (action) {
            case 0:
                return annotations.confirmMention(mention.id);
            case 1:
                return annotations.rejectMention(mention.id);
            case 2:
                return annotations.reassignMention(mention.id, other);
            case 3:
                return annotations.confirmQuote(quote.id);
            case 4:
                return annotations.rejectQuote(quote.id);
            case 5:
                return annotations.reassignQuote(quote.id, other);
            default:
                return annotations.reassignQuote(quote.id, 0);
            }
        }();
        QVERIFY2(change.ok(), qPrintable(change.error()));
        QCOMPARE(change.value().articleId, m_article);
        QCOMPARE(change.value().previousActorId, before.first);
        QCOMPARE(change.value().previousState, AnnotationState::Suggested);
        const auto done = current();
        QCOMPARE(int(done.second), expectedState);
        QCOMPARE(done.first != before.first, changesActor);
        QCOMPARE(done.first, change.value().actorId);

        QVERIFY(annotations.revert(change.value()).ok());
        QVERIFY(current() == before);
        QVERIFY(annotations.apply(change.value()).ok());
        QVERIFY(current() == done);
    }

    void changesOfMissingRowsFail()
    {
        AnnotationStore annotations(db());
        QVERIFY(!annotations.confirmMention(4242).ok());
        QVERIFY(!annotations.rejectQuote(4242).ok());
        QVERIFY(!annotations.reassignMention(4242, 0).ok());
        QVERIFY(!annotations.removeMention(4242).ok());
        QVERIFY(!annotations.addUserMention(m_article, actorId(russia), 10, storyText.size() + 5).ok());
        QVERIFY(!annotations.addUserQuote(4242, 0, 3, 0).ok());
    }

    void readerAnnotationsAreAddedAndRemoved()
    {
        AnnotationStore annotations(db());
        const qsizetype start = storyText.indexOf(u"Kabul tengah");
        auto mention = annotations.addUserMention(m_article, actorId(taliban), start, start + 5);
        QVERIFY2(mention.ok(), qPrintable(mention.error()));
        QCOMPARE(mention.value().text, u"Kabul"_s);
        QCOMPARE(mention.value().origin, AnnotationOrigin::User);
        QCOMPARE(mention.value().state, AnnotationState::Confirmed);
        auto quote = annotations.addUserQuote(m_article, start, start + 12, actorId(kabulov), Quote::Type::Indirect);
        QVERIFY2(quote.ok(), qPrintable(quote.error()));
        QCOMPARE(quote.value().text, u"Kabul tengah"_s);
        QCOMPARE(quote.value().type, Quote::Type::Indirect);
        QCOMPARE(quote.value().speaker.name, u"Zamir Kabulov"_s);
        QVERIFY(annotations.removeMention(mention.value().id).ok());
        QVERIFY(annotations.removeQuote(quote.value().id).ok());
        QVERIFY(annotations.mentions(m_article).value().isEmpty());
        QVERIFY(annotations.quotes(m_article).value().isEmpty());
    }

    void quotesByActorArePagedNewestFirst()
    {
        // Five more stories on three days and one without a date, each with a quotation by Kabulov.
        QList<Article> articles;
        const QList<QDate> days = { QDate(2025, 5, 1), QDate(2025, 5, 3), QDate(), QDate(2025, 5, 3),
            QDate(2025, 4, 30) };
        for (int i = 0; i < days.size(); ++i) {
            articles.append(makeArticle(
                u"Story %1"_s.arg(i), u"“Words %1,” said Kabulov."_s.arg(i), u"Reuters"_s, u"en"_s, days.at(i)));
        }
        QString error;
        const QList<qint64> ids = insertAll(db(), articles, &error);
        QVERIFY2(!ids.isEmpty(), qPrintable(error));
        for (qint64 id : ids) {
            Quote quote;
            quote.start = 1;
            quote.end = 8;
            quote.speaker = kabulov;
            QVERIFY(store(id, articles.at(ids.indexOf(id)).text, {}, { quote }).ok());
        }
        AnnotationStore annotations(db());
        // A rejected one is not the actor's.
        const qint64 rejected = annotations.quotes(ids.at(4)).value().constFirst().id;
        QVERIFY(annotations.rejectQuote(rejected).ok());

        QStringList titles;
        QuoteCursor cursor;
        for (int page = 0; page < 5; ++page) {
            QuoteCursor next;
            auto rows = ActorReport(db()).quotesByActor(actorId(kabulov), cursor, 2, &next);
            QVERIFY2(rows.ok(), qPrintable(rows.error()));
            if (rows.value().isEmpty()) {
                break;
            }
            QVERIFY(rows.value().size() <= 2);
            for (const QuoteInArticle &row : rows.value()) {
                titles.append(row.articleTitle);
                QCOMPARE(row.outlet, u"Reuters"_s);
                QCOMPARE(row.quote.speaker.name, u"Zamir Kabulov"_s);
            }
            cursor = next;
        }
        // Equal dates: the later quotation first; undated last.
        QCOMPARE(titles, (QStringList { u"Story 3"_s, u"Story 1"_s, u"Story 0"_s, u"Story 2"_s }));
    }

    void namesByOutletFoldCaseAndCountCapitals()
    {
        const QList<Article> articles = {
            makeArticle(u"A"_s, u"Taliban, TALIBAN and Taliban."_s, u"Reuters"_s),
            makeArticle(u"B"_s, u"Imarah Islam Afghanistan said."_s, u"Arrahmah.id"_s),
            makeArticle(u"C"_s, u"Taliban again."_s, QString()),
        };
        QString error;
        const QList<qint64> ids = insertAll(db(), articles, &error);
        QVERIFY2(!ids.isEmpty(), qPrintable(error));
        const auto mention = [](const Actor &actor, qsizetype start, qsizetype end) {
            Mention m;
            m.actor = actor;
            m.start = start;
            m.end = end;
            return m;
        };
        QVERIFY(store(ids.at(0), articles.at(0).text,
            { mention(taliban, 0, 7), mention(taliban, 9, 16), mention(taliban, 21, 28) }, {})
                    .ok());
        QVERIFY(store(ids.at(1), articles.at(1).text, { mention(taliban, 0, 24) }, {}).ok());
        QVERIFY(store(ids.at(2), articles.at(2).text, { mention(taliban, 0, 7) }, {}).ok());
        // The seed story: "Moskow" stands for Russia.
        QVERIFY(store(m_article, storyText, analysedMentions(), {}).ok());

        const ActorReport report(db());
        auto names = report.namesByOutlet(actorId(taliban));
        QVERIFY2(names.ok(), qPrintable(names.error()));
        QStringList cells;
        for (const OutletName &name : names.value()) {
            cells.append(u"%1|%2|%3"_s.arg(name.outlet, name.text).arg(name.count));
        }
        QCOMPARE(cells,
            (QStringList { u"Arrahmah.id|IIA|1"_s, u"Arrahmah.id|Imarah Islam Afghanistan|1"_s, u"Reuters|Taliban|3"_s,
                u"|Taliban|1"_s }));
        auto russian = report.namesByOutlet(actorId(russia));
        QCOMPARE(russian.value().size(), 2);
        QCOMPARE(russian.value().at(0).text, u"Moskow"_s);
        QCOMPARE(russian.value().at(1).text, u"Rusia"_s);
    }
};

QTEST_GUILESS_MAIN(AnnotationStoreTest)
#include "tst_annotationstore.moc"
