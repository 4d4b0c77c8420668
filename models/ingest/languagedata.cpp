// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagedata.h"

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

QList<QStringList> readNameLists(const QJsonValue &value, qsizetype expected)
{
    QList<QStringList> lists;
    const QJsonArray outer = value.toArray();
    if (outer.size() != expected) {
        return {};
    }
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

QList<LanguageDateNames> load()
{
    QList<LanguageDateNames> languages;
    const QDir dir(u":/dateline/languages"_s);
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        LanguageDateNames names;
        names.code = root.value(u"code"_s).toString(fileName.section(u'.', 0, 0));
        names.months = readNameLists(root.value(u"months"_s), 12);
        names.weekdays = readNameLists(root.value(u"weekdays"_s), 7);
        names.dayFirst = root.value(u"dateOrder"_s).toString(u"DMY"_s) != u"MDY"_s;
        names.monthFirstWhenUsStyle = root.value(u"monthFirstWhenUsStyle"_s).toBool(false);
        // A file without a complete date vocabulary (a language that only brings speech verbs, say)
        // still gives its numeric date order.
        languages.append(names);
    }
    return languages;
}

} // namespace

const QList<LanguageDateNames> &LanguageData::dateNames()
{
    static const QList<LanguageDateNames> languages = load();
    return languages;
}

const LanguageDateNames *LanguageData::dateNames(const QString &code)
{
    for (const LanguageDateNames &names : dateNames()) {
        if (names.code == code) {
            return &names;
        }
    }
    return nullptr;
}

} // namespace Dateline
