// SPDX-License-Identifier: GPL-3.0-or-later
#include "markedsnippet.h"

namespace Dateline
{

MarkedSnippet MarkedSnippet::parse(const QString &marked)
{
    MarkedSnippet snippet;
    snippet.plain.reserve(marked.size());
    qsizetype open = -1;
    for (const QChar c : marked) {
        // A bracket that does not open or close a match (a "]" with none open, a nested "[") is
        // text of the story and stays in it.
        if (c == u'[' && open < 0) {
            open = snippet.plain.size();
        } else if (c == u']' && open >= 0) {
            snippet.matches.append({ open, snippet.plain.size() });
            open = -1;
        } else {
            snippet.plain.append(c);
        }
    }
    if (open >= 0) {
        // An unclosed "[" was the story's own bracket: put it back.
        snippet.plain.insert(open, u'[');
    }
    return snippet;
}

} // namespace Dateline
