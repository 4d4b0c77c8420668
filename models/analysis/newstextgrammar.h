// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace KSyntaxHighlighting
{
class Definition;
class Repository;
} // namespace KSyntaxHighlighting

namespace Dateline
{

/**
 * Where Dateline's news-text grammar (resources/syntax/news-text.xml) lives and how a
 * KSyntaxHighlighting::Repository finds it.
 *
 * The XML is compiled into dateline_analysis as the Qt resource :/dateline/syntax/news-text.xml.
 * KSyntaxHighlighting 6.13 looks for the .xml files in "<path>/syntax" under every custom search path with
 * QDirIterator, which reads Qt resources as well as folders, so
 * Repository::addCustomSearchPath(":/dateline") finds it: no extraction to disk and no loading of
 * the Definition by hand (tst_quotationfinder checks this with a fresh Repository).
 *
 * A Repository reads the metadata of every bundled definition (about 400) when it is made and on
 * each addCustomSearchPath(), which costs milliseconds: threadRepository() keeps one per thread,
 * so that finders and highlighters made again and again on one thread (the reader, the import
 * worker, a thread pool) pay that once. A Repository is a QObject bound to its thread; never hand
 * one to another thread.
 */
class NewsTextGrammar
{
public:
    NewsTextGrammar() = delete;

    /// The definition's name, "News Text": Dateline picks it by name, it has no file extensions.
    [[nodiscard]] static QString definitionName();
    /// The resource folder holding syntax/news-text.xml, for Repository::addCustomSearchPath().
    [[nodiscard]] static QString searchPath();
    /// This thread's Repository, made on first use with searchPath() added; lives until the thread ends.
    [[nodiscard]] static KSyntaxHighlighting::Repository &threadRepository();
    /// The News Text definition from threadRepository() (invalid only if the resource is missing).
    [[nodiscard]] static KSyntaxHighlighting::Definition definition();
};

} // namespace Dateline
