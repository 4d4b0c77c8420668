// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/newstextgrammar.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dateline
{

QString NewsTextGrammar::definitionName()
{
    return u"News Text"_s;
}

QString NewsTextGrammar::searchPath()
{
    return u":/dateline"_s;
}

KSyntaxHighlighting::Repository &NewsTextGrammar::threadRepository()
{
    // One per thread: a Repository is a QObject with thread affinity, and the analysis runs on
    // pool threads as well as on the GUI thread.
    thread_local std::unique_ptr<KSyntaxHighlighting::Repository> repository;
    if (!repository) {
        repository = std::make_unique<KSyntaxHighlighting::Repository>();
        repository->addCustomSearchPath(searchPath());
    }
    return *repository;
}

KSyntaxHighlighting::Definition NewsTextGrammar::definition()
{
    return threadRepository().definitionForName(definitionName());
}

} // namespace Dateline
