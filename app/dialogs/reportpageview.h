// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importedreport.h"

#include <QCache>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace yttra {

class ReportPageImage;

/// The place in the audit report a found item came from, so the user can check it against
/// the report before it becomes part of the statement: a PDF's page drawn with the item's
/// lines marked, or a text file's text with its lines marked. An item found in several
/// places can be followed through them.
class ReportPageView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPageView(QWidget *parent = nullptr);
    ~ReportPageView() override;

    /// The report the items come from, as ImportedReport::file names it.
    void setReportFile(const QString &path);

    /// Shows the candidate's first place.
    void showCandidate(const ImportCandidate &candidate);
    void clear();

    qsizetype placeCount() const { return m_candidate.places.size(); }
    int currentPlace() const { return m_place; } // 0-based
    void showPlace(int index);

    QString caption() const;
    /// What is shown instead of the report when it cannot be; empty when the report is shown.
    QString message() const;
    /// The PDF page as drawn (its device pixel ratio set), without the marks; null for text.
    QImage pageImage() const { return m_shownPage; }
    /// The marked lines on pageImage(), in its device-independent pixels.
    QList<QRectF> highlights() const { return m_highlights; }
    /// The text file's marked lines.
    QStringList highlightedLines() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showCurrentPlace();
    void showPdfPlace(const ImportPlace &place);
    void showTextPlace(const ImportPlace &place);
    void showMessage(const QString &text);
    bool loadText();
    void scrollToHighlights();

    QString m_file;
    bool m_isPdf = false;
    ImportCandidate m_candidate;
    int m_place = 0;

    std::unique_ptr<ReportPageImage> m_pages;
    QCache<int, QImage> m_renderedPages; // at m_renderedWidth
    int m_renderedWidth = 0;             // device pixels
    QImage m_shownPage;
    QList<QRectF> m_highlights;
    QTimer m_resizeTimer;

    bool m_textLoaded = false;
    QString m_textError;
    QList<int> m_pageFirstBlock; // the text view's block of each page's first line
    QList<int> m_highlightedBlocks;

    QLabel *m_caption = nullptr;
    QLabel *m_uncertain = nullptr;
    QToolButton *m_previous = nullptr;
    QLabel *m_placeLabel = nullptr;
    QToolButton *m_next = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace yttra
