// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/colorschemefollower.h"
#include "views/readerview.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using Dateline::ColorSchemeFollower;

class TestColorSchemeFollower : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The offscreen platform has no colour scheme of its own and a light palette.
        QVERIFY(!ColorSchemeFollower::isDark(QApplication::palette()));
    }

    void darkVariantIsDarkAndReadable()
    {
        const QPalette light = QApplication::palette();
        const QPalette dark = ColorSchemeFollower::darkVariant(light);
        QVERIFY(ColorSchemeFollower::isDark(dark));
        for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
            QVERIFY(dark.color(group, QPalette::Base).lightness() < dark.color(group, QPalette::Text).lightness());
            QVERIFY(
                dark.color(group, QPalette::Window).lightness() < dark.color(group, QPalette::WindowText).lightness());
            QCOMPARE(dark.color(group, QPalette::Highlight), light.color(group, QPalette::Highlight));
            QVERIFY(dark.color(group, QPalette::Link).lightness() >= 170);
        }
    }

    void followsSchemeChanges()
    {
        const QPalette original = QApplication::palette();
        Dateline::ReaderView reader;
        const auto text = reader.findChild<QTextBrowser *>(u"readerText"_s);
        QVERIFY(text);
        QCOMPARE(text->palette().color(QPalette::Base), original.color(QPalette::Base));

        ColorSchemeFollower follower;
        follower.apply(Qt::ColorScheme::Dark);
        QVERIFY(ColorSchemeFollower::isDark(QApplication::palette()));
        // The reader takes its colours from the palette: its text area turned dark with it.
        QTRY_VERIFY(text->palette().color(QPalette::Base).lightness() < original.color(QPalette::Base).lightness());
        QCOMPARE(text->palette().color(QPalette::Base), QApplication::palette().color(QPalette::Base));

        // A second dark notice does not invert the dark palette back to light.
        follower.apply(Qt::ColorScheme::Dark);
        QVERIFY(ColorSchemeFollower::isDark(QApplication::palette()));

        follower.apply(Qt::ColorScheme::Light);
        QVERIFY(!ColorSchemeFollower::isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
        QTRY_COMPARE(text->palette().color(QPalette::Base), original.color(QPalette::Base));
    }
};

QTEST_MAIN(TestColorSchemeFollower)
#include "tst_colorschemefollower.moc"
