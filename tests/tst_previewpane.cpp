// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/statementdocument.h"
#include "pdf/pdfexporter.h"
#include "pdfteststatements.h"
#include "preview/previewpane.h"
#include "testhelpers.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

/// The live preview beside the form: after an edit it lays the statement out again from its
/// last layout, in its worker thread, and only while it is shown.
class TestPreviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editRelaysOutFromTheLastLayout();
    void nothingWhileHidden();
    void exportingWhileTheNextIsLaidOut();

private:
    void waitForLayout(int done);

    std::unique_ptr<StatementDocument> m_document;
    std::unique_ptr<PreviewPane> m_pane;
};

void TestPreviewPane::init()
{
    m_document = std::make_unique<StatementDocument>(test::thirtyMeasures());
    m_pane = std::make_unique<PreviewPane>();
    m_pane->resize(500, 700);
    m_pane->setDocument(m_document.get());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->pageCount() > 0, 20000);
}

void TestPreviewPane::cleanup()
{
    m_pane.reset();
    m_document.reset();
}

void TestPreviewPane::waitForLayout(int done)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->layoutsDone() > done, 20000);
}

void TestPreviewPane::editRelaysOutFromTheLastLayout()
{
    const int done = m_pane->layoutsDone();
    YTTRA_VERIFY_OK(m_document->setField(u"/measures/3/comment"_s, u"Redovisas i bokslutet för 2023."_s));
    waitForLayout(done);
    if (QTest::currentTestFailed())
        return;

    const PdfDocument &shown = m_pane->layout();
    QVERIFY(shown.reusedBlocks() > 0);
    int shaped = 0;
    for (int b = 0; b < shown.blocks().size(); ++b) {
        if (!shown.isReused(b)) {
            ++shaped;
            QVERIFY2(shown.blocks().at(b).plainText().contains(u"bokslutet"_s), qPrintable(shown.blocks().at(b).plainText()));
        }
    }
    QCOMPARE(shaped, 1);
    const auto fresh = PdfDocument::layout(m_document->statement());
    YTTRA_VERIFY_OK(fresh);
    QCOMPARE(shown.pageCount(), fresh.value().pageCount());
    QCOMPARE(shown.blocks(), fresh.value().blocks());
    QCOMPARE(shown.renderPage(0, 40), fresh.value().renderPage(0, 40));
}

void TestPreviewPane::nothingWhileHidden()
{
    m_pane->hide();
    const int done = m_pane->layoutsDone();
    YTTRA_VERIFY_OK(m_document->setField(u"/measures/0/comment"_s, u"Ändrad medan förhandsvisningen var dold."_s));
    QTest::qWait(300);
    QCOMPARE(m_pane->layoutsDone(), done);
    m_pane->show();
    waitForLayout(done);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_pane->layout().reusedBlocks() > 0);
}

void TestPreviewPane::exportingWhileTheNextIsLaidOut()
{
    // Print and Export to PDF use the shown layout in the GUI thread, while the worker lays
    // out the next one from it.
    for (int edit = 0; edit < 6; ++edit) {
        const int done = m_pane->layoutsDone();
        YTTRA_VERIFY_OK(m_document->setField(u"/measures/%1/comment"_s.arg(edit), u"Ändring %1."_s.arg(edit)));
        QElapsedTimer waited;
        waited.start();
        while (m_pane->layoutsDone() == done) {
            QVERIFY(waited.elapsed() < 20000);
            const PdfDocument shown = m_pane->layout();
            YTTRA_VERIFY_OK(PdfExporter::render(shown));
            QVERIFY(!shown.renderPage(0, 30).isNull());
            QCoreApplication::processEvents();
        }
    }
    const auto fresh = PdfDocument::layout(m_document->statement());
    YTTRA_VERIFY_OK(fresh);
    QCOMPARE(m_pane->layout().blocks(), fresh.value().blocks());
}

} // namespace yttra

QTEST_MAIN(yttra::TestPreviewPane)
#include "tst_previewpane.moc"
