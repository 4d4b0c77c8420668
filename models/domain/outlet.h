// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dateline
{

/** Who published a story: a wire service, a newspaper, state media, a blog. */
struct Outlet {
    enum class Kind { Unknown, Wire, StateMedia, Newspaper, Broadcaster, Online, Blog };

    qint64 id = 0;
    QString name; ///< as the dateline or the user names it ("Arrahmah.id", "Reuters")
    QString domain;
    QString country; ///< ISO 3166-1 alpha-2
    QString language;
    Kind kind = Kind::Unknown;
    qint64 articleCount = 0; ///< kept by triggers, never counted at start
};

} // namespace Dateline
