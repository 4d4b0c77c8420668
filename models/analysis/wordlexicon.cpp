// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordlexicon.h"

#include "textnormalizer.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

#include <hunspell.hxx>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

// Enough for the words of many thousand stories; past it the cache starts again rather than
// growing for ever in a long import.
constexpr qsizetype CacheLimit = 200000;

} // namespace

WordLexicon::~WordLexicon() = default;

QStringList WordLexicon::searchPaths()
{
    QStringList paths;
    const QString own = qEnvironmentVariable("DATELINE_HUNSPELL_PATH");
    for (const QString &path : own.split(u':', Qt::SkipEmptyParts)) {
        paths.append(path);
    }
    paths.append(u"/usr/share/hunspell"_s);
    paths.append(u"/usr/share/myspell/dicts"_s);
    return paths;
}

std::unique_ptr<WordLexicon> WordLexicon::open(const QString &names)
{
    std::unique_ptr<WordLexicon> lexicon(new WordLexicon);
    for (const QString &name : names.split(u' ', Qt::SkipEmptyParts)) {
        if (name.contains(u'/')) {
            continue;
        }
        for (const QString &folder : searchPaths()) {
            const QDir dir(folder);
            const QString dic = dir.filePath(name + u".dic"_s);
            const QString aff = dir.filePath(name + u".aff"_s);
            if (!QFileInfo::exists(dic) || !QFileInfo::exists(aff)) {
                continue;
            }
            Dictionary dictionary;
            dictionary.hunspell =
                std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
            const QString encoding = QString::fromLatin1(dictionary.hunspell->get_dict_encoding()).toUpper();
            dictionary.utf8 = encoding == u"UTF-8" || encoding == u"UTF8";
            lexicon->m_dictionaries.push_back(std::move(dictionary));
            break;
        }
    }
    if (lexicon->m_dictionaries.empty()) {
        return nullptr;
    }
    return lexicon;
}

bool WordLexicon::spell(const Dictionary &dictionary, const QString &word)
{
    const QByteArray bytes = dictionary.utf8 ? word.toUtf8() : word.toLatin1();
    return dictionary.hunspell->spell(std::string(bytes.constData(), size_t(bytes.size())));
}

template<typename Answer, typename Ask>
Answer WordLexicon::cached(QHash<QString, Answer> &cache, const QString &key, Ask ask) const
{
    {
        const QReadLocker lock(&m_cacheLock);
        if (const auto it = cache.constFind(key); it != cache.constEnd()) {
            return *it;
        }
    }
    Answer answer;
    {
        const QMutexLocker lock(&m_hunspellMutex);
        answer = ask();
    }
    const QWriteLocker lock(&m_cacheLock);
    if (cache.size() >= CacheLimit) {
        cache.clear();
    }
    cache.insert(key, answer);
    return answer;
}

bool WordLexicon::holds(const QString &word) const
{
    return cached(m_holdsCache, word, [&] {
        return std::any_of(m_dictionaries.cbegin(), m_dictionaries.cend(),
            [&](const Dictionary &dictionary) { return spell(dictionary, word); });
    });
}

bool WordLexicon::properInFirst(QStringView word) const
{
    const QString lower = TextNormalizer::lowerCase(word);
    if (lower.isEmpty()) {
        return false;
    }
    return cached(m_properCache, lower, [&] {
        QString capitalised = lower;
        capitalised[0] = capitalised.at(0).toUpper();
        const Dictionary &first = m_dictionaries.front();
        return spell(first, capitalised) && !spell(first, lower);
    });
}

QStringList WordLexicon::stems(const QString &word) const
{
    return cached(m_stemsCache, word, [&] {
        QStringList found;
        for (const Dictionary &dictionary : m_dictionaries) {
            const QByteArray bytes = dictionary.utf8 ? word.toUtf8() : word.toLatin1();
            for (const std::string &stem :
                dictionary.hunspell->stem(std::string(bytes.constData(), size_t(bytes.size())))) {
                const QString text = dictionary.utf8 ? QString::fromStdString(stem) : QString::fromLatin1(stem);
                if (!found.contains(text)) {
                    found.append(text);
                }
            }
        }
        return found;
    });
}

WordLexicon::Word WordLexicon::classify(QStringView word) const
{
    const QString lower = TextNormalizer::lowerCase(word);
    return cached(m_cache, lower, [&] {
        QString capitalised = lower;
        if (!capitalised.isEmpty()) {
            capitalised[0] = capitalised.at(0).toUpper();
        }
        Word answer = Word::Unknown;
        for (const Dictionary &dictionary : m_dictionaries) {
            if (spell(dictionary, lower)) {
                return Word::Common;
            }
            // Hunspell accepts a capitalised form of a lower-case entry too; a word it accepts
            // only with its capital is a name in its dictionary.
            if (answer == Word::Unknown && spell(dictionary, capitalised)) {
                answer = Word::Proper;
            }
        }
        return answer;
    });
}

} // namespace Dateline
