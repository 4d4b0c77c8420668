// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/mention.h"

#include <QList>
#include <QString>

namespace Dateline
{

/**
 * A quotation with its speaker, the cue that names the speaker, and the chain of outlets that
 * relayed it ("kata Kabulov kepada kantor berita negara RIA seperti melansir Reuters": speaker
 * Zamir Kabulov, via RIA Novosti, via Reuters). Offsets are UTF-16 into the canonical text;
 * start/end span the quoted words without their quotation marks.
 */
struct Quote {
    enum class Type { Direct, Partial, Indirect };

    qint64 id = 0;
    qint64 articleId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< without the quotation marks
    Type type = Type::Direct;
    Actor speaker; ///< empty name when no speaker was found
    qsizetype cueStart = -1; ///< -1 when there is no cue
    qsizetype cueEnd = -1;
    QString cue; ///< "kata Kabulov", "tandasnya", "he said"
    QList<Actor> via; ///< relays in order, nearest the speaker first
    AnnotationOrigin origin = AnnotationOrigin::Rule;
    AnnotationState state = AnnotationState::Suggested;
};

QString quoteTypeName(Quote::Type type); ///< "direct", "partial", "indirect"

} // namespace Dateline
