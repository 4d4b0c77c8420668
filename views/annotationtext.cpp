// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationtext.h"

using namespace Qt::StringLiterals;

namespace Dateline
{

QString AnnotationText::kindName(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::State:
        return tr("State");
    case Actor::Kind::Person:
        return tr("Person");
    case Actor::Kind::Organisation:
        return tr("Organisation");
    case Actor::Kind::ArmedGroup:
        return tr("Armed group");
    case Actor::Kind::NewsAgency:
        return tr("News agency");
    case Actor::Kind::Outlet:
        return tr("News outlet");
    case Actor::Kind::City:
        return tr("Place"); // a city, a region, a street: any place a story names
    case Actor::Kind::Other:
        break;
    }
    return tr("Other");
}

QString AnnotationText::stateName(AnnotationState state)
{
    switch (state) {
    case AnnotationState::Suggested:
        return tr("suggested");
    case AnnotationState::Confirmed:
        return tr("confirmed");
    case AnnotationState::Rejected:
        return tr("rejected");
    }
    return {};
}

QString AnnotationText::typeName(Quote::Type type)
{
    switch (type) {
    case Quote::Type::Direct:
        return tr("direct");
    case Quote::Type::Partial:
        return tr("partial");
    case Quote::Type::Indirect:
        return tr("indirect");
    }
    return {};
}

QString AnnotationText::speakerName(const Quote &quote)
{
    return quote.speaker.name.isEmpty() ? tr("Unknown speaker") : quote.speaker.name;
}

QString AnnotationText::chain(const Quote &quote)
{
    QString text = speakerName(quote);
    for (const Actor &relay : quote.via) {
        text = tr("%1, via %2", "relay chain of a quotation").arg(text, relay.name);
    }
    return text;
}

QString AnnotationText::actorCard(
    const Actor &actor, const QStringList &forms, AnnotationState state, AnnotationOrigin origin)
{
    QString html = u"<p><b>%1</b><br/>%2</p>"_s.arg(actor.name.toHtmlEscaped(),
        tr("%1, %2", "actor kind, annotation state").arg(kindName(actor.kind), stateName(state)));
    if (!actor.description.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(actor.description.toHtmlEscaped());
    } else if (origin == AnnotationOrigin::Rule && state == AnnotationState::Suggested) {
        // The kind of a name no list holds is a guess from its words: say so, so that the reader
        // knows what to check (until they confirm it).
        html += u"<p><i>%1</i></p>"_s.arg(tr("In no list: found as a name in this story, its kind guessed from the "
                                             "words around it."));
    }
    if (!forms.isEmpty()) {
        QStringList escaped;
        for (const QString &form : forms) {
            escaped << form.toHtmlEscaped();
        }
        html += u"<p>%1</p>"_s.arg(tr("In this story: %1").arg(escaped.join(u", "_s)));
    }
    return html;
}

QString AnnotationText::quoteCard(const Quote &quote)
{
    QString html = u"<p><b>%1</b><br/>%2</p>"_s.arg(speakerName(quote).toHtmlEscaped(),
        tr("%1 quotation, %2", "quotation type, annotation state").arg(typeName(quote.type), stateName(quote.state)));
    if (!quote.cue.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("Cue: %1").arg(quote.cue.toHtmlEscaped()));
    }
    html += u"<p>%1</p>"_s.arg(tr("Chain: %1").arg(chain(quote).toHtmlEscaped()));
    return html;
}

} // namespace Dateline
