// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/listkeysforwarder.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Dateline;

/// The search field of the link dialog and the actor chooser steers its list of results.
class TestListKeysForwarder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrowsMoveInTheListWhileTypingStaysInTheField()
    {
        QWidget window;
        const auto field = new QLineEdit(&window);
        const auto list = new QListWidget(&window);
        const auto layout = new QVBoxLayout(&window);
        layout->addWidget(field);
        layout->addWidget(list);
        list->addItems({ u"Zamir Kabulov"_s, u"Sergei Lavrov"_s, u"Vladimir Putin"_s });
        list->setCurrentRow(0);
        new ListKeysForwarder(field, list);
        window.show();
        field->setFocus();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(field, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(field, Qt::Key_Down);
        QCOMPARE(list->currentRow(), 2);
        QTest::keyClick(field, Qt::Key_Up);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(field, Qt::Key_PageUp);
        QCOMPARE(list->currentRow(), 0);

        QTest::keyClicks(field, u"lav"_s);
        QCOMPARE(field->text(), u"lav"_s);
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(field->hasFocus());
    }
};

QTEST_MAIN(TestListKeysForwarder)
#include "tst_listkeysforwarder.moc"
