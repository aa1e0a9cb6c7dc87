// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdown.h"
#include "testhelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

/// Markdown: the one reader of the statement's rich-text members.
class TestMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void blocks();
    void empty();
};

void TestMarkdown::plainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("paragraph") << u"En mening."_s << u"En mening."_s;
    QTest::newRow("soft break joins") << u"Första raden\nfortsätter här."_s << u"Första raden fortsätter här."_s;
    QTest::newRow("paragraphs") << u"Ett.\n\nTvå."_s << u"Ett.\n\nTvå."_s;
    QTest::newRow("bullets") << u"- ett\n- två"_s << u"• ett\n• två"_s;
    QTest::newRow("numbered") << u"1. ett\n2. två"_s << u"1. ett\n2. två"_s;
    QTest::newRow("paragraph then list") << u"Vi ska:\n\n- ett\n- två\n\nSlut."_s << u"Vi ska:\n\n• ett\n• två\n\nSlut."_s;
    QTest::newRow("nested") << u"- ett\n  - inre\n- två"_s << u"• ett\n  • inre\n• två"_s;
    QTest::newRow("emphasis dropped") << u"**Fet** och *kursiv*."_s << u"Fet och kursiv."_s;
    QTest::newRow("link text kept") << u"Se [riktlinjen](https://example.org/r)."_s << u"Se riktlinjen."_s;
    QTest::newRow("å ä ö") << u"Åtgärder för förvaltningen"_s << u"Åtgärder för förvaltningen"_s;
}

void TestMarkdown::plainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(Markdown::plainText(markdown), plain);
}

void TestMarkdown::blocks()
{
    const QList<MarkdownBlock> blocks = Markdown::blocks(u"Vi **ska** se [här](https://example.org).\n\n- *ett*\n\n1. x\n2. y"_s);
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).kind, MarkdownBlock::Kind::Paragraph);
    QCOMPARE(blocks.at(0).spans.size(), 5);
    QCOMPARE(blocks.at(0).spans.at(1), (MarkdownSpan{u"ska"_s, true, false, {}}));
    QCOMPARE(blocks.at(0).spans.at(3), (MarkdownSpan{u"här"_s, false, false, u"https://example.org"_s}));
    QCOMPARE(blocks.at(1).kind, MarkdownBlock::Kind::BulletItem);
    QCOMPARE(blocks.at(1).level, 1);
    QCOMPARE(blocks.at(1).spans.first(), (MarkdownSpan{u"ett"_s, false, true, {}}));
    QCOMPARE(blocks.at(2).kind, MarkdownBlock::Kind::NumberedItem);
    QCOMPARE(blocks.at(2).number, 1);
    QCOMPARE(blocks.at(3).number, 2);
    // A numbered list keeps the number it starts from.
    QCOMPARE(Markdown::plainText(u"3. tre\n4. fyra"_s), u"3. tre\n4. fyra"_s);
    // Entities and hard breaks.
    QCOMPARE(Markdown::plainText(u"A &amp; B&#x2013;C"_s), u"A & B–C"_s);
    // Loose list items: the paragraph inside an item is the item.
    QCOMPARE(Markdown::plainText(u"- ett\n\n- två"_s), u"• ett\n• två"_s);
    // HTML is shown as typed, not interpreted.
    QCOMPARE(Markdown::plainText(u"a <b>b</b>"_s), u"a <b>b</b>"_s);
}

void TestMarkdown::empty()
{
    QVERIFY(Markdown::blocks(QString()).isEmpty());
    QVERIFY(Markdown::blocks(u"  \n\n "_s).isEmpty());
    QCOMPARE(Markdown::plainText(QString()), QString());
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestMarkdown)

#include "tst_markdown.moc"
