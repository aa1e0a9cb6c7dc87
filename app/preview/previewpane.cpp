// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewpane.h"

#include "preview/previewworker_p.h"
#include "session/boardlogo.h"
#include "session/settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace yttra {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_thread(new QThread(this))
    , m_delay(new QTimer(this))
    , m_pageLabel(new QLabel(this))
    , m_image(new QLabel)
    , m_message(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_resize(new QTimer(this))
{
    // The worker lives in its thread; its answers come back as calls queued to this pane,
    // and are dropped with it.
    m_worker = new PreviewWorker([this](const PdfDocument &layout, const QImage &image, int page, int generation, const QString &error) {
        QThread *thread = QThread::currentThread();
        QMetaObject::invokeMethod(this, [=, this] { received(layout, image, page, generation, error, thread); }, Qt::QueuedConnection);
    });
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(u"preview layout"_s);
    m_thread->start(QThread::LowPriority);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    m_previous->setText(tr("‹", "previous page"));
    m_previous->setToolTip(tr("Previous page"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setText(tr("›", "next page"));
    m_next->setToolTip(tr("Next page"));
    m_next->setAccessibleName(tr("Next page"));
    m_zoomOut->setText(tr("−", "zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn->setText(tr("+", "zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addStretch();
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    layout->addLayout(bar);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_scroll->setWidget(m_image);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setAccessibleName(tr("Print preview"));
    m_image->setAccessibleName(tr("Page"));
    layout->addWidget(m_scroll);

    m_delay->setSingleShot(true);
    // A relayout after an edit takes a few milliseconds (only changed blocks are shaped), so
    // the wait only gathers the changes of one burst (a paste, an undo of several fields)
    // into one layout; fields commit typed text to the document after their own pause.
    m_delay->setInterval(25);
    connect(m_delay, &QTimer::timeout, this, &PreviewPane::request);
    // Resizing the panel redraws the page to its width, once the user has let go.
    m_resize->setSingleShot(true);
    m_resize->setInterval(150);
    connect(m_resize, &QTimer::timeout, this, &PreviewPane::redraw);
    connect(m_previous, &QToolButton::clicked, this, [this] { setCurrentPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setCurrentPage(m_page + 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { setZoom(dotsPerInch() / 96 / devicePixelRatioF() * 1.25); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { setZoom(dotsPerInch() / 96 / devicePixelRatioF() / 1.25); });
    updateControls();
}

PreviewPane::~PreviewPane()
{
    m_thread->quit();
    m_thread->wait();
}

void PreviewPane::setDelay(int milliseconds)
{
    m_delay->setInterval(milliseconds);
}

void PreviewPane::setDocument(StatementDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_page = 0;
    m_stale = true;
    if (m_document)
        connect(m_document, &StatementDocument::changed, this, &PreviewPane::schedule);
    if (isVisible())
        request(); // a new document is shown at once, not after the typing delay
}

void PreviewPane::setSettings(const Settings *settings)
{
    if (m_settings)
        disconnect(m_settings.data(), nullptr, this, nullptr);
    m_settings = settings;
    if (settings)
        settings->watch(Settings::BoardLogos, this, [this] { schedule(); });
    schedule();
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        request();
}

void PreviewPane::schedule()
{
    m_stale = true;
    if (isVisible())
        m_delay->start();
}

void PreviewPane::request()
{
    m_delay->stop();
    if (!m_document || !isVisible())
        return;
    m_stale = false;
    PreviewWorker::Request r;
    // Implicitly shared: no copy until the next edit.
    r.statement = BoardLogo::forOutput(m_document->statement(), m_settings);
    r.page = m_page;
    r.dotsPerInch = dotsPerInch();
    r.generation = ++m_generation;
    m_worker->post(std::move(r));
}

void PreviewPane::received(const PdfDocument &layout, const QImage &image, int page, int generation, const QString &error,
                           QThread *thread)
{
    Q_UNUSED(generation);
    m_layout = layout;
    m_pages = layout.pageCount();
    m_page = page;
    m_lastThread = thread;
    ++m_layoutsDone;
    // What the pages go without (a logo that cannot be drawn) is said here as the exports say it.
    const QString message = !error.isEmpty() ? tr("The preview cannot be shown: %1").arg(error) : layout.warnings().join(u'\n');
    m_message->setVisible(!message.isEmpty());
    m_message->setText(message);
    QImage shown = image;
    shown.setDevicePixelRatio(devicePixelRatioF());
    m_image->setPixmap(QPixmap::fromImage(shown));
    m_image->resize(m_image->sizeHint());
    updateControls();
    Q_EMIT laidOut();
}

void PreviewPane::setCurrentPage(int page)
{
    if (m_pages == 0)
        return;
    page = std::clamp(page, 0, m_pages - 1);
    if (page == m_page)
        return;
    m_page = page;
    redraw();
    updateControls();
}

void PreviewPane::setZoom(double zoom)
{
    m_fitWidth = false;
    m_zoom = std::clamp(zoom, 0.3, 3.0);
    redraw();
}

void PreviewPane::redraw()
{
    if (m_pages == 0)
        return;
    PreviewWorker::Request r;
    r.page = m_page;
    r.dotsPerInch = dotsPerInch();
    r.generation = m_generation;
    m_worker->post(std::move(r));
}

double PreviewPane::dotsPerInch() const
{
    if (!m_fitWidth)
        return 96 * m_zoom * devicePixelRatioF();
    // The page as wide as the panel, less room for the scroll bar.
    const double pageInches = (m_pages > 0 ? m_layout.pageSize().width() : PdfStyle().pageWidth) / 72.0;
    const double width = m_scroll->viewport()->width() - m_scroll->verticalScrollBar()->sizeHint().width() - 8;
    return std::clamp(width / pageInches, 30.0, 300.0) * devicePixelRatioF();
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth && isVisible())
        m_resize->start();
}

void PreviewPane::updateControls()
{
    m_pageLabel->setText(m_pages > 0 ? tr("Page %1 of %2").arg(m_page + 1).arg(m_pages) : tr("Laying out…"));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_pages);
}

} // namespace yttra
