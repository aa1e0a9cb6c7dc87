// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/markdown.h"
#include "markdown/markdownwriter.h"
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
    void writtenReadsBack_data();
    void writtenReadsBack();
};

namespace {

MarkdownBlock paragraph(QList<MarkdownSpan> spans)
{
    MarkdownBlock block;
    block.spans = std::move(spans);
    return block;
}

MarkdownBlock item(MarkdownBlock::Kind kind, int level, int number, const QString &text)
{
    MarkdownBlock block;
    block.kind = kind;
    block.level = level;
    block.number = number;
    block.spans = {{text, false, false, {}}};
    return block;
}

} // namespace

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

// What the writer writes reads back as the same blocks, or, where CommonMark cannot say what
// the blocks say, with the same words: the cases fuzzing found (tests/data/fuzz/markdown).
void TestMarkdown::writtenReadsBack_data()
{
    using Kind = MarkdownBlock::Kind;
    QTest::addColumn<QList<MarkdownBlock>>("blocks");
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("sameBlocks");
    const QString url = u"https://example.org/r"_s;
    QTest::newRow("bold and italic apart")
        << QList<MarkdownBlock>{paragraph({{u"Vi "_s, false, false, {}}, {u"ska"_s, true, false, {}}, {u" se "_s, false, false, {}}, {u"över"_s, false, true, {}}})}
        << u"Vi **ska** se *över*"_s << true;
    QTest::newRow("italic touching bold italic")
        << QList<MarkdownBlock>{paragraph({{u"a"_s, false, true, {}}, {u"b"_s, true, true, {}}})} << u"*a****b***"_s << true;
    // CommonMark reads "ord**\"citat\"**" as text: the words stay, the bold goes.
    QTest::newRow("bold opening on punctuation inside a word")
        << QList<MarkdownBlock>{paragraph({{u"ord"_s, false, false, {}}, {u"\"citat\""_s, true, false, {}}})} << u"ord\"citat\""_s << false;
    QTest::newRow("emphasis inside a link")
        << QList<MarkdownBlock>{paragraph({{u"Se "_s, false, false, url}, {u"riktlinjen"_s, true, false, url}, {u"."_s, false, false, {}}})}
        << u"[Se **riktlinjen**](https://example.org/r)."_s << true;
    QTest::newRow("numbered from 2 under a bullet")
        << QList<MarkdownBlock>{item(Kind::BulletItem, 1, 1, u"ett"_s), item(Kind::NumberedItem, 2, 2, u"två"_s)}
        << u"- ett\n\n  2. två"_s << true;
    QTest::newRow("a numbered list goes on after a nested bullet")
        << QList<MarkdownBlock>{item(Kind::NumberedItem, 1, 1, u"först"_s), item(Kind::BulletItem, 2, 1, u"del"_s),
                                item(Kind::NumberedItem, 1, 2, u"sedan"_s)}
        << u"1. först\n   - del\n2. sedan"_s << true;
    QTest::newRow("numbered on under numbered") << QList<MarkdownBlock>{item(Kind::NumberedItem, 1, 3, u"tre"_s), item(Kind::NumberedItem, 1, 4, u"fyra"_s)}
                                                << u"3. tre\n4. fyra"_s << true;
    QTest::newRow("nested below an empty item")
        << QList<MarkdownBlock>{paragraph({{u"Text"_s, false, false, {}}}), item(Kind::BulletItem, 1, 1, u" "_s), item(Kind::BulletItem, 2, 1, u"inre"_s)}
        << u"Text\n\n- inre"_s << false;
}

void TestMarkdown::writtenReadsBack()
{
    QFETCH(QList<MarkdownBlock>, blocks);
    QFETCH(QString, written);
    QFETCH(bool, sameBlocks);
    QCOMPARE(MarkdownWriter::write(blocks), written);
    const QList<MarkdownBlock> read = Markdown::blocks(written);
    if (sameBlocks)
        QCOMPARE(read, blocks);
    QString words;
    for (const MarkdownBlock &block : blocks)
        words += block.plainText() + u' ';
    QString readWords;
    for (const MarkdownBlock &block : read)
        readWords += block.plainText() + u' ';
    QCOMPARE(readWords.simplified(), words.simplified());
    QCOMPARE(MarkdownWriter::write(read), written);
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestMarkdown)

#include "tst_markdown.moc"
