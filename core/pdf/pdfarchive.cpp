// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfarchive.h"

#include "pdf/pdfsplitrows.h"

#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <qpdf/QPDFWriter.hh>

#include <QFile>
#include <QXmlStreamWriter>

#include <exception>
#include <functional>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// "D:20261207131500+01'00'", as the Info dictionary dates things.
std::string pdfDate(const QDateTime &time)
{
    const int offset = time.offsetFromUtc() / 60;
    const QString zone = offset == 0 ? u"Z"_s
                                     : u"%1%2'%3'"_s.arg(QChar(offset < 0 ? u'-' : u'+'))
                                           .arg(qAbs(offset) / 60, 2, 10, QChar(u'0'))
                                           .arg(qAbs(offset) % 60, 2, 10, QChar(u'0'));
    return utf8(u"D:"_s + time.toString(u"yyyyMMddHHmmss"_s) + zone);
}

/// One operation of a content stream: its operator, and where it stands with its operands.
struct Operation
{
    std::string op;
    size_t begin = 0;
    size_t end = 0;
};

/// The operations of a page's content, read with qpdf's tokenizer: every operator (a word
/// token) with the operands before it. An inline image's data is an operand of its EI.
std::vector<Operation> operationsOf(const std::string &content)
{
    std::vector<Operation> operations;
    auto input = std::make_shared<BufferInputSource>("page contents", content);
    QPDFTokenizer tokenizer;
    tokenizer.allowEOF();
    bool pending = false;
    size_t begin = 0;
    while (true) {
        const QPDFTokenizer::Token token = tokenizer.readToken(input, "page contents", true);
        const QPDFTokenizer::token_type_e type = token.getType();
        if (type == QPDFTokenizer::tt_eof)
            break;
        if (type == QPDFTokenizer::tt_bad)
            throw std::runtime_error("a page's content cannot be read: " + token.getErrorMessage());
        if (!pending)
            begin = size_t(input->getLastOffset());
        pending = true;
        if (type != QPDFTokenizer::tt_word)
            continue;
        operations.push_back({token.getValue(), begin, size_t(input->tell())});
        pending = false;
        if (token.getValue() == "ID") {
            char separator = 0;
            input->read(&separator, 1); // the one white-space character before the image data
            tokenizer.expectInlineImage(input);
        }
    }
    return operations;
}

bool isPathConstruction(const std::string &op)
{
    return op == "m" || op == "l" || op == "c" || op == "v" || op == "y" || op == "h" || op == "re";
}

bool isPathPainting(const std::string &op)
{
    return op == "S" || op == "s" || op == "f" || op == "F" || op == "f*" || op == "B" || op == "B*" || op == "b" || op == "b*"
        || op == "n";
}

bool isMarkedContent(const std::string &op)
{
    return op == "BDC" || op == "BMC" || op == "EMC";
}

/// The page's content with every graphics object drawn outside marked content (text, a
/// painted path, an image or a shading) put inside "/Artifact BMC … EMC": what cairo drew
/// without a structure tag is the page's furniture. State operators stay where they are, so
/// that no marked-content sequence crosses a q/Q or a BT/ET. Empty when nothing changes.
std::string withArtifacts(const std::string &content, const std::vector<Operation> &operations)
{
    std::string out;
    out.reserve(content.size() + 1024);
    bool changed = false;
    int depth = 0;
    const auto copy = [&](size_t from, size_t to) {
        out.append(content, operations[from].begin, operations[to].end - operations[from].begin);
        out += '\n';
    };
    for (size_t i = 0; i < operations.size();) {
        const std::string &op = operations[i].op;
        // The graphics object starting here, as [i, last].
        size_t last = i;
        bool object = false;
        if (op == "BT" || op == "BI") {
            const std::string close = op == "BT" ? "ET" : "EI";
            while (last + 1 < operations.size() && operations[last].op != close)
                ++last;
            object = true;
        } else if (isPathConstruction(op)) {
            while (last + 1 < operations.size() && !isPathPainting(operations[last].op))
                ++last;
            object = operations[last].op != "n"; // a clipping path paints nothing
        } else if (op == "Do" || op == "sh") {
            object = true;
        }
        bool tagged = depth > 0;
        for (size_t k = i; k <= last; ++k) {
            if (isMarkedContent(operations[k].op)) {
                tagged = true; // a text object with tags inside is left as cairo wrote it
                depth += operations[k].op == "EMC" ? -1 : 1;
            }
        }
        if (object && !tagged) {
            out += "/Artifact BMC\n";
            copy(i, last);
            out += "EMC\n";
            changed = true;
        } else {
            copy(i, last);
        }
        i = last + 1;
    }
    return changed ? out : std::string();
}

/// Calls `visit` with every structure element (and marked-content reference) under the
/// catalog's structure tree root.
void forEachStructElement(QPDFObjectHandle root, const std::function<void(QPDFObjectHandle &)> &visit)
{
    std::vector<QPDFObjectHandle> stack{root.getKey("/StructTreeRoot")};
    std::set<QPDFObjGen> seen; // a tree, but walked as if it might not be
    while (!stack.empty()) {
        QPDFObjectHandle node = stack.back();
        stack.pop_back();
        if (node.isArray()) {
            for (int i = 0; i < node.getArrayNItems(); ++i)
                stack.push_back(node.getArrayItem(i));
            continue;
        }
        if (!node.isDictionary())
            continue;
        if (node.isIndirect() && !seen.insert(node.getObjGen()).second)
            continue;
        visit(node);
        if (!node.getKey("/Type").isNameAndEquals("/MCR") && !node.getKey("/Type").isNameAndEquals("/OBJR"))
            stack.push_back(node.getKey("/K"));
    }
}

/// A table header cell says which cells it heads: cairo 1.16 writes TH without attributes.
/// Yttra's tables have their header in the first row, so each TH heads its column.
void scopeTableHeaders(QPDFObjectHandle root)
{
    forEachStructElement(root, [](QPDFObjectHandle &node) {
        if (node.getKey("/S").isNameAndEquals("/TH") && !node.hasKey("/A")) {
            QPDFObjectHandle attributes = QPDFObjectHandle::newDictionary();
            attributes.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
            attributes.replaceKey("/Scope", QPDFObjectHandle::newName("/Column"));
            node.replaceKey("/A", attributes);
        }
    });
}

/// The logo's Figure gets what cairo 1.16 cannot write: its alternative text, and where it
/// is (in PDF space, from the bottom left of the first page), so that a reader that reflows
/// or enlarges the page can place it. The logo is the only figure Yttra draws.
void describeLogo(QPDF &pdf, const PdfDocumentInfo &info)
{
    if (!info.logo)
        return;
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    if (pages.empty())
        return;
    const QPDFObjectHandle::Rectangle media = pages.front().getMediaBox().getArrayAsRectangle();
    const QRectF &r = info.logoRect;
    const std::string alt = utf8(info.logo->logo().description.trimmed());
    forEachStructElement(pdf.getRoot(), [&](QPDFObjectHandle &node) {
        if (!node.getKey("/S").isNameAndEquals("/Figure"))
            return;
        node.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(alt));
        QPDFObjectHandle layout = QPDFObjectHandle::newDictionary();
        layout.replaceKey("/O", QPDFObjectHandle::newName("/Layout"));
        layout.replaceKey("/BBox", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(
                                       media.llx + r.left(), media.ury - r.bottom(), media.llx + r.right(), media.ury - r.top())));
        layout.replaceKey("/Placement", QPDFObjectHandle::newName("/Block"));
        node.replaceKey("/A", layout);
    });
}

void markArtifacts(QPDF &pdf)
{
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        Pl_Buffer buffer("page contents");
        page.pipeContents(&buffer);
        std::unique_ptr<Buffer> bytes(buffer.getBuffer());
        const std::string content(reinterpret_cast<const char *>(bytes->getBuffer()), bytes->getSize());
        const std::string marked = withArtifacts(content, operationsOf(content));
        if (marked.empty())
            continue;
        // Cairo writes one content stream a page: its data is replaced where it is. A new
        // stream object would cost a walk over the whole file each (qpdf 11 counts objects).
        QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
        if (contents.isStream())
            contents.replaceStreamData(marked, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        else
            page.getObjectHandle().replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, marked));
    }
}

const QString creator = u"Yttra " YTTRA_VERSION ""_s;

// A language tag as the catalog carries it: letters, digits and hyphens only.
QString cleanLanguageTag(const QString &tag)
{
    QString clean;
    for (QChar c : tag) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-')
            clean += c;
    }
    return clean.isEmpty() ? u"sv-SE"_s : clean;
}

/// The XMP packet of the catalog's /Metadata: what the Info dictionary says, and the standards
/// the file claims.
QByteArray xmp(const PdfDocumentInfo &info, const QString &language, const QDateTime &time, const QString &producer, bool archive)
{
    const QString rdf = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#"_s;
    const QString dc = u"http://purl.org/dc/elements/1.1/"_s;
    const QString xmpNs = u"http://ns.adobe.com/xap/1.0/"_s;
    const QString pdfNs = u"http://ns.adobe.com/pdf/1.3/"_s;
    const QString pdfaid = u"http://www.aiim.org/pdfa/ns/id/"_s;
    const QString pdfuaid = u"http://www.aiim.org/pdfua/ns/id/"_s;
    const QString pdfaExtension = u"http://www.aiim.org/pdfa/ns/extension/"_s;
    const QString pdfaSchema = u"http://www.aiim.org/pdfa/ns/schema#"_s;
    const QString pdfaProperty = u"http://www.aiim.org/pdfa/ns/property#"_s;
    const QString created = time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);

    QString text;
    QXmlStreamWriter w(&text);
    w.writeProcessingInstruction(u"xpacket"_s, u"begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""_s);
    w.writeNamespace(u"adobe:ns:meta/"_s, u"x"_s);
    w.writeNamespace(rdf, u"rdf"_s);
    w.writeStartElement(u"adobe:ns:meta/"_s, u"xmpmeta"_s);
    w.writeStartElement(rdf, u"RDF"_s);

    const auto description = [&](const QString &ns, const QString &prefix) {
        w.writeStartElement(rdf, u"Description"_s);
        w.writeAttribute(rdf, u"about"_s, QString());
        w.writeNamespace(ns, prefix);
    };
    const auto alternative = [&](const QString &name, const QString &value) {
        w.writeStartElement(dc, name);
        w.writeStartElement(rdf, u"Alt"_s);
        w.writeStartElement(rdf, u"li"_s);
        w.writeAttribute(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s, u"x-default"_s);
        w.writeCharacters(value);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    };
    const auto list = [&](const QString &ns, const QString &name, const QString &kind, const QStringList &values) {
        w.writeStartElement(ns, name);
        w.writeStartElement(rdf, kind);
        for (const QString &value : values)
            w.writeTextElement(rdf, u"li"_s, value);
        w.writeEndElement();
        w.writeEndElement();
    };

    description(dc, u"dc"_s);
    w.writeTextElement(dc, u"format"_s, u"application/pdf"_s);
    alternative(u"title"_s, info.title);
    if (!info.author.isEmpty())
        list(dc, u"creator"_s, u"Seq"_s, {info.author});
    if (!info.subject.isEmpty())
        alternative(u"description"_s, info.subject);
    list(dc, u"language"_s, u"Bag"_s, {language});
    w.writeEndElement();

    description(xmpNs, u"xmp"_s);
    w.writeTextElement(xmpNs, u"CreatorTool"_s, creator);
    w.writeTextElement(xmpNs, u"CreateDate"_s, created);
    w.writeTextElement(xmpNs, u"ModifyDate"_s, created);
    w.writeTextElement(xmpNs, u"MetadataDate"_s, created);
    w.writeEndElement();

    description(pdfNs, u"pdf"_s);
    w.writeTextElement(pdfNs, u"Producer"_s, producer);
    if (!info.keywords.isEmpty())
        w.writeTextElement(pdfNs, u"Keywords"_s, info.keywords);
    w.writeEndElement();

    description(pdfuaid, u"pdfuaid"_s);
    w.writeTextElement(pdfuaid, u"part"_s, u"1"_s);
    w.writeEndElement();

    // A plain PDF (YTTRA_PDF_PLAIN) claims no PDF/A conformance, so it needs no extension schema.
    if (archive) {
        description(pdfaid, u"pdfaid"_s);
        w.writeTextElement(pdfaid, u"part"_s, u"2"_s);
        w.writeTextElement(pdfaid, u"conformance"_s, u"A"_s);
        w.writeEndElement();

        // PDF/A-2 accepts only the XMP schemas it lists, or ones described here: pdfuaid is not listed.
        description(pdfaExtension, u"pdfaExtension"_s);
        w.writeNamespace(pdfaSchema, u"pdfaSchema"_s);
        w.writeNamespace(pdfaProperty, u"pdfaProperty"_s);
        w.writeStartElement(pdfaExtension, u"schemas"_s);
        w.writeStartElement(rdf, u"Bag"_s);
        w.writeStartElement(rdf, u"li"_s);
        w.writeAttribute(rdf, u"parseType"_s, u"Resource"_s);
        w.writeTextElement(pdfaSchema, u"schema"_s, u"PDF/UA Universal Accessibility Schema"_s);
        w.writeTextElement(pdfaSchema, u"namespaceURI"_s, pdfuaid);
        w.writeTextElement(pdfaSchema, u"prefix"_s, u"pdfuaid"_s);
        w.writeStartElement(pdfaSchema, u"property"_s);
        w.writeStartElement(rdf, u"Seq"_s);
        w.writeStartElement(rdf, u"li"_s);
        w.writeAttribute(rdf, u"parseType"_s, u"Resource"_s);
        w.writeTextElement(pdfaProperty, u"name"_s, u"part"_s);
        w.writeTextElement(pdfaProperty, u"valueType"_s, u"Integer"_s);
        w.writeTextElement(pdfaProperty, u"category"_s, u"internal"_s);
        w.writeTextElement(pdfaProperty, u"description"_s, u"Indicates, which part of ISO 14289 standard is followed"_s);
        w.writeEndElement(); // li
        w.writeEndElement(); // Seq
        w.writeEndElement(); // property
        w.writeEndElement(); // li
        w.writeEndElement(); // Bag
        w.writeEndElement(); // schemas
        w.writeEndElement(); // Description
    }

    w.writeEndElement(); // RDF
    w.writeEndElement(); // xmpmeta
    w.writeProcessingInstruction(u"xpacket"_s, u"end=\"w\""_s);
    return text.toUtf8();
}

} // namespace

bool PdfArchive::plainRequested()
{
    return qEnvironmentVariableIntValue("YTTRA_PDF_PLAIN") == 1;
}

QByteArray PdfArchive::srgbProfile()
{
    QFile profile(u":/yttra/pdf/sRGB.icc"_s);
    return profile.open(QIODevice::ReadOnly) ? profile.readAll() : QByteArray();
}

Result<QByteArray, QString> PdfArchive::finish(const QByteArray &bytes, const PdfDocumentInfo &info, const QDateTime &created)
{
    using R = Result<QByteArray, QString>;
    const bool archive = !plainRequested();
    const QByteArray profile = srgbProfile();
    if (archive && profile.isEmpty())
        return R::failure(tr("the sRGB colour profile is missing from Yttra's resources"));
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("cairo", bytes.constData(), size_t(bytes.size()));
        QPDFObjectHandle root = pdf.getRoot();

        QPDFObjectHandle infoDict = pdf.getTrailer().getKey("/Info");
        if (!infoDict.isDictionary()) {
            infoDict = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            pdf.getTrailer().replaceKey("/Info", infoDict);
        }
        const std::string producer = infoDict.getKey("/Producer").isString() ? infoDict.getKey("/Producer").getUTF8Value() : std::string();
        const auto setInfo = [&infoDict](const char *key, const QString &value) {
            if (value.isEmpty())
                infoDict.removeKey(key);
            else
                infoDict.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
        };
        setInfo("/Title", info.title);
        setInfo("/Author", info.author);
        setInfo("/Subject", info.subject);
        setInfo("/Keywords", info.keywords);
        setInfo("/Creator", creator);
        infoDict.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(created)));
        infoDict.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(created)));

        const QString language = cleanLanguageTag(info.pdfLanguage);
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(language)));
        QPDFObjectHandle markInfo = QPDFObjectHandle::newDictionary();
        markInfo.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
        root.replaceKey("/MarkInfo", markInfo);
        QPDFObjectHandle viewer = root.getKey("/ViewerPreferences");
        if (!viewer.isDictionary()) {
            viewer = QPDFObjectHandle::newDictionary();
            root.replaceKey("/ViewerPreferences", viewer);
        }
        viewer.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));

        const QByteArray packet = xmp(info, language, created, QString::fromStdString(producer), archive);
        QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, std::string(packet.constData(), size_t(packet.size())));
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", metadata);

        if (archive) {
            QPDFObjectHandle icc = QPDFObjectHandle::newStream(&pdf, std::string(profile.constData(), size_t(profile.size())));
            icc.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
            QPDFObjectHandle intent = QPDFObjectHandle::newDictionary();
            intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
            intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
            intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
            intent.replaceKey("/Info", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
            intent.replaceKey("/DestOutputProfile", icc);
            QPDFObjectHandle intents = QPDFObjectHandle::newArray();
            intents.appendItem(intent);
            root.replaceKey("/OutputIntents", intents);
        }

        PdfSplitRows::join(root.getKey("/StructTreeRoot"));
        scopeTableHeaders(root);
        describeLogo(pdf, info);
        markArtifacts(pdf);

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        // Cairo's compressed streams pass through as they are; only the new ones are compressed.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(true);
        writer.write();
        std::shared_ptr<Buffer> written = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(written->getBuffer()), qsizetype(written->getSize()));
    } catch (const std::exception &e) {
        return R::failure(tr("the PDF could not be made archive-grade: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace yttra
