// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagedetector.h"

#include <cld2/public/compact_lang_det.h>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

/// CLD2 tells a news story's language as surely from its first thousand characters as from all of
/// it, and its cost grows with the length (about 0.1 ms for this much): an import reads thousands
/// of stories a second.
constexpr qsizetype firstSample = 1024;
/// When the first sample leaves CLD2 unsure (a story full of English names in Indonesian, say),
/// a longer one usually settles it.
constexpr qsizetype secondSample = 8192;

/// Fewer letters than this are a headline, not a text: CLD2 would guess.
constexpr qsizetype minimumLetters = 20;

/// CLD2 keeps a few pre-2000 codes ("iw", "in", "jw") and script-qualified ones ("zh-Hant").
QString toIso639(const char *cld2Code)
{
    QString code = QString::fromLatin1(cld2Code);
    code = code.section(u'-', 0, 0).toLower();
    if (code == u"iw") {
        return u"he"_s;
    }
    if (code == u"in") {
        return u"id"_s;
    }
    if (code == u"jw") {
        return u"jv"_s;
    }
    if (code == u"un" || code.size() < 2 || code.size() > 3) {
        return {};
    }
    for (const QChar c : std::as_const(code)) {
        if (c < u'a' || c > u'z') {
            return {};
        }
    }
    return code;
}

QStringView sampleOf(const QString &text, qsizetype size)
{
    QStringView sample(text);
    if (sample.size() > size) {
        sample = sample.first(size);
        if (sample.back().isHighSurrogate()) {
            sample.chop(1);
        }
    }
    return sample;
}

/// CLD2's reliable answer for `sample`, or an empty string.
QString detectSample(QStringView sample)
{
    const QByteArray utf8 = sample.toUtf8();
    CLD2::Language languages[3];
    int percents[3] = {};
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
        utf8.constData(), int(utf8.size()), true, languages, percents, &textBytes, &reliable);
    if (!reliable || language == CLD2::UNKNOWN_LANGUAGE) {
        return {};
    }
    return toIso639(CLD2::LanguageCode(language));
}

} // namespace

QString LanguageDetector::detect(const QString &text)
{
    const QStringView sample = sampleOf(text, firstSample);
    qsizetype letters = 0;
    for (const QChar c : sample) {
        if (c.isLetter() && ++letters >= minimumLetters) {
            break;
        }
    }
    if (letters < minimumLetters) {
        return {};
    }
    QString language = detectSample(sample);
    if (language.isEmpty() && text.size() > sample.size()) {
        language = detectSample(sampleOf(text, secondSample));
    }
    return language;
}

} // namespace Dateline
