// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/reportpageimage.h"

#include <QFile>
#include <QFileInfo>
#include <QVariant>

#include <poppler-qt6.h>

namespace yttra {

namespace {

// poppler reports every syntax problem of a damaged file on stderr; the errors returned say
// what matters.
void quietPoppler(const QString &, const QVariant &) {}

} // namespace

ReportPageImage::ReportPageImage(QString path) : m_path(std::move(path)) {}

ReportPageImage::~ReportPageImage() = default;

Result<Poppler::Document *> ReportPageImage::document()
{
    using R = Result<Poppler::Document *>;
    const QFileInfo info(m_path);
    if (!info.exists() || !info.isFile())
        return R::failure(tr("%1 is no longer there").arg(m_path));
    if (m_document) {
        // The boxes to highlight were measured on the file as it was read: another version's
        // page would show them in the wrong places.
        if (info.lastModified() != m_modified || info.size() != m_size)
            return R::failure(tr("%1 has changed since it was read; import it again").arg(m_path));
        return m_document.get();
    }

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("%1 cannot be read: %2").arg(m_path, file.errorString()));
    // Read whole, not through poppler's open file: a file written over while it is shown
    // must not be read half old, half new.
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("%1 cannot be read: %2").arg(m_path, file.errorString()));

    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    std::unique_ptr<Poppler::Document> loaded = Poppler::Document::loadFromData(bytes);
    if (!loaded)
        return R::failure(tr("%1 is not a readable PDF").arg(m_path));
    if (loaded->isLocked())
        return R::failure(tr("%1 is protected by a password").arg(m_path));
    loaded->setRenderHint(Poppler::Document::Antialiasing);
    loaded->setRenderHint(Poppler::Document::TextAntialiasing);
    loaded->setRenderHint(Poppler::Document::TextHinting);
    m_document = std::move(loaded);
    m_modified = info.lastModified();
    m_size = info.size();
    return m_document.get();
}

Result<int> ReportPageImage::pageCount()
{
    auto doc = document();
    if (!doc)
        return Result<int>::failure(doc.error());
    return doc.value()->numPages();
}

Result<std::unique_ptr<Poppler::Page>> ReportPageImage::pageAt(int page)
{
    using R = Result<std::unique_ptr<Poppler::Page>>;
    auto doc = document();
    if (!doc)
        return R::failure(doc.error());
    const int count = doc.value()->numPages();
    if (page < 1 || page > count)
        return R::failure(tr("%1 has no page %2 (it has %n page(s))", nullptr, count).arg(m_path, QString::number(page)));
    std::unique_ptr<Poppler::Page> p = doc.value()->page(page - 1);
    if (!p)
        return R::failure(tr("page %1 of %2 cannot be read").arg(QString::number(page), m_path));
    return p;
}

Result<QSizeF> ReportPageImage::pageSize(int page)
{
    auto p = pageAt(page);
    if (!p)
        return Result<QSizeF>::failure(p.error());
    return p.value()->pageSizeF();
}

Result<QImage> ReportPageImage::render(int page, qreal dpi)
{
    using R = Result<QImage>;
    auto p = pageAt(page);
    if (!p)
        return R::failure(p.error());
    if (!(dpi > 0))
        return R::failure(tr("a page cannot be drawn at %1 dots per inch").arg(dpi));
    QImage image = p.value()->renderToImage(dpi, dpi);
    if (image.isNull())
        return R::failure(tr("page %1 of %2 cannot be drawn").arg(QString::number(page), m_path));
    return image;
}

} // namespace yttra
