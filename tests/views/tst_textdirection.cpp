// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/textdirection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Dateline::TextDirection;

class TestTextDirection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rightToLeftLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("arabic") << u"ar"_s << true;
        QTest::newRow("persian") << u"fa"_s << true;
        QTest::newRow("hebrew") << u"he"_s << true;
        QTest::newRow("urdu") << u"ur"_s << true;
        QTest::newRow("arabic with region") << u"ar-EG"_s << true;
        QTest::newRow("persian with underscore region") << u"fa_IR"_s << true;
        QTest::newRow("upper case code") << u"AR"_s << true;
        QTest::newRow("indonesian") << u"id"_s << false;
        QTest::newRow("english") << u"en"_s << false;
        QTest::newRow("russian") << u"ru"_s << false;
        QTest::newRow("unknown") << QString() << false;
        QTest::newRow("code that only starts like arabic") << u"arn"_s << false;
    }
    void rightToLeftLanguage()
    {
        QFETCH(QString, code);
        QFETCH(bool, rightToLeft);
        QCOMPARE(TextDirection::isRightToLeftLanguage(code), rightToLeft);
    }

    void storyDirection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        const QString arabic = u"قال مسؤولون في القاهرة إن منسوب المياه ارتفع."_s;
        const QString hebrew = u"הממשלה הודיעה היום על תוכנית חדשה."_s;
        const QString indonesian = u"KABUL (Arrahmah.id) — Rusia akan membantu otoritas Taliban."_s;
        QTest::newRow("arabic by language and text") << u"ar"_s << arabic << Qt::RightToLeft;
        QTest::newRow("arabic text, language unknown") << QString() << arabic << Qt::RightToLeft;
        QTest::newRow("hebrew text, language unknown") << QString() << hebrew << Qt::RightToLeft;
        QTest::newRow("arabic text after digits and punctuation")
            << QString() << (u"2025 — "_s + arabic) << Qt::RightToLeft;
        QTest::newRow("urdu by language alone") << u"ur"_s << u"12345"_s << Qt::RightToLeft;
        QTest::newRow("indonesian") << u"id"_s << indonesian << Qt::LeftToRight;
        QTest::newRow("latin text quoting arabic later") << u"en"_s << (u"He said: "_s + arabic) << Qt::LeftToRight;
        QTest::newRow("empty story") << QString() << QString() << Qt::LeftToRight;
    }
    void storyDirection()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(Qt::LayoutDirection, direction);
        QCOMPARE(TextDirection::forStory(language, text), direction);
    }
};

QTEST_GUILESS_MAIN(TestTextDirection)
#include "tst_textdirection.moc"
