// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationrows_p.h"

#include "actorstore.h"
#include "annotationstore.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace Dateline::AnnotationRows
{

AnnotationOrigin originFromName(const QString &name)
{
    if (name == u"rule") {
        return AnnotationOrigin::Rule;
    }
    if (name == u"user") {
        return AnnotationOrigin::User;
    }
    return AnnotationOrigin::Gazetteer;
}

QString quoteColumns()
{
    return u"q.id, q.article_id, q.start_offset, q.end_offset, q.exact, q.kind, q.cue_start, q.cue_end, q.cue_text, "
           "q.origin, q.state, %1"_s.arg(ActorStore::actorColumns(u"s"_s));
}

Quote readQuote(const QSqlQuery &query)
{
    Quote quote;
    quote.id = query.value(0).toLongLong();
    quote.articleId = query.value(1).toLongLong();
    quote.start = query.value(2).toLongLong();
    quote.end = query.value(3).toLongLong();
    quote.text = query.value(4).toString();
    quote.type = AnnotationStore::quoteTypeFromName(query.value(5).toString());
    quote.cueStart = query.isNull(6) ? -1 : query.value(6).toLongLong();
    quote.cueEnd = query.isNull(7) ? -1 : query.value(7).toLongLong();
    quote.cue = query.value(8).toString();
    quote.origin = originFromName(query.value(9).toString());
    quote.state = AnnotationStore::stateFromName(query.value(10).toString());
    quote.speaker = ActorStore::readActor(query, QuoteColumnCount);
    return quote;
}

} // namespace Dateline::AnnotationRows
