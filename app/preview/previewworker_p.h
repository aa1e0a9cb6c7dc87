// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statement.h"
#include "pdf/pdfdocument.h"

#include <QImage>
#include <QMutex>
#include <QObject>

#include <functional>
#include <optional>

namespace yttra {

/// Lays statements out and draws preview pages in the preview's worker thread, each layout
/// from the last one so that an edit costs the shaping of what it changed. Requests may pile
/// up while a layout runs; only the newest is done.
class PreviewWorker : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        std::optional<Statement> statement; // nothing: draw another page of the last layout
        int page = 0;
        double dotsPerInch = 96;
        int generation = 0;
    };
    using Reply = std::function<void(const PdfDocument &, const QImage &, int page, int generation, const QString &error)>;

    explicit PreviewWorker(Reply reply) : m_reply(std::move(reply)) {}

    /// From the GUI thread: replaces any request not started yet.
    void post(Request request);

private:
    void work();

    Reply m_reply;
    QMutex m_mutex;
    std::optional<Request> m_pending;
    PdfDocument m_layout;
    QString m_error;
};

} // namespace yttra
