// SPDX-License-Identifier: GPL-3.0-or-later
// dateline-evaluate: scores the analysis against the shared evaluation corpora (not a test).
//
//   dateline-evaluate [CORPUS]      CORPUS defaults to ../shared/corpus next to the repository
//
// - PolNeAR (quotes-en/polnear, dev split): direct quotations (spans), their cues and speakers;
// - Detik (news-id/detik): actor recall against silver entity lists, cased Indonesian
// - IndoNLU NERP (ner/indonlu-nerp-id) and factRuEval-2016 (ner/factRuEval-ru, devset): actors
//   (person, organisation, place) against the named entities, tags mapped to actor kinds.
// Prints precision, recall and F1. The corpora hold news text for research only: they are read
// where they lie and nothing of them is copied.
#include "analysis/actormatcher.h"
#include "analysis/analyzer.h"
#include "analysis/gazetteer.h"
#include "analysis/languageprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Dateline;
using namespace Qt::StringLiterals;

namespace
{

bool verbose = false; ///< --verbose: every miss and wrong speaker, for tuning the rules

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Score {
    qsizetype truePositives = 0;
    qsizetype predicted = 0;
    qsizetype gold = 0;

    [[nodiscard]] double precision() const { return predicted ? double(truePositives) / double(predicted) : 0.0; }
    [[nodiscard]] double recall() const { return gold ? double(truePositives) / double(gold) : 0.0; }
    [[nodiscard]] double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

void print(const QString &label, const Score &score)
{
    out() << u"  %1  P %2  R %3  F1 %4   (%5 right of %6 found, %7 in gold)\n"_s.arg(label, -34)
                 .arg(score.precision(), 0, 'f', 3)
                 .arg(score.recall(), 0, 'f', 3)
                 .arg(score.f1(), 0, 'f', 3)
                 .arg(score.truePositives)
                 .arg(score.predicted)
                 .arg(score.gold);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Code point offsets (what Python and brat count) to UTF-16 offsets.
QList<qsizetype> utf16Offsets(const QString &text)
{
    QList<qsizetype> offsets;
    offsets.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        offsets.append(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        }
    }
    offsets.append(text.size());
    return offsets;
}

bool isMark(QChar c)
{
    static const QString marks = u"\"“”‘’'«»„"_s;
    return marks.contains(c);
}

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

/// A span without white space, quotation marks and the punctuation that closes a quotation.
Span trimmed(const QString &text, Span span)
{
    const auto strip = [](QChar c) {
        return c.isSpace() || isMark(c) || c == u',' || c == u'.' || c == u'?' || c == u'!' || c == u';' || c == u':';
    };
    while (span.start < span.end && strip(text.at(span.start))) {
        ++span.start;
    }
    while (span.end > span.start && strip(text.at(span.end - 1))) {
        --span.end;
    }
    return span;
}

qsizetype overlap(Span a, Span b)
{
    return std::max<qsizetype>(0, std::min(a.end, b.end) - std::max(a.start, b.start));
}

/// The words of a gold content span stand between quotation marks of their own.
bool isDirect(const QString &text, Span span)
{
    qsizetype s = span.start;
    while (s < span.end && text.at(s).isSpace()) {
        ++s;
    }
    qsizetype e = span.end;
    while (e > s && text.at(e - 1).isSpace()) {
        --e;
    }
    if (s >= e) {
        return false;
    }
    qsizetype before = s - 1;
    while (before >= 0 && text.at(before).isSpace()) {
        --before;
    }
    qsizetype after = e;
    while (after < text.size() && (text.at(after).isSpace() || text.at(after) == u',' || text.at(after) == u'.')) {
        ++after;
    }
    const bool opens = isMark(text.at(s)) || (before >= 0 && isMark(text.at(before)));
    const QChar last = text.at(e - 1);
    const bool closes = isMark(last) ||
        ((last == u',' || last == u'.' || last == u'?' || last == u'!') && e >= 2 && isMark(text.at(e - 2))) ||
        (e < text.size() && isMark(text.at(e))) || (after < text.size() && isMark(text.at(after)) && after - e <= 2);
    if (!opens || !closes) {
        return false;
    }
    // No quotation mark inside: "that X would “keep the details”" is indirect with a partial quote.
    const Span inner = trimmed(text, { s, e });
    for (qsizetype i = inner.start; i < inner.end; ++i) {
        if (text.at(i) == u'“' || text.at(i) == u'”' || text.at(i) == u'"') {
            return false;
        }
    }
    return true;
}

struct GoldQuote {
    Span content;
    Span cue;
    Span source;
    QString sourceText;
};

QString lastWord(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.constLast().toLower();
}

void evaluatePolnear(const QString &corpus, const Analyzer &analyzer)
{
    const QString folder = corpus + u"/quotes-en/polnear"_s;
    QFile lines(folder + u"/derived/dev-attributions.jsonl"_s);
    if (!lines.open(QIODevice::ReadOnly)) {
        out() << u"PolNeAR: %1 not found, skipped.\n"_s.arg(lines.fileName());
        return;
    }
    // Attributions per document; one annotator per document (the first one listed).
    QHash<QString, QString> annotatorOf;
    QHash<QString, QList<QJsonObject>> byDoc;
    QStringList docs;
    while (!lines.atEnd()) {
        const QJsonObject a = QJsonDocument::fromJson(lines.readLine()).object();
        const QString doc = a.value(u"doc").toString();
        if (doc.isEmpty()) {
            continue;
        }
        if (!annotatorOf.contains(doc)) {
            annotatorOf.insert(doc, a.value(u"annotator").toString());
            docs.append(doc);
        }
        if (annotatorOf.value(doc) == a.value(u"annotator").toString()) {
            byDoc[doc].append(a);
        }
    }

    Score exact;
    Score lenient;
    qsizetype cueRight = 0;
    qsizetype speakerRight = 0;
    qsizetype matched = 0;
    qsizetype characters = 0;
    qint64 nanoseconds = 0;
    for (const QString &doc : std::as_const(docs)) {
        const QString text = readText(folder + u'/' + doc);
        if (text.isEmpty()) {
            continue;
        }
        const QList<qsizetype> at = utf16Offsets(text);
        const auto span = [&](const QJsonValue &value) -> Span {
            const QJsonArray pair = value.toArray();
            const qsizetype s = std::clamp<qsizetype>(pair.at(0).toInteger(), 0, at.size() - 1);
            const qsizetype e = std::clamp<qsizetype>(pair.at(1).toInteger(), 0, at.size() - 1);
            return { at.at(s), at.at(e) };
        };
        const auto firstSpan = [&](const QJsonObject &a, const QString &key) -> Span {
            const QJsonArray parts = a.value(key).toArray();
            return parts.isEmpty() ? Span { -1, -1 } : span(parts.first().toObject().value(u"spans").toArray().first());
        };
        QList<GoldQuote> gold;
        for (const QJsonObject &a : byDoc.value(doc)) {
            for (const QJsonValue &content : a.value(u"content").toArray()) {
                for (const QJsonValue &s : content.toObject().value(u"spans").toArray()) {
                    const Span c = span(s);
                    if (isDirect(text, c)) {
                        const Span source = firstSpan(a, u"source"_s);
                        gold.append({ trimmed(text, c), firstSpan(a, u"cue"_s), source,
                            source.start >= 0 ? text.mid(source.start, source.end - source.start) : QString() });
                    }
                }
            }
        }
        QElapsedTimer timer;
        timer.start();
        const Analysis analysis = analyzer.analyze(text, u"en"_s);
        nanoseconds += timer.nsecsElapsed();
        characters += text.size();

        QList<Quote> direct;
        for (const Quote &q : analysis.quotes) {
            if (q.type == Quote::Type::Direct) {
                direct.append(q);
            }
        }
        exact.gold += gold.size();
        lenient.gold += gold.size();
        exact.predicted += direct.size();
        lenient.predicted += direct.size();
        QList<bool> used(gold.size(), false);
        for (const Quote &q : std::as_const(direct)) {
            const Span mine = trimmed(text, { q.start, q.end });
            qsizetype best = -1;
            double bestScore = 0;
            for (qsizetype g = 0; g < gold.size(); ++g) {
                if (used.at(g)) {
                    continue;
                }
                const qsizetype common = overlap(mine, gold.at(g).content);
                const qsizetype uni =
                    std::max(mine.end, gold.at(g).content.end) - std::min(mine.start, gold.at(g).content.start);
                const double score = uni > 0 ? double(common) / double(uni) : 0.0;
                if (score > bestScore) {
                    bestScore = score;
                    best = g;
                }
            }
            if (best < 0 || bestScore < 0.5) {
                if (verbose) {
                    out() << u"FALSE QUOTE %1: %2\n"_s.arg(
                        doc.section(u'/', -1), text.mid(q.start, q.end - q.start).left(100));
                }
                continue;
            }
            used[best] = true;
            const GoldQuote &g = gold.at(best);
            ++lenient.truePositives;
            if (mine.start == g.content.start && mine.end == g.content.end) {
                ++exact.truePositives;
            }
            ++matched;
            const Span cue { q.cueStart, q.cueEnd };
            if (q.cueStart >= 0 && g.cue.start >= 0 && overlap(cue, g.cue) > 0) {
                ++cueRight;
            }
            // The speaker is right when its phrase is the gold source (a pronoun included) or
            // when the names agree ("Donald Trump" for a source "Trump" elsewhere).
            bool speaker = false;
            if (q.cueStart >= 0 && g.source.start >= 0 && overlap(cue, g.source) > 0) {
                speaker = true;
            } else if (!q.speaker.name.isEmpty() && !g.sourceText.isEmpty()) {
                speaker = lastWord(q.speaker.name) == lastWord(g.sourceText) ||
                    g.sourceText.contains(q.speaker.name, Qt::CaseInsensitive);
            }
            speakerRight += speaker ? 1 : 0;
            if (verbose && !speaker) {
                out() << u"WRONG SPEAKER %1: mine %2 (cue %3), gold %4 (cue %5) | %6\n"_s.arg(doc.section(u'/', -1),
                    q.speaker.name, q.cue, g.sourceText, text.mid(g.cue.start, g.cue.end - g.cue.start),
                    text.mid(std::max<qsizetype>(0, q.start - 80), q.end - q.start + 160).replace(u'\n', u' '));
            }
        }
        for (qsizetype g = 0; verbose && g < gold.size(); ++g) {
            if (!used.at(g)) {
                const Span c = gold.at(g).content;
                out() << u"MISSED %1: %2\n"_s.arg(doc.section(u'/', -1),
                    text.mid(std::max<qsizetype>(0, c.start - 40), c.end - c.start + 80).replace(u'\n', u' '));
            }
        }
    }
    out() << u"PolNeAR dev (%1 articles, direct quotations by the gold content's quotation marks)\n"_s.arg(docs.size());
    print(u"direct quotation spans, exact"_s, exact);
    print(u"direct quotation spans, overlap >= 0.5"_s, lenient);
    out() << u"  cue accuracy on matched quotations      %1   (%2 of %3)\n"_s
                 .arg(matched ? double(cueRight) / double(matched) : 0.0, 0, 'f', 3)
                 .arg(cueRight)
                 .arg(matched);
    out() << u"  speaker accuracy on matched quotations  %1   (%2 of %3)\n"_s
                 .arg(matched ? double(speakerRight) / double(matched) : 0.0, 0, 'f', 3)
                 .arg(speakerRight)
                 .arg(matched);
    out() << u"  analysis speed                          %1 MB/s of text\n\n"_s.arg(
        nanoseconds ? double(characters) * 2 / 1e6 / (double(nanoseconds) / 1e9) : 0.0, 0, 'f', 1);
}

/// Person, organisation and place: the classes both NER sets and the actor kinds share.
enum class EntityClass { Person, Organisation, Place, None };

EntityClass classOf(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::Person:
        return EntityClass::Person;
    case Actor::Kind::Organisation:
    case Actor::Kind::ArmedGroup:
    case Actor::Kind::NewsAgency:
    case Actor::Kind::Outlet:
        return EntityClass::Organisation;
    case Actor::Kind::State:
    case Actor::Kind::City:
        return EntityClass::Place;
    case Actor::Kind::Other:
        break;
    }
    return EntityClass::None;
}

struct Entity {
    Span span;
    EntityClass kind = EntityClass::None;
    EntityClass alternative = EntityClass::None; ///< LocOrg: a place that acts as an organisation
};

struct NerScores {
    Score exact;
    Score lenient;
    Score untyped;
    qsizetype characters = 0;
    qint64 nanoseconds = 0;
};

void scoreNer(const QString &text, const QList<Entity> &gold, const ActorMatcher &matcher, const QString &language,
    NerScores &scores)
{
    QElapsedTimer timer;
    timer.start();
    const ActorMatches matches = matcher.match(text, language);
    scores.nanoseconds += timer.nsecsElapsed();
    scores.characters += text.size();
    QList<Entity> found;
    for (const Mention &m : matches.mentions) {
        const EntityClass kind = classOf(m.actor.kind);
        if (kind != EntityClass::None) {
            found.append({ { m.start, m.end }, kind, classOf(m.alsoActor.kind) });
        }
    }
    for (Score *score : { &scores.exact, &scores.lenient, &scores.untyped }) {
        score->gold += gold.size();
        score->predicted += found.size();
    }
    QList<bool> usedExact(gold.size(), false);
    QList<bool> usedLenient(gold.size(), false);
    QList<bool> usedUntyped(gold.size(), false);
    const auto className = [](EntityClass c) {
        return c == EntityClass::Person ? u"person"_s : c == EntityClass::Place ? u"place"_s : u"organisation"_s;
    };
    for (const Entity &f : std::as_const(found)) {
        const qsizetype rightBefore = scores.exact.truePositives;
        const auto sameKind = [&](const Entity &g) {
            return f.kind == g.kind || (g.alternative != EntityClass::None && f.kind == g.alternative) ||
                (f.alternative != EntityClass::None && f.alternative == g.kind);
        };
        for (qsizetype g = 0; g < gold.size(); ++g) {
            if (!usedExact.at(g) && gold.at(g).span.start == f.span.start && gold.at(g).span.end == f.span.end &&
                sameKind(gold.at(g))) {
                usedExact[g] = true;
                ++scores.exact.truePositives;
                break;
            }
        }
        for (qsizetype g = 0; g < gold.size(); ++g) {
            if (!usedLenient.at(g) && overlap(gold.at(g).span, f.span) > 0 && sameKind(gold.at(g))) {
                usedLenient[g] = true;
                ++scores.lenient.truePositives;
                break;
            }
        }
        for (qsizetype g = 0; g < gold.size(); ++g) {
            if (!usedUntyped.at(g) && overlap(gold.at(g).span, f.span) > 0) {
                usedUntyped[g] = true;
                ++scores.untyped.truePositives;
                break;
            }
        }
        if (verbose && scores.exact.truePositives == rightBefore) {
            out() << u"  extra %1: %2\n"_s.arg(className(f.kind), text.mid(f.span.start, f.span.end - f.span.start));
        }
    }
    for (qsizetype g = 0; verbose && g < gold.size(); ++g) {
        if (usedExact.at(g)) {
            continue;
        }
        // What was found there instead, if anything: tells a wrong boundary from a miss.
        QStringList instead;
        for (const Entity &f : std::as_const(found)) {
            if (overlap(gold.at(g).span, f.span) > 0) {
                instead.append(
                    u"%1 \"%2\""_s.arg(className(f.kind), text.mid(f.span.start, f.span.end - f.span.start)));
            }
        }
        out() << u"  missed %1: %2%3\n"_s.arg(className(gold.at(g).kind),
            text.mid(gold.at(g).span.start, gold.at(g).span.end - gold.at(g).span.start),
            instead.isEmpty() ? QString() : u"   (found "_s + instead.join(u", "_s) + u')');
    }
}

void printNer(const QString &title, const NerScores &scores)
{
    out() << title << u'\n';
    print(u"actors, exact span and class"_s, scores.exact);
    print(u"actors, overlapping span and class"_s, scores.lenient);
    print(u"actors, overlapping span, any class"_s, scores.untyped);
    out() << u"  matching speed                          %1 MB/s of text\n\n"_s.arg(
        scores.nanoseconds ? double(scores.characters) * 2 / 1e6 / (double(scores.nanoseconds) / 1e9) : 0.0, 0, 'f', 1);
}

/// IndoNLU NERP: one token and its BIO tag a line, sentences between blank lines, lower case.
void evaluateIndonesian(const QString &corpus, const ActorMatcher &matcher)
{
    QFile file(corpus + u"/ner/indonlu-nerp-id/valid_preprocess.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        out() << u"IndoNLU NERP: %1 not found, skipped.\n\n"_s.arg(file.fileName());
        return;
    }
    const auto classOfTag = [](QStringView tag) {
        if (tag == u"PPL") {
            return EntityClass::Person;
        }
        if (tag == u"IND") {
            return EntityClass::Organisation;
        }
        if (tag == u"PLC") {
            return EntityClass::Place;
        }
        return EntityClass::None; // EVT, FNB: no actor kind
    };
    NerScores scores;
    qsizetype sentences = 0;
    QString text;
    QList<Entity> gold;
    const auto flush = [&] {
        if (!text.isEmpty()) {
            scoreNer(text, gold, matcher, u"id"_s, scores);
            ++sentences;
        }
        text.clear();
        gold.clear();
    };
    const QStringList all = QString::fromUtf8(file.readAll()).split(u'\n');
    EntityClass open = EntityClass::None;
    for (const QString &line : all) {
        if (line.trimmed().isEmpty()) {
            open = EntityClass::None;
            flush();
            continue;
        }
        const QString token = line.section(u'\t', 0, 0);
        const QString tag = line.section(u'\t', 1).trimmed();
        if (!text.isEmpty()) {
            text += u' ';
        }
        const qsizetype start = text.size();
        text += token;
        const EntityClass kind = tag.size() > 2 ? classOfTag(QStringView(tag).mid(2)) : EntityClass::None;
        if (tag.startsWith(u"B-") || (tag.startsWith(u"I-") && open != kind)) {
            if (kind != EntityClass::None) {
                gold.append({ { start, text.size() }, kind, EntityClass::None });
            }
            open = kind;
        } else if (tag.startsWith(u"I-") && kind != EntityClass::None && !gold.isEmpty()) {
            gold.last().span.end = text.size();
        } else {
            open = EntityClass::None;
        }
    }
    flush();
    printNer(u"IndoNLU NERP validation (%1 sentences, lower-case text; PPL person, IND organisation, PLC place)"_s.arg(
                 sentences),
        scores);
}

/// factRuEval-2016 devset: texts with object mentions made of spans (Person, Org, Location, LocOrg).
void evaluateRussian(const QString &corpus, const ActorMatcher &matcher)
{
    const QDir folder(corpus + u"/ner/factRuEval-ru/devset"_s);
    const QStringList texts = folder.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
    if (texts.isEmpty()) {
        out() << u"factRuEval: %1 not found, skipped.\n\n"_s.arg(folder.path());
        return;
    }
    NerScores scores;
    qsizetype documents = 0;
    for (const QString &name : texts) {
        const QString base = name.chopped(4);
        const QString text = readText(folder.filePath(name));
        const QList<qsizetype> at = utf16Offsets(text);
        QHash<QString, Span> spans;
        for (const QString &line : readText(folder.filePath(base + u".spans"_s)).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.section(u'#', 0, 0).split(u' ', Qt::SkipEmptyParts);
            if (fields.size() >= 4) {
                const qsizetype s = std::clamp<qsizetype>(fields.at(2).toLongLong(), 0, at.size() - 1);
                const qsizetype e = std::clamp<qsizetype>(s + fields.at(3).toLongLong(), 0, at.size() - 1);
                spans.insert(fields.at(0), { at.at(s), at.at(e) });
            }
        }
        QList<Entity> gold;
        for (const QString &line : readText(folder.filePath(base + u".objects"_s)).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.section(u'#', 0, 0).split(u' ', Qt::SkipEmptyParts);
            if (fields.size() < 3) {
                continue;
            }
            Entity entity;
            const QString &type = fields.at(1);
            if (type == u"Person") {
                entity.kind = EntityClass::Person;
            } else if (type == u"Org") {
                entity.kind = EntityClass::Organisation;
            } else if (type == u"Location") {
                entity.kind = EntityClass::Place;
            } else if (type == u"LocOrg") {
                entity.kind = EntityClass::Place;
                entity.alternative = EntityClass::Organisation;
            } else {
                continue;
            }
            entity.span = { text.size(), 0 };
            for (qsizetype i = 2; i < fields.size(); ++i) {
                const Span s = spans.value(fields.at(i), { -1, -1 });
                if (s.start >= 0) {
                    entity.span.start = std::min(entity.span.start, s.start);
                    entity.span.end = std::max(entity.span.end, s.end);
                }
            }
            if (entity.span.end > entity.span.start) {
                gold.append(entity);
            }
        }
        scoreNer(text, gold, matcher, u"ru"_s, scores);
        ++documents;
    }
    printNer(u"factRuEval-2016 devset (%1 documents; Person, Org, Location, LocOrg as place or organisation)"_s.arg(
                 documents),
        scores);
}

/// Detik (news-id/detik): cased Indonesian news whose metadata lists the named stakeholders of
/// each article (silver, machine-assisted, with descriptors: "Menteri Dalam Negeri Tito Karnavian").
/// An entity counts as found when a mention's text lies inside it or it inside a mention.
void evaluateDetik(const QString &corpus, const ActorMatcher &matcher)
{
    const QString folder = corpus + u"/news-id/detik"_s;
    QFile metadata(folder + u"/metadata.jsonl"_s);
    if (!metadata.open(QIODevice::ReadOnly)) {
        out() << u"Detik: %1 not found, skipped.\n\n"_s.arg(metadata.fileName());
        return;
    }
    qsizetype entities = 0;
    qsizetype foundAll = 0;
    qsizetype foundListed = 0;
    qsizetype articles = 0;
    const auto covers = [](const QString &entity, const QList<Mention> &mentions, bool listedOnly) {
        const QString folded = entity.toCaseFolded();
        return std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &m) {
            if (listedOnly && m.origin != AnnotationOrigin::Gazetteer) {
                return false;
            }
            const QString text = m.text.toCaseFolded();
            return text.size() >= 3 && (folded.contains(text) || text.contains(folded));
        });
    };
    while (!metadata.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(metadata.readLine()).object();
        const QString text = readText(folder + u'/' + row.value(u"file"_s).toString());
        if (text.isEmpty()) {
            continue;
        }
        ++articles;
        const QList<Mention> mentions = matcher.match(text, u"id"_s).mentions;
        const QJsonObject groups = row.value(u"entities_ai_assisted"_s).toObject();
        for (auto group = groups.begin(); group != groups.end(); ++group) {
            for (const QJsonValue &value : group.value().toArray()) {
                const QString entity = value.toString();
                if (entity.isEmpty() || !text.contains(entity.section(u" ("_s, 0, 0), Qt::CaseInsensitive)) {
                    continue; // named only in the summary, or in other words: no fair test
                }
                ++entities;
                const bool all = covers(entity, mentions, false);
                foundAll += all ? 1 : 0;
                foundListed += covers(entity, mentions, true) ? 1 : 0;
                if (verbose && !all) {
                    out() << u"  missed: %1\n"_s.arg(entity);
                }
            }
        }
    }
    const auto share = [&](qsizetype n) { return entities ? double(n) / double(entities) : 0.0; };
    out() << u"Detik (%1 Indonesian stories, cased; silver entity lists, entities written as such in the text)\n"_s.arg(
        articles);
    out() << u"  actor recall, all mentions             %1   (%2 of %3)\n"_s.arg(share(foundAll), 0, 'f', 3)
                 .arg(foundAll)
                 .arg(entities);
    out() << u"  actor recall, gazetteer mentions only  %1   (%2 of %3)\n\n"_s.arg(share(foundListed), 0, 'f', 3)
                 .arg(foundListed)
                 .arg(entities);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    verbose = arguments.removeAll(u"--verbose"_s) > 0;
    const QString corpus = arguments.size() > 1 ? arguments.at(1) : QStringLiteral(DATELINE_SHARED_CORPUS);
    if (!QDir(corpus).exists()) {
        QTextStream(stderr) << u"dateline-evaluate: no evaluation corpus at %1 (the shared folder is absent); "
                               u"nothing to evaluate.\n"_s.arg(QDir::cleanPath(corpus));
        return 1;
    }
    const Gazetteer gazetteer = Gazetteer::shipped();
    const LanguageProfiles languages;
    const Analyzer analyzer(gazetteer, languages);
    const ActorMatcher matcher(gazetteer, languages);
    out() << u"Evaluation against %1 (gazetteer: %2 actors, %3 aliases)\n\n"_s.arg(QDir::cleanPath(corpus))
                 .arg(gazetteer.actorCount())
                 .arg(gazetteer.aliasCount());
    evaluatePolnear(corpus, analyzer);
    evaluateIndonesian(corpus, matcher);
    evaluateRussian(corpus, matcher);
    evaluateDetik(corpus, matcher);
    out().flush();
    return 0;
}
