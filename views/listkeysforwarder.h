// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Dateline
{

/**
 * Lets a search field steer the list of results below it: Up, Down and the page keys typed in
 * the field move in the list while the field keeps the focus (and the typing). Installs itself on
 * the field, which owns it.
 */
class ListKeysForwarder : public QObject
{
    Q_OBJECT

public:
    ListKeysForwarder(QWidget *field, QWidget *list);
    ~ListKeysForwarder() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_list;
};

} // namespace Dateline
