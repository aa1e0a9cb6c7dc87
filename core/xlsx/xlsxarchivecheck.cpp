// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxarchivecheck.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The zip format's little-endian fields (PKWARE APPNOTE 4.3).
quint32 u16(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + at;
    return quint32(p[0]) | quint32(p[1]) << 8;
}

quint32 u32(const QByteArray &bytes, qsizetype at)
{
    return u16(bytes, at) | u16(bytes, at + 2) << 16;
}

constexpr quint32 endOfDirectory = 0x06054b50;
constexpr quint32 directoryEntry = 0x02014b50;
constexpr quint32 localHeader = 0x04034b50;
constexpr qsizetype endOfDirectorySize = 22;
constexpr qsizetype directoryEntrySize = 46;
constexpr qsizetype localHeaderSize = 30;
// No part of a workbook Yttra writes comes near this; larger claims mean a broken archive.
constexpr quint32 maxPartSize = 1024u * 1024u * 1024u;

// The raw deflate stream (or stored bytes) of one part, inflated to `size` bytes.
bool inflatePart(const QByteArray &compressed, quint32 method, quint32 size, QByteArray *out)
{
    if (method == 0) {
        *out = compressed;
        return quint32(out->size()) == size;
    }
    if (method != 8 || size > maxPartSize)
        return false;
    out->resize(qsizetype(size));
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out->data());
    stream.avail_out = uInt(size);
    const int result = inflate(&stream, Z_FINISH);
    const bool complete = result == Z_STREAM_END && stream.total_out == size;
    inflateEnd(&stream);
    return complete;
}

} // namespace

Result<void, QString> XlsxArchiveCheck::check(const QString &path)
{
    auto failure = [](const QString &message) { return Result<void, QString>::failure(message); };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("the written workbook cannot be read back: %1").arg(file.errorString()));
    const QByteArray zip = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(tr("the written workbook cannot be read back: %1").arg(file.errorString()));
    const QString damaged = tr("the workbook came out damaged: %1");

    // The end of the central directory, searched from the end (a comment may follow it).
    qsizetype end = -1;
    for (qsizetype at = zip.size() - endOfDirectorySize; at >= 0 && at >= zip.size() - endOfDirectorySize - 0xFFFF; --at) {
        if (u32(zip, at) == endOfDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return failure(damaged.arg(tr("it is not a complete zip archive")));
    const quint32 entries = u16(zip, end + 10);
    qsizetype entry = u32(zip, end + 16);
    if (entries == 0)
        return failure(damaged.arg(tr("it has no parts")));

    for (quint32 i = 0; i < entries; ++i) {
        if (entry + directoryEntrySize > zip.size() || u32(zip, entry) != directoryEntry)
            return failure(damaged.arg(tr("its table of contents is broken")));
        const quint32 method = u16(zip, entry + 10);
        const quint32 crc = u32(zip, entry + 16);
        const quint32 compressedSize = u32(zip, entry + 20);
        const quint32 size = u32(zip, entry + 24);
        const qsizetype nameLength = u16(zip, entry + 28);
        const qsizetype next = entry + directoryEntrySize + nameLength + u16(zip, entry + 30) + u16(zip, entry + 32);
        const qsizetype local = u32(zip, entry + 42);
        const QString name = QString::fromUtf8(zip.mid(entry + directoryEntrySize, nameLength));
        entry = next;

        if (local + localHeaderSize > zip.size() || u32(zip, local) != localHeader)
            return failure(damaged.arg(tr("%1 is missing").arg(name)));
        const qsizetype data = local + localHeaderSize + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + qsizetype(compressedSize) > zip.size())
            return failure(damaged.arg(tr("%1 is cut short").arg(name)));
        QByteArray content;
        if (!inflatePart(zip.mid(data, compressedSize), method, size, &content)
            || quint32(crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size()))) != crc) {
            return failure(damaged.arg(tr("%1 cannot be unpacked").arg(name)));
        }
        if (name.endsWith(u".xml"_s) || name.endsWith(u".rels"_s)) {
            QXmlStreamReader xml(content);
            while (!xml.atEnd())
                xml.readNext();
            if (xml.hasError()) {
                QString reason = xml.errorString();
                if (reason.endsWith(u'.'))
                    reason.chop(1);
                return failure(damaged.arg(tr("%1 is incomplete (%2); is the disk with the temporary folder %3 full?")
                                               .arg(name, reason, QDir::toNativeSeparators(QDir::tempPath()))));
            }
        }
    }
    return {};
}

} // namespace yttra
