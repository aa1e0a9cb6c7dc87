// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfincrementalupdate.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

struct Reference
{
    int number = -1;
    int generation = 0;
};

Reference referenceIn(const QByteArray &dictionary, const char *key)
{
    static const QRegularExpression pattern(u"\\s*(\\d+)\\s+(\\d+)\\s+R"_s);
    const qsizetype at = dictionary.indexOf(key);
    if (at < 0)
        return {};
    const QString rest = QString::fromLatin1(dictionary.mid(at + qsizetype(qstrlen(key)), 32));
    const QRegularExpressionMatch m = pattern.match(rest, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

} // namespace

QByteArray PdfIncrementalUpdate::pdfString(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii) {
        QByteArray literal = text.toLatin1();
        literal.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        return '(' + literal + ')';
    }
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

Result<QByteArray, QString> PdfIncrementalUpdate::addToCatalog(const QByteArray &pdf, const QByteArray &entries)
{
    using R = Result<QByteArray, QString>;
    auto fail = [](const QString &why) { return R::failure(tr("cannot add the document language to the PDF: %1").arg(why)); };

    // The last cross-reference section, as the last startxref names it.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return fail(tr("no startxref"));
    bool ok = false;
    const qint64 previous = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || previous <= 0 || previous >= pdf.size() || !pdf.mid(previous).startsWith("xref"))
        return fail(tr("no classic cross-reference table at the offset startxref gives"));

    // xref subsections: "first count" lines, then 20-byte entries.
    std::map<int, qint64> offsets;
    qsizetype at = previous + 4;
    const QList<QByteArray> lines = pdf.mid(at, pdf.indexOf("trailer", at) - at).split('\n');
    int next = -1;
    int remaining = 0;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(' ');
        if (remaining == 0 && fields.size() == 2) {
            next = fields.at(0).toInt();
            remaining = fields.at(1).toInt();
            continue;
        }
        if (fields.size() == 3 && remaining > 0) {
            if (fields.at(2) == "n")
                offsets[next] = fields.at(0).toLongLong();
            ++next;
            --remaining;
        }
    }

    const qsizetype trailerAt = pdf.indexOf("trailer", previous);
    if (trailerAt < 0 || trailerAt > startxref)
        return fail(tr("no trailer"));
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    static const QRegularExpression sizePattern(u"/Size\\s+(\\d+)"_s);
    const QRegularExpressionMatch size = sizePattern.match(QString::fromLatin1(trailer));
    const Reference root = referenceIn(trailer, "/Root");
    const Reference info = referenceIn(trailer, "/Info");
    if (!size.hasMatch() || root.number < 0 || !offsets.count(root.number))
        return fail(tr("the trailer names no catalog"));

    // The catalog as cairo wrote it: "N G obj << ... >> endobj".
    const qint64 catalogAt = offsets.at(root.number);
    const QByteArray header = QByteArray::number(root.number) + ' ' + QByteArray::number(root.generation) + " obj";
    const qsizetype endobj = pdf.indexOf("endobj", catalogAt);
    if (!pdf.mid(catalogAt).startsWith(header) || endobj < 0)
        return fail(tr("the catalog is not where the cross-reference table says"));
    const QByteArray object = pdf.mid(catalogAt + header.size(), endobj - catalogAt - header.size());
    const qsizetype open = object.indexOf("<<");
    const qsizetype close = object.lastIndexOf(">>");
    if (open < 0 || close < open || !object.contains("/Catalog"))
        return fail(tr("the catalog is not a dictionary"));

    QByteArray update = pdf;
    if (!update.endsWith('\n'))
        update += '\n';
    const qint64 catalogOffset = update.size();
    update += header + '\n' + object.mid(open, close - open).trimmed() + "\n   " + entries + "\n>>\nendobj\n";

    const qint64 xrefOffset = update.size();
    update += "xref\n" + QByteArray::number(root.number) + " 1\n";
    update += QByteArray::number(catalogOffset).rightJustified(10, '0') + ' '
        + QByteArray::number(root.generation).rightJustified(5, '0') + " n \n";
    update += "trailer\n<< /Size " + size.captured(1).toLatin1() + " /Root " + QByteArray::number(root.number) + ' '
        + QByteArray::number(root.generation) + " R";
    if (info.number >= 0)
        update += " /Info " + QByteArray::number(info.number) + ' ' + QByteArray::number(info.generation) + " R";
    // A file identifier, which cairo 1.16 does not write and archives expect.
    const QByteArray id = trailer.contains("/ID") ? QByteArray()
                                                  : QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex().toUpper();
    if (!id.isEmpty())
        update += " /ID [<" + id + "> <" + id + ">]";
    update += " /Prev " + QByteArray::number(previous) + " >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return update;
}

} // namespace yttra
