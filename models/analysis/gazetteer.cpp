// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "gazetteerindex.h"
#include "textnormalizer.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dateline
{

class Gazetteer::Private
{
public:
    QList<Actor> actors;
    QList<QList<Alias>> aliases; ///< per actor, same order
    QHash<QString, qsizetype> byKey;
    QHash<qint64, qsizetype> byId;
    QHash<QString, QString> capitalOfState;
    QHash<QString, QString> stateOfCapital;
    QHash<QString, QString> standsFor;
    QSet<QString> suppressed; ///< "key\nfolded phrase"
    qsizetype aliasCount = 0;

    mutable QMutex indexMutex;
    mutable std::unique_ptr<Index> built;

    void invalidate() { built.reset(); }
    std::unique_ptr<Index> build() const;
};

namespace
{

Alias::Kind aliasKindFromName(const QString &name)
{
    if (name == u"acronym") {
        return Alias::Kind::Acronym;
    }
    if (name == u"metonym") {
        return Alias::Kind::Metonym;
    }
    if (name == u"transliteration") {
        return Alias::Kind::Transliteration;
    }
    return Alias::Kind::Name;
}

// "AS", "UN", "IIA", "U.S.": capitals of at most three letters, which as lower-case words are
// everyday words ("as", "un") and must match only as written.
bool isShortCapitals(const QString &text)
{
    int letters = 0;
    for (QChar c : text) {
        if (c.isLetter()) {
            if (!c.isUpper()) {
                return false;
            }
            ++letters;
        } else if (!(c == u'.' || c == u'-' || c.isDigit() || c == u' ')) {
            return false;
        }
    }
    return letters > 0 && letters <= 3;
}

} // namespace

Gazetteer::Gazetteer()
    : d(std::make_unique<Private>())
{
}

Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer &&) noexcept = default;
Gazetteer &Gazetteer::operator=(Gazetteer &&) noexcept = default;

Gazetteer Gazetteer::shipped()
{
    Gazetteer gazetteer;
    const QDir dir(u":/dateline/gazetteer"_s);
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        // The shipped files are checked by tst_gazetteer; a broken one must not lose the rest.
        const Status status = gazetteer.loadFile(dir.filePath(file));
        if (!status) {
            qWarning("%s", qPrintable(status.error()));
        }
    }
    return gazetteer;
}

Status Gazetteer::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::failure(tr("Cannot read the gazetteer file %1: %2").arg(path, file.errorString()));
    }
    return loadJson(file.readAll(), path);
}

Status Gazetteer::loadJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        return Status::failure(tr("The gazetteer file %1 is not valid JSON: %2").arg(origin, error.errorString()));
    }
    const QJsonArray entries = document.object().value(u"actors"_s).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        Actor actor;
        actor.key = entry.value(u"key"_s).toString();
        actor.name = entry.value(u"name"_s).toString();
        if (actor.key.isEmpty() || actor.name.isEmpty()) {
            return Status::failure(tr("An entry of the gazetteer file %1 lacks a key or a name.").arg(origin));
        }
        actor.kind = actorKindFromName(entry.value(u"kind"_s).toString());
        actor.country = entry.value(u"country"_s).toString();
        actor.description = entry.value(u"description"_s).toString();
        actor.wikidataId = entry.value(u"wikidata"_s).toString();
        actor.checked = QDate::fromString(entry.value(u"checked"_s).toString(), Qt::ISODate);

        QList<Alias> aliases;
        const QJsonObject byLanguage = entry.value(u"aliases"_s).toObject();
        for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
            const QJsonArray forms = it.value().toArray();
            for (const QJsonValue &form : forms) {
                Alias alias;
                alias.actorKey = actor.key;
                alias.language = it.key();
                if (form.isObject()) {
                    alias.text = form.toObject().value(u"text"_s).toString();
                    alias.kind = aliasKindFromName(form.toObject().value(u"kind"_s).toString());
                } else {
                    alias.text = form.toString();
                    alias.kind = isShortCapitals(alias.text) ? Alias::Kind::Acronym : Alias::Kind::Name;
                }
                if (!alias.text.trimmed().isEmpty()) {
                    aliases.append(alias);
                }
            }
        }
        addActor(actor, aliases);

        const QString capital = entry.value(u"capital"_s).toString();
        if (!capital.isEmpty()) {
            d->capitalOfState.insert(actor.key, capital);
            d->stateOfCapital.insert(capital, actor.key);
        }
        const QString capitalOf = entry.value(u"capitalOf"_s).toString();
        if (!capitalOf.isEmpty()) {
            d->stateOfCapital.insert(actor.key, capitalOf);
            d->capitalOfState.insert(capitalOf, actor.key);
        }
        const QString standsFor = entry.value(u"standsFor"_s).toString();
        if (!standsFor.isEmpty()) {
            d->standsFor.insert(actor.key, standsFor);
        }
    }
    return {};
}

void Gazetteer::addActor(const Actor &actor, const QList<Alias> &aliases)
{
    qsizetype at = -1;
    if (!actor.key.isEmpty()) {
        at = d->byKey.value(actor.key, -1);
    }
    if (at < 0 && actor.id != 0) {
        at = d->byId.value(actor.id, -1);
    }
    if (at < 0) {
        at = d->actors.size();
        d->actors.append(actor);
        d->aliases.append(QList<Alias>());
        if (!actor.key.isEmpty()) {
            d->byKey.insert(actor.key, at);
        }
        if (actor.id != 0) {
            d->byId.insert(actor.id, at);
        }
        // The canonical name is always a form of the actor, in any language.
        Alias name;
        name.actorId = actor.id;
        name.actorKey = actor.key;
        name.text = actor.name;
        d->aliases[at].append(name);
        ++d->aliasCount;
    } else {
        // Merging: what the later source knows wins, what it leaves empty stays.
        Actor &known = d->actors[at];
        const auto take = [](QString &into, const QString &from) {
            if (!from.isEmpty()) {
                into = from;
            }
        };
        take(known.name, actor.name);
        take(known.country, actor.country);
        take(known.description, actor.description);
        take(known.wikidataId, actor.wikidataId);
        if (actor.kind != Actor::Kind::Other) {
            known.kind = actor.kind;
        }
        if (actor.checked.isValid()) {
            known.checked = actor.checked;
        }
        if (actor.id != 0 && known.id == 0) {
            known.id = actor.id;
            d->byId.insert(actor.id, at);
        }
    }
    for (Alias alias : aliases) {
        alias.actorKey = d->actors.at(at).key;
        alias.actorId = d->actors.at(at).id;
        QList<Alias> &list = d->aliases[at];
        const bool known = std::any_of(list.cbegin(), list.cend(),
            [&](const Alias &a) { return a.text == alias.text && a.language == alias.language; });
        if (!known) {
            list.append(alias);
            ++d->aliasCount;
        }
    }
    d->invalidate();
}

void Gazetteer::addAlias(const Alias &alias)
{
    const Actor *actor = actorByKey(alias.actorKey);
    if (!actor && alias.actorId != 0) {
        const qsizetype at = d->byId.value(alias.actorId, -1);
        actor = at < 0 ? nullptr : &d->actors.at(at);
    }
    if (!actor) {
        return;
    }
    addActor(*actor, { alias });
}

void Gazetteer::suppress(const QString &actorKey, const QString &text)
{
    d->suppressed.insert(actorKey + u'\n' + TextNormalizer::foldPhrase(text));
    d->invalidate();
}

qsizetype Gazetteer::actorCount() const
{
    return d->actors.size();
}

qsizetype Gazetteer::aliasCount() const
{
    return d->aliasCount;
}

const Actor *Gazetteer::actorByKey(const QString &key) const
{
    const qsizetype at = d->byKey.value(key, -1);
    return at < 0 ? nullptr : &d->actors.at(at);
}

QList<Alias> Gazetteer::aliasesOf(const QString &actorKey) const
{
    const qsizetype at = d->byKey.value(actorKey, -1);
    return at < 0 ? QList<Alias>() : d->aliases.at(at);
}

QString Gazetteer::capitalOf(const QString &stateKey) const
{
    return d->capitalOfState.value(stateKey);
}

QString Gazetteer::stateOfCapital(const QString &cityKey) const
{
    return d->stateOfCapital.value(cityKey);
}

QString Gazetteer::governmentOf(const QString &cityKey) const
{
    const QString override = d->standsFor.value(cityKey);
    return override.isEmpty() ? stateOfCapital(cityKey) : override;
}

QList<Actor> Gazetteer::actors() const
{
    return d->actors;
}

const Gazetteer::Index &Gazetteer::index() const
{
    const QMutexLocker lock(&d->indexMutex);
    if (!d->built) {
        d->built = d->build();
    }
    return *d->built;
}

void Gazetteer::Index::deletionKeys(QStringView word, std::vector<size_t> &keys)
{
    // Polynomial hashes of the word and of each one-letter deletion, from prefix and suffix
    // hashes in one pass each: the key of "word without letter i" is prefix(i) * B^(n-1-i) +
    // suffix(i+1), so a query costs O(length), not O(length^2).
    constexpr size_t base = 1000003;
    const qsizetype n = word.size();
    std::vector<size_t> prefix(size_t(n + 1), 0), suffix(size_t(n + 2), 0), power(size_t(n + 1), 1);
    for (qsizetype i = 0; i < n; ++i) {
        prefix[size_t(i + 1)] = prefix[size_t(i)] * base + word[i].unicode();
        power[size_t(i + 1)] = power[size_t(i)] * base;
    }
    for (qsizetype i = n - 1; i >= 0; --i) {
        suffix[size_t(i)] = word[i].unicode() * power[size_t(n - 1 - i)] + suffix[size_t(i + 1)];
    }
    keys.clear();
    keys.push_back(prefix[size_t(n)] ^ size_t(n) << 56);
    for (qsizetype i = 0; i < n; ++i) {
        keys.push_back((prefix[size_t(i)] * power[size_t(n - 1 - i)] + suffix[size_t(i + 1)]) ^ size_t(n - 1) << 56);
    }
}

void Gazetteer::Index::indexDeletions(QStringView word, qint32 id)
{
    std::vector<size_t> keys;
    deletionKeys(word, keys);
    for (size_t key : keys) {
        m_deletions.emplace_back(key, id);
    }
}

void Gazetteer::Index::sortDeletions()
{
    std::sort(m_deletions.begin(), m_deletions.end());
    m_deletions.erase(std::unique(m_deletions.begin(), m_deletions.end()), m_deletions.end());
}

void Gazetteer::Index::similarWords(QStringView word, QList<qint32> &out) const
{
    if (m_deletions.empty()) {
        return;
    }
    std::vector<size_t> keys;
    deletionKeys(word, keys);
    for (size_t key : keys) {
        auto it = std::lower_bound(m_deletions.cbegin(), m_deletions.cend(), std::pair<size_t, qint32>(key, 0));
        for (; it != m_deletions.cend() && it->first == key; ++it) {
            if (!out.contains(it->second)) {
                out.append(it->second);
            }
        }
    }
}

std::unique_ptr<Gazetteer::Index> Gazetteer::Private::build() const
{
    auto index = std::make_unique<Index>();
    index->m_actors = actors;
    for (qsizetype a = 0; a < actors.size(); ++a) {
        if (!actors.at(a).key.isEmpty()) {
            index->m_actorByKey.insert(actors.at(a).key, qint32(a));
        }
    }
    for (auto it = stateOfCapital.constBegin(); it != stateOfCapital.constEnd(); ++it) {
        const qint32 city = index->m_actorByKey.value(it.key(), -1);
        const QString governmentKey = standsFor.value(it.key(), it.value());
        const qint32 government = index->m_actorByKey.value(governmentKey, -1);
        if (city >= 0 && government >= 0) {
            index->m_governmentOf.insert(city, government);
        }
    }

    // One entry per actor and folded form: the same form in five languages is one entry (the
    // language kept only where it restricts, as for short capitals).
    QHash<QString, qint32> seen;
    for (qsizetype a = 0; a < actors.size(); ++a) {
        for (const Alias &alias : aliases.at(a)) {
            const TokenizedText tokenized = TextNormalizer::tokenize(alias.text);
            const QList<NormalToken> &tokens = tokenized.tokens;
            if (tokens.isEmpty()) {
                continue;
            }
            Index::Entry entry;
            entry.actor = qint32(a);
            entry.kind = alias.kind;
            entry.text = alias.text;
            entry.upperOnly = isShortCapitals(alias.text);
            entry.language = entry.upperOnly ? alias.language : QString();
            for (qsizetype t = 0; t < tokens.size(); ++t) {
                entry.tokens.append(tokens.at(t).folded.toString());
                entry.gaps.append(quint8(t == 0 ? NormalToken::Space : tokens.at(t).gap));
                if (tokens.at(t).is(NormalToken::Capitalised) && t < 32) {
                    entry.capitalised |= 1u << t;
                }
                entry.nonLatin = entry.nonLatin || tokens.at(t).is(NormalToken::NonLatin);
            }
            entry.phrase = entry.tokens.join(u' ');
            if (suppressed.contains(actors.at(a).key + u'\n' + entry.phrase)) {
                continue;
            }
            const QString identity = QString::number(a) + u'\n' + entry.phrase + u'\n' + entry.language +
                (entry.upperOnly ? u"U"_s : u"-"_s) + QString::number(entry.capitalised);
            if (const auto known = seen.constFind(identity); known != seen.constEnd()) {
                Index::Entry &same = index->m_entries[*known];
                if (!same.spellings.contains(alias.text)) {
                    same.spellings.append(alias.text);
                }
                (entry.nonLatin ? same.otherSpelling : same.latinSpelling) = true;
                const bool cyrillic = std::any_of(alias.text.cbegin(), alias.text.cend(),
                    [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04ff; });
                if (cyrillic && !same.declined) {
                    same.declined = true; // "Ukraina" first, then "Украина": a declined name too
                    index->m_byFirstStem[TextNormalizer::inflectionStem(same.tokens.first()).toString()].append(*known);
                }
                continue;
            }
            const qint32 id = qint32(index->m_entries.size());
            seen.insert(identity, id);
            entry.spellings.append(alias.text);
            (entry.nonLatin ? entry.otherSpelling : entry.latinSpelling) = true;
            index->m_byFirst[entry.tokens.first()].append(id);
            // Only names written in a declining script are declined: "Романа" is no form of "România".
            // Russian declines; Arabic, also read by stem otherwise, would find "Было" in "بيليم".
            entry.declined = std::any_of(alias.text.cbegin(), alias.text.cend(),
                [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04ff; });
            if (entry.declined) {
                index->m_byFirstStem[TextNormalizer::inflectionStem(entry.tokens.first()).toString()].append(id);
                // "Новая Зеландия": a feminine adjective's "-ая" reads "aa", its other forms
                // ("Новой", "Новую") lose two letters, not one.
                if (const QString &first = entry.tokens.first(); first.size() >= 5 && first.endsWith(u"aa")) {
                    index->m_byFirstStem[first.chopped(2)].append(id);
                }
            }
            if (entry.tokens.size() >= 2) {
                for (const QString &token : std::as_const(entry.tokens)) {
                    QList<qint32> &posting = index->m_byToken[token];
                    if (posting.isEmpty() || posting.last() != id) {
                        posting.append(id);
                    }
                }
            } else if (entry.tokens.first().size() >= Index::FuzzyMinLetters) {
                const QString &word = entry.tokens.first();
                index->indexDeletions(word, id);
            }
            index->m_entries.append(std::move(entry));
        }
    }
    index->sortDeletions();
    index->m_fuzzyKeys.reserve(size_t(index->m_entries.size()));
    for (const Index::Entry &e : std::as_const(index->m_entries)) {
        index->m_fuzzyKeys.push_back(
            { quint32(e.phrase.size()), e.phrase.isEmpty() ? u'\0' : e.phrase.front().unicode(),
                quint8(std::min<qsizetype>(e.tokens.size(), 255)), e.upperOnly });
    }
    // Longest first, so that "Islamic State Khorasan Province" is tried before "Islamic State".
    const QList<Index::Entry> &entries = index->m_entries;
    for (auto *byFirst : { &index->m_byFirst, &index->m_byFirstStem }) {
        for (QList<qint32> &list : *byFirst) {
            std::stable_sort(list.begin(), list.end(),
                [&](qint32 x, qint32 y) { return entries.at(x).tokens.size() > entries.at(y).tokens.size(); });
        }
    }
    return index;
}

} // namespace Dateline
