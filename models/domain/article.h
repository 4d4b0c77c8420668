// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Dateline
{

/**
 * One story: its canonical plain text and what is known about where and when it appeared.
 *
 * The canonical text never changes after import (annotations point into it by UTF-16 offsets);
 * a changed story becomes a new revision. Fields that were not found are empty or invalid.
 */
struct Article {
    qint64 id = 0;
    qint64 outletId = 0; ///< 0 when the outlet is unknown
    QString outletName; ///< the outlet's name, filled when read with the article
    QString url;
    QString title;
    QString byline;
    QString place; ///< the dateline's place ("Kabul")
    QDate published; ///< invalid when unknown
    QDateTime fetched; ///< when it was imported or downloaded (UTC)
    QString language; ///< ISO 639-1 code ("id", "en"); empty when undetected
    QString text; ///< canonical plain text
    QString html; ///< original HTML, if imported from a web page
    QByteArray contentHash; ///< SHA-256 of the normalised text; equal hashes are the same story
    QString sourcePath; ///< the file it was imported from, if any
    bool read = false;
    bool starred = false;
};

} // namespace Dateline
