// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdf/cairoptr_p.h"

#include <QString>

#include <mutex>

namespace yttra {

/// The Pango objects a document is shaped and drawn with: a font map and context of its own
/// (Pango's default font map belongs to the thread that first asked), set for the PDF's
/// unhinted metrics in one language. A layout made from a previous one shares them, so that
/// it can keep that layout's shaped blocks; since Pango's objects must not be used from two
/// threads at once, every document sharing them shapes, draws and lets go of them under the
/// one mutex here.
class PdfPangoContext
{
public:
    /// `language`: the document's ("sv", "en"); Swedish when empty.
    explicit PdfPangoContext(const QString &language);
    PdfPangoContext(const PdfPangoContext &) = delete;
    PdfPangoContext &operator=(const PdfPangoContext &) = delete;

    PangoContext *context() const { return m_context.get(); }
    const QString &language() const { return m_language; }
    std::mutex &mutex() const { return m_mutex; }

private:
    QString m_language;
    // Declared in this order so the context goes before the font map it came from.
    PangoFontMapPtr m_fontMap;
    PangoContextPtr m_context;
    mutable std::mutex m_mutex;
};

} // namespace yttra
