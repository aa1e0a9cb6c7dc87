// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/statementdocument.h"
#include "pdf/pdfdocument.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;
class QThread;
class QTimer;
class QToolButton;

namespace yttra {

class PreviewWorker;
class Settings;

/// The statement as it will be printed, page by page, beside the form. The layout runs in
/// a worker thread a moment after the last edit, so typing never waits for it; only the
/// newest statement is laid out when edits come faster than layouts. Nothing is laid out
/// while the pane is hidden.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    void setDocument(StatementDocument *document);
    /// Where the board's logo comes from when the statement has none (not owned): the
    /// preview shows the pages as the exports make them.
    void setSettings(const Settings *settings);

    int pageCount() const { return m_pages; }
    int currentPage() const { return m_page; }
    void setCurrentPage(int page);
    /// Zoom as a factor of 96 dots per inch; until the user zooms, the page fits the width.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    /// The layout shown (for Print and Export to PDF: exactly what the user sees).
    const PdfDocument &layout() const { return m_layout; }
    /// How many layouts have arrived; and the thread the last one ran in.
    int layoutsDone() const { return m_layoutsDone; }
    QThread *lastLayoutThread() const { return m_lastThread; }
    /// The wait after an edit before laying out again.
    void setDelay(int milliseconds);

Q_SIGNALS:
    void laidOut();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void schedule();
    void request();
    void received(const PdfDocument &layout, const QImage &image, int page, int generation, const QString &error, QThread *thread);
    void updateControls();
    double dotsPerInch() const;
    void redraw();

    QPointer<StatementDocument> m_document;
    QPointer<const Settings> m_settings;
    QThread *m_thread;
    PreviewWorker *m_worker;
    QTimer *m_delay;
    QLabel *m_pageLabel;
    QLabel *m_image;
    QLabel *m_message;
    QScrollArea *m_scroll;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    PdfDocument m_layout;
    int m_pages = 0;
    int m_page = 0;
    double m_zoom = 0.8;
    bool m_fitWidth = true;
    QTimer *m_resize;
    int m_generation = 0;
    int m_layoutsDone = 0;
    bool m_stale = true;
    QThread *m_lastThread = nullptr;
};

} // namespace yttra
