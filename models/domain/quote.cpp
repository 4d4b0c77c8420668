// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/quote.h"

namespace Dateline
{

QString quoteTypeName(Quote::Type type)
{
    switch (type) {
    case Quote::Type::Direct:
        return QStringLiteral("direct");
    case Quote::Type::Partial:
        return QStringLiteral("partial");
    case Quote::Type::Indirect:
        return QStringLiteral("indirect");
    }
    return QStringLiteral("direct");
}

} // namespace Dateline
