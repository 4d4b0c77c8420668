// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "languagedetector.h"

#include <QStringDecoder>
#include <QStringList>

#include <unicode/ucsdet.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// The legacy encodings a story file is likely to be in, as ICU's detector names them. ICU
/// reports the windows-125x variant of an ISO-8859 encoding when the C1 range is used.
constexpr const char *legacyCandidates[] = {
    "windows-1252",
    "ISO-8859-1",
    "ISO-8859-2",
    "windows-1250",
    "ISO-8859-5",
    "windows-1251",
    "KOI8-R",
    "ISO-8859-6",
    "windows-1256",
    "ISO-8859-7",
    "windows-1253",
    "ISO-8859-8",
    "ISO-8859-8-I",
    "windows-1255",
    "ISO-8859-9",
    "windows-1254",
};

/// Below this ICU confidence (0-100) a guess is a guess: better a refusal than mojibake.
constexpr int minimumConfidence = 10;
/// Confidence points within which a Western code page is preferred to a Central European one.
constexpr int closeCall = 15;

bool isLegacyCandidate(const QByteArray &name)
{
    for (const char *candidate : legacyCandidates) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

enum class Source { Unicode, LegacyCodePage };

/// Whether decoded text reads as a story. U+FFFD means a byte that did not decode; C0 controls do
/// not occur in text. From a legacy code page, C1 controls are the sign of the wrong one
/// (Windows-1252 read as ISO-8859-1), and so are box drawing and other symbols taking the place of
/// letters; in Unicode they are what the file says (C1 ones from an old double encoding, "â\u0097\u008f"
/// for "●", leave the rest of the story readable).
bool readsAsText(QStringView text, Source source)
{
    const bool legacy = source == Source::LegacyCodePage;
    qsizetype nonAscii = 0;
    qsizetype oddNonAscii = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20) {
            if (u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') {
                return false;
            }
            continue;
        }
        if (u < 0x7f) {
            continue;
        }
        if (u == 0x7f || u == 0xfffd) {
            return false;
        }
        if (u >= 0x80 && u <= 0x9f) {
            if (legacy) {
                return false;
            }
            continue;
        }
        if (!legacy) {
            continue;
        }
        ++nonAscii;
        if (!c.isLetterOrNumber() && !c.isMark() && !c.isSpace() && !c.isPunct() && !c.isSymbol()) {
            ++oddNonAscii;
        } else if ((u >= 0x2500 && u <= 0x259f) || (u >= 0x2320 && u <= 0x2321) || u == 0x00a6) {
            ++oddNonAscii; // box drawing, blocks, integral halves, broken bar: KOI8-R read wrongly
        }
    }
    return !legacy || nonAscii == 0 || oddNonAscii * 10 <= nonAscii;
}

enum class Family { Other, CentralEuropean, Western };

Family familyOf(const QByteArray &encoding)
{
    const QByteArray name = encoding.toLower();
    if (name == "windows-1250" || name == "iso-8859-2") {
        return Family::CentralEuropean;
    }
    if (name == "windows-1252" || name == "iso-8859-1" || name == "iso-8859-9" || name == "windows-1254") {
        return Family::Western;
    }
    return Family::Other;
}

/// Languages written in Central European code pages whose letters Western ones lack (and the
/// other way round: German fits both).
bool isCentralEuropean(const QString &language)
{
    static const QStringList languages { u"pl"_s, u"cs"_s, u"sk"_s, u"hu"_s, u"sl"_s, u"hr"_s, u"bs"_s, u"sr"_s,
        u"ro"_s, u"sq"_s };
    return languages.contains(language);
}

bool isLatinLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNonLatinLetter(QChar c)
{
    const QChar::Script script = c.script();
    return c.isLetter() && script != QChar::Script_Latin && script != QChar::Script_Common &&
        script != QChar::Script_Inherited;
}

/**
 * Whether text decoded from a legacy code page reads as written in it. Single-byte code pages
 * decode any byte, so ICU's statistics can pick the wrong one for a short text: French read as
 * Windows-1250 gives "prętdéjŕ", English with a few accents read as Windows-1251 gives "cafй".
 * Words that mix ASCII letters with another script's are that mistake; so is a language CLD2
 * recognises that the code page's region does not write.
 */
bool fitsEncoding(const QString &text, const QByteArray &encoding)
{
    qsizetype wordsWithOtherScript = 0;
    qsizetype mixedWords = 0;
    bool latin = false;
    bool other = false;
    auto endWord = [&] {
        if (other) {
            ++wordsWithOtherScript;
            mixedWords += latin ? 1 : 0;
        }
        latin = other = false;
    };
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() && !c.isMark()) {
            endWord();
            continue;
        }
        latin = latin || isLatinLetter(c);
        other = other || isNonLatinLetter(c);
    }
    endWord();
    if (mixedWords * 10 > wordsWithOtherScript) {
        return false;
    }

    const Family family = familyOf(encoding);
    if (family == Family::Other) {
        return true;
    }
    const QString language = LanguageDetector::detect(text);
    if (language.isEmpty()) {
        return true;
    }
    return (family == Family::CentralEuropean) == isCentralEuropean(language) || language == u"de";
}

struct Bom {
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    const char16_t *name;
};

} // namespace

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return Result<DecodedText>::failure(tr("is empty"));
    }

    // Longest first: the UTF-32LE mark begins with the UTF-16LE one.
    static const Bom boms[] = {
        { QByteArrayView("\xff\xfe\x00\x00", 4), QStringConverter::Utf32LE, u"UTF-32LE" },
        { QByteArrayView("\x00\x00\xfe\xff", 4), QStringConverter::Utf32BE, u"UTF-32BE" },
        { QByteArrayView("\xef\xbb\xbf", 3), QStringConverter::Utf8, u"UTF-8" },
        { QByteArrayView("\xff\xfe", 2), QStringConverter::Utf16LE, u"UTF-16LE" },
        { QByteArrayView("\xfe\xff", 2), QStringConverter::Utf16BE, u"UTF-16BE" },
    };
    for (const Bom &bom : boms) {
        if (!bytes.startsWith(bom.bytes)) {
            continue;
        }
        const QString name = QString::fromUtf16(bom.name);
        QStringDecoder decoder(bom.encoding, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(bom.bytes.size()));
        if (decoder.hasError() || !readsAsText(text, Source::Unicode)) {
            return Result<DecodedText>::failure(
                tr("starts with a %1 byte-order mark but is not valid %1 text").arg(name));
        }
        if (text.trimmed().isEmpty()) {
            return Result<DecodedText>::failure(tr("is empty"));
        }
        return DecodedText { text, name };
    }

    if (bytes.contains('\0')) {
        return Result<DecodedText>::failure(tr("looks like a binary file (it contains NUL bytes)"));
    }

    {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            if (!readsAsText(text, Source::Unicode)) {
                return Result<DecodedText>::failure(tr("looks like a binary file (it contains control characters)"));
            }
            return DecodedText { text, u"UTF-8"_s };
        }
    }

    QStringList tried { u"UTF-8"_s };
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status)) {
        return Result<DecodedText>::failure(tr("could not be read: the character set detector did not start (%1)")
                                                .arg(QString::fromLatin1(u_errorName(status))));
    }
    ucsdet_setText(detector.get(), bytes.constData(), int(qMin<qsizetype>(bytes.size(), INT_MAX)), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status)) {
        count = 0;
    }

    struct Candidate {
        QByteArray name;
        int confidence = 0;
    };
    QList<Candidate> candidates;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const QByteArray name(ucsdet_getName(matches[i], &matchStatus));
        const int confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || confidence < minimumConfidence) {
            break; // matches come best first
        }
        if (!isLegacyCandidate(name)) {
            // The best guess is an encoding Dateline does not read (Shift_JIS, GB18030, ...):
            // any legacy candidate below it would be mojibake.
            if (i == 0 && !name.startsWith("UTF")) {
                return Result<DecodedText>::failure(
                    tr("looks like %1 text, an encoding Dateline does not read").arg(QString::fromLatin1(name)));
            }
            continue;
        }
        candidates.append({ name, confidence });
    }
    // On a short text ICU may rank Windows-1250 a little above Windows-1252 ("prêt" or "pręt"?);
    // Western code pages are far more common, so a close call goes their way.
    if (candidates.size() > 1 && familyOf(candidates.constFirst().name) == Family::CentralEuropean) {
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            if (familyOf(candidates.at(i).name) == Family::Western &&
                candidates.at(i).confidence + closeCall >= candidates.constFirst().confidence) {
                candidates.move(i, 0);
                break;
            }
        }
    }

    for (const Candidate &candidate : std::as_const(candidates)) {
        QStringDecoder decoder(candidate.name.constData(), QStringConverter::Flag::Stateless);
        if (!decoder.isValid()) {
            continue;
        }
        tried.append(QString::fromLatin1(candidate.name));
        const QString text = decoder.decode(bytes);
        if (!decoder.hasError() && readsAsText(text, Source::LegacyCodePage) && fitsEncoding(text, candidate.name)) {
            return DecodedText { text, QString::fromLatin1(candidate.name) };
        }
    }

    if (tried.size() == 1) {
        return Result<DecodedText>::failure(
            tr("is not valid text in any encoding Dateline knows (not UTF-8, and none of Windows-1252, "
               "ISO-8859-1/2/5/6/7/8/9, KOI8-R, Windows-1251 or Windows-1256 fits)"));
    }
    return Result<DecodedText>::failure(
        tr("is not valid text in any encoding Dateline knows (tried %1)").arg(tried.join(u", "_s)));
}

} // namespace Dateline
