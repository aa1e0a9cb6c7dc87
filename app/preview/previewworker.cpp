// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewworker_p.h"

#include <QMetaObject>

namespace yttra {

void PreviewWorker::post(Request request)
{
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        // A statement to lay out is never dropped for a mere page turn.
        if (!request.statement && m_pending && m_pending->statement)
            request.statement = std::move(m_pending->statement);
        first = !m_pending.has_value();
        m_pending = std::move(request);
    }
    if (first)
        QMetaObject::invokeMethod(this, &PreviewWorker::work, Qt::QueuedConnection);
}

void PreviewWorker::work()
{
    std::optional<Request> request;
    {
        QMutexLocker lock(&m_mutex);
        request.swap(m_pending);
    }
    if (!request)
        return;
    if (request->statement) {
        // From the last layout: only the blocks the edit changed are shaped again.
        auto laidOut = PdfDocument::layout(*request->statement, {}, PdfCopy::Statement, &m_layout);
        if (laidOut) {
            m_layout = laidOut.value();
            m_error.clear();
        } else {
            m_layout = PdfDocument();
            m_error = laidOut.error();
        }
    }
    const int page = std::clamp(request->page, 0, std::max(0, m_layout.pageCount() - 1));
    const QImage image = m_layout.renderPage(page, request->dotsPerInch);
    m_reply(m_layout, image, page, request->generation, m_error);
}

} // namespace yttra
