// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/mention.h"
#include "domain/quote.h"

#include <QCoreApplication>
#include <QStringList>

namespace Dateline
{

/**
 * The words the views use for actors and quotations: a kind's name, a relay chain ("Zamir
 * Kabulov, via RIA Novosti, via Reuters"), and the hover cards of the reader, as rich text.
 */
class AnnotationText
{
    Q_DECLARE_TR_FUNCTIONS(Dateline::AnnotationText)

public:
    AnnotationText() = delete;

    [[nodiscard]] static QString kindName(Actor::Kind kind);
    [[nodiscard]] static QString stateName(AnnotationState state);
    [[nodiscard]] static QString typeName(Quote::Type type);
    /// The speaker followed by every relay in order; "Unknown speaker" when none was found.
    [[nodiscard]] static QString chain(const Quote &quote);
    [[nodiscard]] static QString speakerName(const Quote &quote);
    /// Rich text: name, kind, description and the forms the story uses for the actor; a name the
    /// analysis found in the text itself (origin Rule) says that no list holds it.
    [[nodiscard]] static QString actorCard(
        const Actor &actor, const QStringList &forms, AnnotationState state, AnnotationOrigin origin);
    /// Rich text: speaker, cue and chain of a quotation.
    [[nodiscard]] static QString quoteCard(const Quote &quote);
};

} // namespace Dateline
