// SPDX-License-Identifier: GPL-3.0-or-later
#include "zip/zippackage.h"

#include <QFile>

#include <zip.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ArchivePtr = std::unique_ptr<zip_t, ArchiveCloser>;

struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using FilePtr = std::unique_ptr<zip_file_t, FileCloser>;

struct SourceFreer
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFreer>;

QString errorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

Result<ZipPackage, ZipError> ZipPackage::read(const QByteArray &bytes)
{
    using R = Result<ZipPackage, ZipError>;
    auto failure = [](ZipError::Kind kind, const QString &message) { return R::failure({kind, message}); };

    if (bytes.isEmpty())
        return failure(ZipError::Kind::NotZip, tr("it is empty, not a zip archive"));
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr source(zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error));
    if (!source) {
        const QString text = errorText(&error);
        zip_error_fini(&error);
        return failure(ZipError::Kind::Damaged, text);
    }
    ArchivePtr archive(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        const int code = zip_error_code_zip(&error);
        const QString text = errorText(&error);
        zip_error_fini(&error);
        if (code == ZIP_ER_NOZIP)
            return failure(ZipError::Kind::NotZip, tr("it is not a zip archive"));
        return failure(ZipError::Kind::Damaged, tr("it is a damaged zip archive (%1)").arg(text));
    }
    zip_error_fini(&error);
    source.release(); // the archive owns its source now

    ZipPackage package;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    qint64 unpacked = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0)
            return failure(ZipError::Kind::Damaged, tr("part %1 cannot be read (%2)").arg(i).arg(errorText(zip_get_error(archive.get()))));
        const QString name = QString::fromUtf8(stat.name);
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
            return failure(ZipError::Kind::Encrypted, tr("%1 is protected by a password").arg(name));
        if (name.endsWith(u'/'))
            continue; // a folder entry holds nothing
        unpacked += qint64(stat.size);
        if (!(stat.valid & ZIP_STAT_SIZE) || unpacked > maxUnpackedSize)
            return failure(ZipError::Kind::Damaged, tr("it claims to unpack to more than %1 MB").arg(maxUnpackedSize / (1024 * 1024)));

        FilePtr file(zip_fopen_index(archive.get(), zip_uint64_t(i), 0));
        if (!file)
            return failure(ZipError::Kind::Damaged, tr("%1 cannot be unpacked (%2)").arg(name, errorText(zip_get_error(archive.get()))));
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(file.get(), data.data(), stat.size);
        // libzip checks the checksum when the last byte is read; one more read sees the end.
        char extra = 0;
        if (got != zip_int64_t(stat.size) || zip_fread(file.get(), &extra, 1) != 0) {
            const QString reason = errorText(zip_file_get_error(file.get()));
            return failure(ZipError::Kind::Damaged, tr("%1 cannot be unpacked (%2)").arg(name, reason));
        }
        package.m_parts.append({name, data});
    }
    if (package.m_parts.isEmpty())
        return failure(ZipError::Kind::Damaged, tr("it has no parts"));
    return package;
}

Result<QByteArray, QString> ZipPackage::readBytes(const QString &path)
{
    using R = Result<QByteArray, QString>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(file.errorString());
    if (file.size() > maxUnpackedSize)
        return R::failure(tr("it is larger than %1 MB").arg(maxUnpackedSize / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(file.errorString());
    return bytes;
}

Result<ZipPackage, ZipError> ZipPackage::readFile(const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return Result<ZipPackage, ZipError>::failure({ZipError::Kind::Damaged, bytes.error()});
    return read(bytes.value());
}

qsizetype ZipPackage::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).name == name)
            return i;
    }
    return -1;
}

bool ZipPackage::contains(const QString &name) const
{
    return indexOf(name) >= 0;
}

QByteArray ZipPackage::part(const QString &name) const
{
    const qsizetype i = indexOf(name);
    return i < 0 ? QByteArray() : m_parts.at(i).data;
}

void ZipPackage::setPart(const QString &name, const QByteArray &data)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        m_parts.append({name, data});
    else
        m_parts[i].data = data;
}

void ZipPackage::removePart(const QString &name)
{
    const qsizetype i = indexOf(name);
    if (i >= 0)
        m_parts.removeAt(i);
}

QStringList ZipPackage::names() const
{
    QStringList all;
    for (const Part &p : m_parts)
        all.append(p.name);
    return all;
}

Result<QByteArray, QString> ZipPackage::toBytes() const
{
    using R = Result<QByteArray, QString>;
    zip_error_t error;
    zip_error_init(&error);
    // The archive is written into a buffer source that outlives it (zip_source_keep), and
    // read from there once closed.
    SourcePtr target(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!target) {
        const QString text = errorText(&error);
        zip_error_fini(&error);
        return R::failure(text);
    }
    zip_source_keep(target.get());
    zip_t *archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &error);
    if (!archive) {
        const QString text = errorText(&error);
        zip_error_fini(&error);
        return R::failure(text);
    }
    zip_error_fini(&error);
    for (const Part &p : m_parts) {
        // The part's bytes stay alive in m_parts until zip_close has read them.
        zip_source_t *data = zip_source_buffer(archive, p.data.constData(), zip_uint64_t(p.data.size()), 0);
        const QByteArray name = p.name.toUtf8();
        const zip_int64_t index = data ? zip_file_add(archive, name.constData(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            const QString text = errorText(zip_get_error(archive));
            if (data)
                zip_source_free(data);
            zip_discard(archive);
            return R::failure(text);
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 6);
    }
    if (zip_close(archive) != 0) {
        const QString text = errorText(zip_get_error(archive));
        zip_discard(archive);
        return R::failure(text);
    }

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(target.get(), &stat) != 0 || zip_source_open(target.get()) != 0)
        return R::failure(errorText(zip_source_error(target.get())));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t got = zip_source_read(target.get(), bytes.data(), stat.size);
    zip_source_close(target.get());
    if (got != zip_int64_t(stat.size))
        return R::failure(errorText(zip_source_error(target.get())));
    return bytes;
}

} // namespace yttra
