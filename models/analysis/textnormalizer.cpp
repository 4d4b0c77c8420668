// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <array>
#include <memory>
#include <span>
#include <vector>

namespace Dateline
{

namespace
{

enum AsciiKind : quint8 { NoWord, Digit, UpperLetter, LowerLetter };

// What each ASCII character is to a word, looked up rather than compared range by range.
constexpr std::array<quint8, 128> asciiKinds = [] {
    std::array<quint8, 128> kinds {};
    for (char16_t u = 0; u < 128; ++u) {
        kinds[u] = u >= u'0' && u <= u'9' ? Digit
            : u >= u'A' && u <= u'Z'      ? UpperLetter
            : u >= u'a' && u <= u'z'      ? LowerLetter
                                          : NoWord;
    }
    return kinds;
}();

bool isAsciiWordUnit(char16_t u)
{
    return asciiKinds[u] != NoWord;
}

// Out of line: most text is ASCII, and the inlined fast path keeps tokenize()'s loop tight.
[[gnu::noinline]] bool isOtherWordUnit(QChar c)
{
    if (c.isSurrogate()) {
        // Letters outside the BMP are rare in news; both halves stay inside the word.
        return true;
    }
    return c.isLetterOrNumber() || c.isMark();
}

inline bool isWordUnit(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? isAsciiWordUnit(u) : isOtherWordUnit(c);
}

bool isJoiner(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'.':
    case u'/':
    case u'\'':
    case u'\u2019': // ’
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'&':
        return true;
    default:
        return false;
    }
}

NormalToken::Gap classifyGap(QStringView gap)
{
    if (gap.isEmpty() || (gap.size() == 1 && gap.front() == u' ')) {
        return NormalToken::Space;
    }
    bool spaces = true;
    for (QChar c : gap) {
        if (c == u'\n' || c == u'\r' || c == u'\u2029' || !(c.isSpace())) {
            spaces = false;
            break;
        }
    }
    if (spaces) {
        return NormalToken::Space;
    }
    if (gap.size() == 1 && isJoiner(gap.front())) {
        return NormalToken::Joiner;
    }
    if (gap.front() == u'.' && gap.size() > 1) {
        bool rest = true;
        for (QChar c : gap.sliced(1)) {
            if (c == u'\n' || c == u'\r' || !c.isSpace()) {
                rest = false;
                break;
            }
        }
        if (rest) {
            return NormalToken::Abbreviation;
        }
    }
    return NormalToken::Break;
}

// One transliterator per thread: ICU transliterators keep state while they work. Created on the
// first word that needs it, so that ASCII-only text never pays for building it.
class Folder
{
public:
    QString fold(QStringView word)
    {
        if (!m_translit) {
            UErrorCode status = U_ZERO_ERROR;
            m_translit.reset(icu::Transliterator::createInstance(
                icu::UnicodeString::fromUTF8("NFD; [:Nonspacing Mark:] Remove; Any-Latin; Latin-ASCII; Lower"),
                UTRANS_FORWARD, status));
            if (U_FAILURE(status)) {
                m_translit.reset();
            }
        }
        const QString key = word.toString();
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
            return *it;
        }
        QString result;
        if (m_translit) {
            icu::UnicodeString text(reinterpret_cast<const UChar *>(word.utf16()), int32_t(word.size()));
            m_translit->transliterate(text);
            result = QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
        } else {
            result = word.toString().normalized(QString::NormalizationForm_KD).toLower();
        }
        // Transliteration leaves marks for soft signs and hamza ("ʹ", "'"), and Han text comes
        // out as spaced syllables: the folded form keeps letters and digits only.
        QString clean;
        clean.reserve(result.size());
        for (QChar c : std::as_const(result)) {
            if (c.unicode() < 0x80 ? isWordUnit(c) : c.isLetterOrNumber()) {
                clean.append(c.toLower());
            }
        }
        if (m_cache.size() > 200000) {
            m_cache.clear();
        }
        m_cache.insert(key, clean);
        return clean;
    }

private:
    std::unique_ptr<icu::Transliterator> m_translit;
    QHash<QString, QString> m_cache;
};

Folder &folder()
{
    thread_local Folder f;
    return f;
}

} // namespace

QString TextNormalizer::fold(QStringView word)
{
    bool ascii = true;
    for (QChar c : word) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (!ascii) {
        return folder().fold(word);
    }
    QString out(word.size(), Qt::Uninitialized);
    QChar *d = out.data();
    qsizetype n = 0;
    for (QChar c : word) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') {
            u = char16_t(u + 32);
        } else if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))) {
            continue;
        }
        d[n++] = QChar(u);
    }
    out.truncate(n);
    return out;
}

TokenizedText TextNormalizer::tokenize(QStringView text)
{
    TokenizedText out;
    out.tokens.reserve(text.size() / 4 + 1);
    // The folded words are written straight into a buffer sized for the text (appending them
    // character by character cost a fifth of the matcher's time); transliteration may lengthen
    // a word, and then the buffer grows.
    out.buffer.resize(text.size() + 16);
    qsizetype used = 0;
    const auto room = [&](qsizetype more) {
        if (used + more > out.buffer.size()) {
            out.buffer.resize(std::max(out.buffer.size() * 2, used + more));
        }
        return out.buffer.data() + used;
    };
    // Offsets first: the buffer may grow (transliteration lengthens words), views come last.
    // The offsets are scratch, kept per thread: a fresh block for every story costs page faults
    // that showed as a tenth of the matcher's time on a 1 MB story.
    thread_local std::vector<std::pair<qsizetype, qsizetype>> spans;
    spans.clear();
    spans.reserve(size_t(text.size() / 4 + 1));
    const QChar *chars = text.data();
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype lastEnd = 0;
    while (i < n) {
        if (!isWordUnit(chars[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        const qsizetype foldedStart = used;
        bool anyUpper = false;
        bool anyLower = false;
        bool nonLatin = false;
        // ASCII first, folded and hashed as it is read: most words of most news are ASCII.
        QChar *d = room(n - start);
        quint32 hash = FoldedHashSeed;
        while (i < n && chars[i].unicode() < 0x80) {
            const char16_t u = chars[i].unicode();
            const quint8 kind = asciiKinds[u];
            if (kind == NoWord) {
                break;
            }
            anyUpper = anyUpper || kind == UpperLetter;
            anyLower = anyLower || kind == LowerLetter;
            const char16_t lower = kind == UpperLetter ? char16_t(u + 32) : u;
            *d++ = QChar(lower);
            hash = foldedHashStep(hash, lower);
            ++i;
        }
        const bool ascii = i == n || !isWordUnit(chars[i]);
        while (i < n && isWordUnit(chars[i])) {
            const QChar c = chars[i];
            const char16_t u = c.unicode();
            if (u < 0x80) {
                if (u >= u'A' && u <= u'Z') {
                    anyUpper = true;
                } else if (u >= u'a' && u <= u'z') {
                    anyLower = true;
                }
            } else {
                // Latin letters run to U+024F, with the extended additional block at U+1E00.
                if (!c.isMark() && !(u < 0x250 || (u >= 0x1E00 && u < 0x1F00))) {
                    nonLatin = true;
                }
                if (c.isUpper()) {
                    anyUpper = true;
                } else if (c.isLower()) {
                    anyLower = true;
                }
            }
            ++i;
        }
        if (ascii) {
            used += i - start;
        } else {
            // What the ASCII loop wrote is overwritten: the whole word goes through ICU.
            const QString folded = folder().fold(text.sliced(start, i - start));
            std::copy(folded.cbegin(), folded.cend(), room(folded.size()));
            used += folded.size();
            hash = foldedHash(folded);
        }
        if (used == foldedStart) {
            lastEnd = i;
            continue;
        }
        NormalToken token;
        token.start = start;
        token.end = i;
        token.gap = out.tokens.isEmpty() ? NormalToken::Break : classifyGap(text.sliced(lastEnd, start - lastEnd));
        const QChar first = chars[start];
        if (anyUpper && !anyLower) {
            token.flags |= NormalToken::Upper;
        }
        if (first.isUpper()) {
            token.flags |= NormalToken::Capitalised;
        } else if (first.isLower()) {
            token.flags |= NormalToken::Lower;
        }
        if (nonLatin) {
            token.flags |= NormalToken::NonLatin;
        }
        lastEnd = i;
        token.hash = hash;
        spans.emplace_back(foldedStart, used - foldedStart);
        out.tokens.append(token);
    }
    out.buffer.truncate(used);
    const QChar *base = out.buffer.constData();
    for (size_t t = 0; t < spans.size(); ++t) {
        out.tokens[qsizetype(t)].folded = QStringView(base + spans[t].first, spans[t].second);
    }
    return out;
}

QStringList TextNormalizer::foldedWords(QStringView phrase)
{
    QStringList words;
    const TokenizedText tokenized = tokenize(phrase);
    words.reserve(tokenized.tokens.size());
    for (const NormalToken &t : tokenized.tokens) {
        words.append(t.folded.toString());
    }
    return words;
}

QString TextNormalizer::foldPhrase(QStringView phrase)
{
    return foldedWords(phrase).join(u' ');
}

QString TextNormalizer::lowerCase(QStringView word)
{
    QString out(word.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            return word.toString().toLower();
        }
        *d++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return out;
}

bool TextNormalizer::isLowerCased(const QList<NormalToken> &tokens)
{
    qsizetype lower = 0;
    for (const NormalToken &t : tokens) {
        if (t.is(NormalToken::Capitalised) || t.is(NormalToken::Upper)) {
            return false;
        }
        lower += t.is(NormalToken::Lower) ? 1 : 0;
    }
    return lower >= 8;
}

QStringView TextNormalizer::inflectionStem(QStringView folded)
{
    // Russian noun and adjective endings as the folding writes them, longest first ("ами" ami,
    // "ого" ogo, "ых" yh, "я" a, "ю" u; not "ая" aa, which would part "Китая" from "Китай"). Folding decomposes "й"
    // into "и" and a breve it drops, so "ой", "ей", "ией" read "oi", "ei", "iei": "Украиной" and "Украина" share
    // "ukrain", "Турцией" and "Турция" share "turc".
    static const std::array<std::u16string_view, 40> endings { u"ami", u"ogo", u"ego", u"omu", u"emu", u"iei", u"ymi",
        u"imi", u"oi", u"ei", u"yi", u"oj", u"ej", u"ij", u"yj", u"om", u"em", u"ym", u"im", u"ah", u"am", u"ov", u"ev",
        u"yh", u"ih", u"ii", u"iu", u"ia", u"ie", u"uu", u"oe", u"ye", u"ee", u"a", u"u", u"y", u"i", u"e", u"o" };
    for (const std::u16string_view ending : endings) {
        const auto size = qsizetype(ending.size());
        if (folded.size() >= size + 3 && folded.endsWith(QStringView(ending.data(), size))) {
            return folded.chopped(size);
        }
    }
    return folded;
}

int TextNormalizer::editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit) {
        return limit + 1;
    }
    // Three rows suffice for the transposition step; names fit on the stack.
    constexpr qsizetype onStack = 128;
    std::array<int, 3 * onStack> stack;
    std::vector<int> heap;
    int *rows = stack.data();
    if (m + 1 > onStack) {
        heap.resize(size_t(3 * (m + 1)));
        rows = heap.data();
    }
    const qsizetype width = m + 1 > onStack ? m + 1 : onStack;
    std::span<int> prev2(rows, size_t(m + 1));
    std::span<int> prev(rows + width, size_t(m + 1));
    std::span<int> cur(rows + 2 * width, size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j) {
        prev[size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({ prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                v = std::min(v, prev2[size_t(j - 2)] + 1);
            }
            cur[size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[size_t(m)], limit + 1);
}

} // namespace Dateline
