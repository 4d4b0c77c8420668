// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

// The array's strings, trimmed, each once.
QStringList readStrings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array) {
        const QString text = value.toString().trimmed();
        if (!text.isEmpty() && !list.contains(text)) {
            list.append(text);
        }
    }
    return list;
}

QStringList readList(const QJsonObject &root, const QString &name)
{
    return readStrings(root.value(name).toArray());
}

// {"person": [...], "place": [...]}: lists by actor kind.
QHash<QString, QStringList> readKindLists(const QJsonObject &root, const QString &name)
{
    QHash<QString, QStringList> lists;
    const QJsonObject object = root.value(name).toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        lists.insert(it.key(), readStrings(it.value().toArray()));
    }
    return lists;
}

// Month and weekday lists count only when complete: a half list would shift every later month.
QList<QStringList> readNameLists(const QJsonValue &value, qsizetype expected)
{
    const QJsonArray outer = value.toArray();
    if (outer.size() != expected) {
        return {};
    }
    QList<QStringList> lists;
    for (const QJsonValue &entry : outer) {
        QStringList names;
        const QJsonArray inner = entry.toArray();
        for (const QJsonValue &name : inner) {
            const QString text = name.toString().trimmed();
            if (!text.isEmpty()) {
                names.append(text);
            }
        }
        lists.append(names);
    }
    return lists;
}

LanguageProfile read(const QJsonObject &root, const QString &fallbackCode)
{
    LanguageProfile p;
    p.code = root.value(u"code"_s).toString(fallbackCode);
    p.name = root.value(u"name"_s).toString();
    p.dateOrder = root.value(u"dateOrder"_s).toString(u"DMY"_s);
    p.monthFirstWhenUsStyle = root.value(u"monthFirstWhenUsStyle"_s).toBool(false);
    p.months = readNameLists(root.value(u"months"_s), 12);
    p.weekdays = readNameLists(root.value(u"weekdays"_s), 7);
    p.speechVerbs = readList(root, u"speechVerbs"_s);
    p.speechVerbsBeforeSpeaker = readList(root, u"speechVerbsBeforeSpeaker"_s);
    p.cueSuffixVerbs = readList(root, u"cueSuffixVerbs"_s);
    p.pronouns = readList(root, u"pronouns"_s);
    p.clitics = readList(root, u"clitics"_s);
    p.prefixes = readList(root, u"prefixes"_s);
    p.accordingTo = readList(root, u"accordingTo"_s);
    p.relayBefore = readList(root, u"relayBefore"_s);
    p.relayCarried = readList(root, u"relayCarried"_s);
    p.relayReported = readList(root, u"relayReported"_s);
    p.thatWords = readList(root, u"thatWords"_s);
    p.relativeWords = readList(root, u"relativeWords"_s);
    p.reportOpeners = readList(root, u"reportOpeners"_s);
    p.joiningWords = readList(root, u"joiningWords"_s);
    p.titles = readList(root, u"titles"_s);
    p.locatives = readList(root, u"locatives"_s);
    p.nameParticles = readList(root, u"nameParticles"_s);
    p.connectors = readList(root, u"connectors"_s);
    p.quotationMarks = readList(root, u"quotationMarks"_s);
    p.hunspell = root.value(u"hunspell"_s).toString();
    p.nameCues = readKindLists(root, u"nameCues"_s);
    p.nameHeads = readKindLists(root, u"nameHeads"_s);
    p.nameTails = readKindLists(root, u"nameTails"_s);
    p.nameEndings = readKindLists(root, u"nameEndings"_s);
    p.notNames = readList(root, u"notNames"_s);
    p.otherScriptNames = root.value(u"otherScriptNames"_s).toString();
    p.nameBeginnings = readKindLists(root, u"nameBeginnings"_s);
    p.patronymicEndings = readList(root, u"patronymicEndings"_s);
    p.headModifierEndings = readList(root, u"headModifierEndings"_s);
    p.derivationPrefixes = readList(root, u"derivationPrefixes"_s);
    p.derivationSuffixes = readList(root, u"derivationSuffixes"_s);
    return p;
}

} // namespace

LanguageProfiles::LanguageProfiles()
    : m_empty(std::make_unique<LanguageProfile>())
{
    const QDir dir(u":/dateline/languages"_s);
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (!document.isObject()) {
            // A broken file must not take the other languages with it; tst_languageprofile
            // checks that every shipped file parses.
            continue;
        }
        LanguageProfile profile = read(document.object(), fileName.section(u'.', 0, 0));
        m_profiles.insert(profile.code, std::move(profile));
    }
}

LanguageProfiles::~LanguageProfiles() = default;

const LanguageProfile &LanguageProfiles::profile(const QString &code) const
{
    const auto it = m_profiles.constFind(code);
    if (it != m_profiles.constEnd()) {
        return *it;
    }
    if (code.isEmpty()) {
        return *m_empty;
    }
    const QMutexLocker lock(&m_unknownMutex);
    auto [unknown, inserted] = m_unknown.try_emplace(code);
    if (inserted) {
        unknown->second.code = code;
    }
    return unknown->second;
}

QStringList LanguageProfiles::codes() const
{
    QStringList codes = m_profiles.keys();
    codes.sort();
    return codes;
}

} // namespace Dateline
