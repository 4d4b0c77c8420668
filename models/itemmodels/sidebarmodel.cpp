// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebarmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Dateline
{

namespace
{

// internalId of an index: 0 for a top-level row, else 1 + the top-level row it is under.
constexpr quintptr TopLevel = 0;

struct Entry {
    QString name;
    qint64 count = 0;
    ArticleFilter filter;
};

QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage) {
        return code;
    }
    // The language's own name ("Indonesia", "русский"), except that English locales name
    // themselves by country ("American English").
    QString name = locale.language() == QLocale::English ? QLocale::languageToString(locale.language())
                                                         : locale.nativeLanguageName();
    if (name.isEmpty()) {
        name = QLocale::languageToString(locale.language());
    }
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return SidebarModel::tr("%1 (%2)", "language name and ISO code").arg(name, code);
}

} // namespace

class SidebarModel::Private
{
public:
    explicit Private(QSqlDatabase database)
        : store(std::move(database))
    {
    }

    [[nodiscard]] const Entry *entry(const QModelIndex &index) const
    {
        if (!index.isValid()) {
            return nullptr;
        }
        switch (index.internalId()) {
        case TopLevel:
            return &top.at(index.row());
        case 1 + OutletsRow:
            return &outlets.at(index.row());
        case 1 + LanguagesRow:
            return &languages.at(index.row());
        default:
            return nullptr;
        }
    }

    [[nodiscard]] const QList<Entry> *children(int topRow) const
    {
        switch (topRow) {
        case OutletsRow:
            return &outlets;
        case LanguagesRow:
            return &languages;
        default:
            return nullptr;
        }
    }

    void read();

    ArticleStore store;
    QList<Entry> top;
    QList<Entry> outlets;
    QList<Entry> languages;
    QString lastError;
};

void SidebarModel::Private::read()
{
    top.clear();
    outlets.clear();
    languages.clear();
    lastError.clear();
    LibraryCounts counts;
    if (auto read = store.counts()) {
        counts = read.value();
    } else {
        lastError = read.error();
    }
    if (auto read = store.outlets()) {
        for (const Outlet &outlet : read.value()) {
            outlets.append({ outlet.name, outlet.articleCount, ArticleFilter { outlet.id, {} } });
        }
    } else {
        lastError = read.error();
    }
    if (auto read = store.languages()) {
        for (const LanguageCount &language : read.value()) {
            languages.append(
                { languageName(language.language), language.articles, ArticleFilter { 0, language.language } });
        }
    } else {
        lastError = read.error();
    }
    top.append({ tr("All stories"), counts.articles, ArticleFilter() });
    top.append({ tr("Outlets"), counts.outlets, ArticleFilter() });
    top.append({ tr("Languages"), counts.languages, ArticleFilter() });
}

SidebarModel::SidebarModel(QSqlDatabase db, QObject *parent)
    : QAbstractItemModel(parent)
    , d(std::make_unique<Private>(std::move(db)))
{
    d->read();
}

SidebarModel::~SidebarModel() = default;

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, TopLevel);
    }
    return createIndex(row, column, quintptr(1 + parent.row()));
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(d->top.size());
    }
    if (parent.column() != 0 || parent.internalId() != TopLevel) {
        return 0;
    }
    const QList<Entry> *children = d->children(parent.row());
    return children != nullptr ? int(children->size()) : 0;
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Entry *entry = d->entry(index);
    if (entry == nullptr) {
        return {};
    }
    const bool group = index.internalId() == TopLevel && index.row() != AllStoriesRow;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn) {
            return entry->name;
        }
        return QLocale().toString(entry->count);
    case Qt::ToolTipRole:
        return group ? QVariant() : QVariant(tr("%n stories", nullptr, int(std::min<qint64>(entry->count, INT_MAX))));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CountRole:
        return entry->count;
    case FilterRole:
        return group ? QVariant() : QVariant::fromValue(entry->filter);
    default:
        return {};
    }
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    // "Outlets" and "Languages" only group their children: they stand for no filter.
    const bool group = index.internalId() == TopLevel && index.row() != AllStoriesRow;
    return group ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

ArticleFilter SidebarModel::filterAt(const QModelIndex &index) const
{
    const Entry *entry = index.isValid() && index.model() == this ? d->entry(index) : nullptr;
    return entry != nullptr ? entry->filter : ArticleFilter();
}

void SidebarModel::reload()
{
    beginResetModel();
    d->read();
    endResetModel();
}

QString SidebarModel::lastError() const
{
    return d->lastError;
}

QModelIndex SidebarModel::indexOfFilter(const ArticleFilter &filter) const
{
    if (filter == ArticleFilter()) {
        return index(AllStoriesRow, NameColumn);
    }
    const int topRow = filter.outletId != 0 ? OutletsRow : LanguagesRow;
    const QList<Entry> &entries = *d->children(topRow);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).filter == filter) {
            return index(int(i), NameColumn, index(topRow, NameColumn));
        }
    }
    return {};
}

} // namespace Dateline
