// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Dateline
{

/**
 * A search snippet taken apart: ArticleSearch marks each match between [ and ]; JSON readers want
 * the plain text and the matches as code-point ranges into it, a terminal wants them in bold.
 */
struct MarkedSnippet {
    struct Match {
        qsizetype start = 0; ///< UTF-16 offset into `plain`
        qsizetype end = 0;
    };

    QString plain;
    QList<Match> matches;

    [[nodiscard]] static MarkedSnippet parse(const QString &marked);
};

} // namespace Dateline
