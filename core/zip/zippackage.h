// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace yttra {

/// Why a zip container could not be read: not a zip at all, protected by a password, or
/// damaged (a part that does not unpack to its recorded size and checksum, or too large).
struct ZipError
{
    enum class Kind { NotZip, Encrypted, Damaged };

    Kind kind = Kind::Damaged;
    QString message;
};

/// The parts of a zip container (a Word document, an Excel workbook) in archive order, read
/// and written with libzip. Reading unpacks and checks every part, so a package that reads is
/// whole; writing gives the bytes of a new archive for the caller to save in one piece.
class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(ZipPackage)

public:
    struct Part
    {
        QString name;
        QByteArray data;
    };

    /// No container unpacks to more than this: a larger claim is a broken file or a zip bomb.
    static constexpr qint64 maxUnpackedSize = 512ll * 1024 * 1024;

    static Result<ZipPackage, ZipError> read(const QByteArray &bytes);
    static Result<ZipPackage, ZipError> readFile(const QString &path);
    /// A container file's bytes, refused when it is larger than any container may be.
    static Result<QByteArray, QString> readBytes(const QString &path);

    bool contains(const QString &name) const;
    /// The part's bytes, or empty when there is no such part.
    QByteArray part(const QString &name) const;
    /// Replaces the part, or adds it at the end.
    void setPart(const QString &name, const QByteArray &data);
    void removePart(const QString &name);
    QStringList names() const;
    const QList<Part> &parts() const { return m_parts; }

    /// The archive's bytes, every part deflated, in order.
    Result<QByteArray, QString> toBytes() const;

private:
    qsizetype indexOf(const QString &name) const;

    QList<Part> m_parts;
};

} // namespace yttra
