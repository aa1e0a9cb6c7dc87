// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reportpageview.h"

#include "import/reportpageimage.h"
#include "import/reportreader.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// A highlighter pen's yellow: multiplied over the page, the print stays black beneath it.
const QColor markerColour(255, 226, 64);

/// The words of a text, lower case, without punctuation or marks.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
    return text.toLower().split(nonWord, Qt::SkipEmptyParts);
}

} // namespace

ReportPageView::ReportPageView(QWidget *parent) : QWidget(parent)
{
    m_renderedPages.setMaxCost(8);

    m_caption = new QLabel(this);
    m_caption->setObjectName(u"pageCaption"_s);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previous = new QToolButton(this);
    m_previous->setObjectName(u"previousPlace"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("The previous place in the report where this item is"));
    m_previous->setAccessibleName(tr("Previous place"));
    m_placeLabel = new QLabel(this);
    m_placeLabel->setObjectName(u"placeLabel"_s);
    m_next = new QToolButton(this);
    m_next->setObjectName(u"nextPlace"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("The next place in the report where this item is"));
    m_next->setAccessibleName(tr("Next place"));
    connect(m_previous, &QToolButton::clicked, this, [this] { showPlace(m_place - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPlace(m_place + 1); });

    m_uncertain = new QLabel(this);
    m_uncertain->setObjectName(u"uncertainNote"_s);
    m_uncertain->setWordWrap(true);
    m_uncertain->setText(tr("This page was read by text recognition: check the item's words against the page."));
    m_uncertain->setVisible(false);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"pageScroll"_s);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // The page fills the width, so only its height scrolls; a scroll bar that came and went
    // with the page's height would change the width and the page with it.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(u"pageImage"_s);
    m_scroll->setWidget(m_pageLabel);
    m_scroll->viewport()->installEventFilter(this);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"reportText"_s);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("The report's text"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"pageMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(style()->pixelMetric(QStyle::PM_LayoutLeftMargin) * 2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_message);

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_previous);
    top->addWidget(m_placeLabel);
    top->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_uncertain);
    layout->addWidget(m_stack, 1);

    // Drawing a page takes a moment: while the view is being resized, only its final width.
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(100);
    connect(&m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_isPdf && m_stack->currentWidget() == m_scroll)
            showCurrentPlace();
    });

    clear();
}

ReportPageView::~ReportPageView() = default;

void ReportPageView::setReportFile(const QString &path)
{
    m_file = path;
    QFile file(path);
    // Decided as the reader decides: by the name, or by the content when the name says nothing.
    m_isPdf = QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0
              || (file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-");
    m_pages = m_isPdf ? std::make_unique<ReportPageImage>(path) : nullptr;
    m_renderedPages.clear();
    m_textLoaded = false;
    m_text->clear();
    clear();
}

void ReportPageView::clear()
{
    m_candidate = {};
    m_place = 0;
    m_shownPage = {};
    m_highlights.clear();
    m_highlightedBlocks.clear();
    m_caption->clear();
    m_uncertain->setVisible(false);
    for (QWidget *w : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_placeLabel),
                       static_cast<QWidget *>(m_next)})
        w->setVisible(false);
    showMessage(tr("Select an item to see where the report has it."));
}

void ReportPageView::showCandidate(const ImportCandidate &candidate)
{
    m_candidate = candidate;
    m_place = 0;
    m_uncertain->setVisible(candidate.uncertain);
    showCurrentPlace();
}

void ReportPageView::showPlace(int index)
{
    if (index < 0 || index >= placeCount())
        return;
    m_place = index;
    showCurrentPlace();
}

QString ReportPageView::caption() const
{
    return m_caption->text();
}

QString ReportPageView::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

QStringList ReportPageView::highlightedLines() const
{
    QStringList lines;
    for (const int block : m_highlightedBlocks)
        lines << m_text->document()->findBlockByNumber(block).text();
    return lines;
}

void ReportPageView::showCurrentPlace()
{
    const int count = int(placeCount());
    for (QWidget *w : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_placeLabel),
                       static_cast<QWidget *>(m_next)})
        w->setVisible(count > 1);
    m_placeLabel->setText(tr("Place %1 of %2").arg(m_place + 1).arg(count));
    m_previous->setEnabled(m_place > 0);
    m_next->setEnabled(m_place + 1 < count);
    m_shownPage = {};
    m_highlights.clear();
    m_highlightedBlocks.clear();
    if (count == 0) {
        m_caption->clear();
        showMessage(tr("The report does not say where this item was found."));
        return;
    }

    const ImportPlace &place = m_candidate.places.at(m_place);
    QString where;
    if (place.page > 0 && place.line > 0)
        where = tr("Page %1, line %2").arg(place.page).arg(place.line);
    else if (place.page > 0)
        where = tr("Page %1").arg(place.page);
    else if (place.line > 0)
        where = tr("Line %1").arg(place.line);
    QString section = place.section;
    if (!place.heading.isEmpty() && place.heading != place.section)
        section = section.isEmpty() ? place.heading : u"%1 %2"_s.arg(section, place.heading);
    if (!where.isEmpty() && !section.isEmpty())
        m_caption->setText(tr("%1 — %2", "where in the report: page and line — section").arg(where, section));
    else
        m_caption->setText(where.isEmpty() ? section : where);

    if (m_file.isEmpty())
        showMessage(tr("It is not known which file the report was read from."));
    else if (m_isPdf)
        showPdfPlace(place);
    else
        showTextPlace(place);
}

void ReportPageView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ReportPageView::showPdfPlace(const ImportPlace &place)
{
    if (place.page < 1) {
        showMessage(tr("The report does not say on which page this item was found."));
        return;
    }
    // Asked first every time: it notices a file that is gone or changed since it was read.
    const Result<QSizeF> size = m_pages->pageSize(place.page);
    if (!size) {
        showMessage(tr("The page cannot be shown: %1").arg(size.error()));
        return;
    }
    // Drawn for the screen's pixels, not the widget's, so the page is sharp on a high-dpi screen.
    const qreal ratio = devicePixelRatioF();
    const int width = std::max(m_scroll->viewport()->width(), 100);
    const int deviceWidth = qRound(width * ratio);
    if (deviceWidth != m_renderedWidth) {
        m_renderedPages.clear();
        m_renderedWidth = deviceWidth;
    }
    QImage page;
    if (const QImage *drawn = m_renderedPages.object(place.page)) {
        page = *drawn;
    } else {
        const Result<QImage> rendered = m_pages->render(place.page, 72.0 * deviceWidth / size.value().width());
        if (!rendered) {
            showMessage(tr("The page cannot be shown: %1").arg(rendered.error()));
            return;
        }
        page = rendered.value();
        m_renderedPages.insert(place.page, new QImage(page));
    }
    page.setDevicePixelRatio(ratio);
    m_shownPage = page;

    // Pixels per point, from the page as drawn, so marks and print agree to the pixel.
    const qreal scale = page.deviceIndependentSize().width() / size.value().width();
    for (const QRectF &box : place.boxes)
        m_highlights << QRectF(box.topLeft() * scale, box.size() * scale);

    QImage marked = page.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    marked.setDevicePixelRatio(ratio);
    {
        QPainter painter(&marked);
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        // A little beyond the letters, as a marker pen goes.
        const qreal pad = 1.5 * scale;
        for (const QRectF &r : std::as_const(m_highlights))
            painter.fillRect(r.adjusted(-pad, -pad / 2, pad, pad / 2), markerColour);
    }
    m_pageLabel->setPixmap(QPixmap::fromImage(marked));
    m_pageLabel->resize(marked.deviceIndependentSize().toSize());
    m_pageLabel->setAccessibleName(tr("Page %1 of the report").arg(place.page));
    m_stack->setCurrentWidget(m_scroll);
    scrollToHighlights();
}

void ReportPageView::scrollToHighlights()
{
    QRectF marked;
    for (const QRectF &r : std::as_const(m_highlights))
        marked = marked.united(r);
    QScrollBar *bar = m_scroll->verticalScrollBar();
    if (marked.isEmpty()) {
        bar->setValue(0);
        return;
    }
    const int visible = m_scroll->viewport()->height();
    // In the middle when it fits, else its start near the top, with some of what leads to it.
    const qreal top = marked.height() < visible * 0.8 ? marked.center().y() - visible / 2.0
                                                      : marked.top() - visible * 0.1;
    bar->setValue(qRound(top));
}

bool ReportPageView::loadText()
{
    if (m_textLoaded)
        return true;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        m_textError = tr("%1 cannot be read: %2").arg(m_file, file.errorString());
        return false;
    }
    QString text = ReportReader::decodeText(file.readAll());
    if (file.error() != QFileDevice::NoError) {
        m_textError = tr("%1 cannot be read: %2").arg(m_file, file.errorString());
        return false;
    }
    // Lines counted as ReportReader::readText() counts them, which the places' lines are.
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList parts = text.split(u'\f');
    QStringList lines;
    m_pageFirstBlock.clear();
    for (qsizetype p = 0; p < parts.size(); ++p) {
        if (p > 0)
            lines << tr("——— page %1 ———", "between the pages of a text file").arg(p + 1);
        m_pageFirstBlock << int(lines.size());
        lines << parts.at(p).split(u'\n');
    }
    m_text->setPlainText(lines.join(u'\n'));
    m_textLoaded = true;
    m_textError.clear();
    return true;
}

void ReportPageView::showTextPlace(const ImportPlace &place)
{
    if (!loadText()) {
        showMessage(tr("The report's text cannot be shown: %1").arg(m_textError));
        return;
    }
    m_stack->setCurrentWidget(m_text);
    const int part = place.page > 0 ? place.page - 1 : 0;
    if (part >= m_pageFirstBlock.size() || place.line < 1) {
        m_text->setExtraSelections({});
        return;
    }
    const int first = m_pageFirstBlock.at(part) + place.line - 1;
    const int end = part + 1 < m_pageFirstBlock.size() ? m_pageFirstBlock.at(part + 1) - 1
                                                       : m_text->document()->blockCount();
    // The place only says where the item starts: mark as many lines as its words fill,
    // roughly. Words it does not have (a heading "Bedömning" before it, bullets, marks) do
    // not count, and the marks never go beyond its page.
    QSet<QString> itemWords;
    for (const QString &word : wordsOf(m_candidate.text))
        itemWords.insert(word);
    qsizetype wanted = 0;
    for (const QString &word : std::as_const(itemWords))
        wanted += word.size();
    qsizetype found = 0;
    QSet<QString> seen;
    for (int block = first; block < end && (m_highlightedBlocks.isEmpty() || found < wanted * 9 / 10); ++block) {
        m_highlightedBlocks << block;
        for (const QString &word : wordsOf(m_text->document()->findBlockByNumber(block).text())) {
            if (itemWords.contains(word) && !seen.contains(word)) {
                seen.insert(word);
                found += word.size();
            }
        }
    }

    QList<QTextEdit::ExtraSelection> marks;
    for (const int block : std::as_const(m_highlightedBlocks)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document()->findBlockByNumber(block));
        mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.format.setBackground(markerColour);
        mark.format.setForeground(Qt::black);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << mark;
    }
    m_text->setExtraSelections(marks);
    if (!m_highlightedBlocks.isEmpty()) {
        // To the item's last line, then its first, so as much of it as fits is in view.
        m_text->setTextCursor(QTextCursor(m_text->document()->findBlockByNumber(m_highlightedBlocks.last())));
        m_text->ensureCursorVisible();
        m_text->setTextCursor(QTextCursor(m_text->document()->findBlockByNumber(first)));
        m_text->centerCursor();
    }
}

bool ReportPageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_isPdf
        && qRound(m_scroll->viewport()->width() * devicePixelRatioF()) != m_renderedWidth)
        m_resizeTimer.start();
    return QWidget::eventFilter(watched, event);
}

void ReportPageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another screen may have another pixel ratio: the page is drawn again for it.
    if (QWindow *shown = window()->windowHandle())
        connect(shown, &QWindow::screenChanged, &m_resizeTimer, qOverload<>(&QTimer::start), Qt::UniqueConnection);
}

} // namespace yttra
