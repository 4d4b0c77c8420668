// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdirection.h"

#include <QStringView>

#include <array>

namespace Dateline
{

bool TextDirection::isRightToLeftLanguage(const QString &languageCode)
{
    // ISO 639-1 codes (and the 639-3 ones a detector may give) of languages whose usual script
    // is Arabic, Hebrew, Thaana or Syriac.
    static constexpr std::array codes = { u"ar", u"fa", u"he", u"iw", u"ur", u"ps", u"yi", u"ckb", u"sd", u"ug", u"dv",
        u"syr", u"arz", u"prs" };
    // "ar-EG", "fa_IR": the script comes with the language part.
    const qsizetype cut = [&] {
        for (qsizetype i = 0; i < languageCode.size(); ++i) {
            if (languageCode.at(i) == u'-' || languageCode.at(i) == u'_') {
                return i;
            }
        }
        return languageCode.size();
    }();
    const QStringView base = QStringView(languageCode).left(cut);
    for (const auto code : codes) {
        if (base.compare(QStringView(code), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

Qt::LayoutDirection TextDirection::forStory(const QString &languageCode, const QString &text)
{
    if (isRightToLeftLanguage(languageCode)) {
        return Qt::RightToLeft;
    }
    return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace Dateline
