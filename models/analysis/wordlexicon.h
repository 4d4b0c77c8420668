// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class Hunspell;

namespace Dateline
{

/**
 * What a language's spelling dictionary says of a word: a common word ("kota", "площадь"), a
 * proper noun the dictionary knows only with its capital ("Jakarta", "Москва"), or a word it does
 * not know at all (a name it never heard of, a foreign word, a typing error).
 *
 * The dictionaries are Hunspell's, as Debian ships them (hunspell-id, hunspell-ru, ...), read
 * from `DATELINE_HUNSPELL_PATH` (folders separated by ':') and then /usr/share/hunspell: the name
 * finder uses them where capitals tell nothing (a sentence's first word, a lower-cased text).
 * Hunspell is not safe to share between threads, so calls take a lock; answers are cached, and
 * news repeats its words, so most calls never reach Hunspell.
 */
class WordLexicon
{
public:
    enum class Word { Common, Proper, Unknown };

    ~WordLexicon();
    Q_DISABLE_COPY_MOVE(WordLexicon)

    /// The dictionaries `names` ("id_ID en_US": Indonesian news borrows English words), read as
    /// one; null when no folder holds any of them.
    [[nodiscard]] static std::unique_ptr<WordLexicon> open(const QString &names);
    [[nodiscard]] static QStringList searchPaths();

    /// `word` as written in the text, one word without spaces. Safe from several threads.
    [[nodiscard]] Word classify(QStringView word) const;
    /// Whether some dictionary holds `word` as written. Cached.
    [[nodiscard]] bool holds(const QString &word) const;
    /// Whether the first dictionary (the language's own, not one it borrows from) holds `word`
    /// as a name. Cached.
    [[nodiscard]] bool properInFirst(QStringView word) const;
    /// The dictionary forms `word` may be inflected from ("Виктором" -> "Виктор"). Cached.
    [[nodiscard]] QStringList stems(const QString &word) const;

private:
    struct Dictionary {
        std::unique_ptr<Hunspell> hunspell;
        bool utf8 = true; ///< the dictionary's encoding: UTF-8, else Latin-1 (the older .dic files)
    };

    WordLexicon() = default;
    [[nodiscard]] static bool spell(const Dictionary &dictionary, const QString &word);
    /// The cached answer for `key`, else `ask()` (under the Hunspell lock), remembered.
    template<typename Answer, typename Ask>
    Answer cached(QHash<QString, Answer> &cache, const QString &key, Ask ask) const;

    std::vector<Dictionary> m_dictionaries;
    mutable QMutex m_hunspellMutex;
    mutable QReadWriteLock m_cacheLock;
    mutable QHash<QString, Word> m_cache; ///< by the word in lower case
    mutable QHash<QString, bool> m_properCache; ///< by the word in lower case
    mutable QHash<QString, bool> m_holdsCache; ///< by the word as written
    mutable QHash<QString, QStringList> m_stemsCache; ///< by the word as written
};

} // namespace Dateline
