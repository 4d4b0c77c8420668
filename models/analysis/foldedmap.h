// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace Dateline
{

/// The hash FoldedMap files a folded word under; TextNormalizer computes it once per token
/// (NormalToken::hash), so that the many tables a word is looked up in share it.
// FNV-1a over the UTF-16 units: folded words are short, and this costs two operations a unit.
constexpr quint32 FoldedHashSeed = 2166136261u;
constexpr quint32 foldedHashStep(quint32 hash, char16_t unit)
{
    return (hash ^ unit) * 16777619u;
}

inline quint32 foldedHash(QStringView word)
{
    quint32 h = FoldedHashSeed;
    for (QChar c : word) {
        h = foldedHashStep(h, c.unicode());
    }
    return h;
}

/**
 * A hash table keyed by folded words, for the lists the matcher looks every word of a story up
 * in (the gazetteer's first words, titles, cue words). Unlike QHash it takes the key's hash from
 * the caller (NormalToken::hash, computed once while tokenizing), and a miss, the usual answer,
 * compares hashes in a compact array without touching the keys' strings.
 *
 * The subset of QHash's interface the matcher uses: constFind() gives a pointer to the value
 * (constEnd() is null); iteration runs over the values in insertion order. Built once, then read
 * by many threads.
 */
template<typename T>
class FoldedMap
{
public:
    using const_iterator = const T *;

    [[nodiscard]] qsizetype size() const { return qsizetype(m_keys.size()); }
    [[nodiscard]] bool isEmpty() const { return m_keys.empty(); }

    [[nodiscard]] const T *constFind(QStringView key, quint32 hash) const
    {
        if (m_slots.empty()) {
            return nullptr;
        }
        const size_t mask = m_slots.size() - 1;
        for (size_t at = spread(hash) & mask;; at = (at + 1) & mask) {
            const Slot &slot = m_slots[at];
            if (slot.index < 0) {
                return nullptr;
            }
            if (slot.hash == hash && QStringView(m_keys[size_t(slot.index)]) == key) {
                return m_values.constData() + slot.index;
            }
        }
    }
    [[nodiscard]] const T *constFind(QStringView key) const { return constFind(key, foldedHash(key)); }
    [[nodiscard]] const T *constEnd() const { return nullptr; }
    [[nodiscard]] bool contains(QStringView key) const { return constFind(key) != nullptr; }
    [[nodiscard]] T value(QStringView key, const T &fallback = T()) const
    {
        const T *found = constFind(key);
        return found ? *found : fallback;
    }

    /// The value for `key`, a default one added when there is none.
    T &operator[](const QString &key)
    {
        const quint32 hash = foldedHash(key);
        if (const T *found = constFind(key, hash)) {
            return m_values[found - m_values.constData()];
        }
        if ((m_keys.size() + 1) * 4 > m_slots.size() * 3) {
            rehash(std::max<size_t>(16, m_slots.size() * 2));
        }
        m_keys.push_back(key);
        m_values.append(T());
        place(hash, qint32(m_keys.size() - 1));
        return m_values.last();
    }
    void insert(const QString &key, const T &value) { (*this)[key] = value; }

    [[nodiscard]] auto begin() { return m_values.begin(); }
    [[nodiscard]] auto end() { return m_values.end(); }
    [[nodiscard]] auto begin() const { return m_values.cbegin(); }
    [[nodiscard]] auto end() const { return m_values.cend(); }

private:
    struct Slot {
        quint32 hash = 0;
        qint32 index = -1; ///< into m_keys and m_values; -1: empty
    };

    // FNV-1a's low bits vary little for keys that differ at the end: mix before masking.
    static size_t spread(quint32 hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85ebca6bu;
        hash ^= hash >> 13;
        return hash;
    }

    void place(quint32 hash, qint32 index)
    {
        const size_t mask = m_slots.size() - 1;
        size_t at = spread(hash) & mask;
        while (m_slots[at].index >= 0) {
            at = (at + 1) & mask;
        }
        m_slots[at] = Slot { hash, index };
    }

    void rehash(size_t count)
    {
        m_slots.assign(count, Slot());
        for (size_t i = 0; i < m_keys.size(); ++i) {
            place(foldedHash(m_keys[i]), qint32(i));
        }
    }

    std::vector<Slot> m_slots; ///< a power of two, at most three quarters full
    std::vector<QString> m_keys;
    QList<T> m_values; ///< not std::vector: std::vector<bool> has no addresses
};

} // namespace Dateline
