// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/wordreviewimport.h"

#include "document/listpointer.h"
#include "document/statementdocument.h"
#include "document/statementfields.h"
#include "docx/docxexporter.h"
#include "docx/docxfieldreader_p.h"
#include "docx/docxfields.h"
#include "docx/docxpackage_p.h"
#include "docx/wordml_p.h"
#include "language/deadlinetext.h"
#include "language/documentlabels.h"
#include "review/reviewediting.h"
#include "zip/zippackage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace yttra::wordml;

namespace yttra {

namespace {

/// The text of a comment in comments.xml: its paragraphs, one a line.
QString commentText(const XmlNode &comment)
{
    QStringList paragraphs;
    std::function<void(const XmlNode &, QString &)> collect = [&](const XmlNode &node, QString &into) {
        for (const XmlNode &c : node.children) {
            if (c.is(w, u"t"))
                into += c.textContent();
            else if (c.is(w, u"tab"))
                into += u'\t';
            else if (c.is(w, u"br"))
                into += u'\n';
            else if (!c.is(w, u"del") && !c.is(w, u"instrText"))
                collect(c, into);
        }
    };
    for (const XmlNode &p : comment.children) {
        if (!p.is(w, u"p"))
            continue;
        QString text;
        collect(p, text);
        paragraphs.append(text);
    }
    return paragraphs.join(u'\n').trimmed();
}

/// The w14:paraId of a comment's last paragraph: how commentsExtended.xml names it.
QString lastParagraphId(const XmlNode &comment)
{
    QString id;
    for (const XmlNode &p : comment.children) {
        if (p.is(w, u"p"))
            id = p.attribute(w14, u"paraId");
    }
    return id;
}

/// Word writes local times marked as UTC ("2026-12-01T10:00:00Z"); the file keeps an offset.
QString timestampOf(const QString &wordDate)
{
    QDateTime at = QDateTime::fromString(wordDate, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::currentDateTime();
    return ReviewEditing::timestamp(at);
}

QString stableCommentId(const QString &author, const QString &date, const QString &text, const QString &tag)
{
    const QByteArray key = (author + u'\x1f' + date + u'\x1f' + text + u'\x1f' + tag).toUtf8();
    return u"word-"_s + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace

Statement WordReview::copyWithComments(const Statement &statement) const
{
    Statement copy = statement;
    if (!copy.review)
        copy.review = Review();
    copy.review->comments += comments;
    return copy;
}

Result<WordReview, FileError> WordReviewImport::read(const QString &path, const Statement &statement)
{
    using R = Result<WordReview, FileError>;
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return R::failure({FileError::Kind::CannotRead, shown, QString(), tr("there is no such file")});
    auto bytes = ZipPackage::readBytes(path);
    if (!bytes)
        return R::failure({FileError::Kind::CannotRead, shown, QString(), bytes.error()});
    auto review = read(bytes.value(), statement);
    if (!review)
        return R::failure({FileError::Kind::Invalid, shown, QString(), review.error()});
    return std::move(review).value();
}

Result<WordReview, QString> WordReviewImport::read(const QByteArray &docx, const Statement &statement)
{
    using R = Result<WordReview, QString>;
    auto read = DocxPackage::read(docx);
    if (!read)
        return R::failure(read.error());
    DocxPackage package = std::move(read).value();
    const QString main = package.mainPart();
    const DocumentLabels labels(statement.language);
    WordReview review;

    // The document as the reviewer left it.
    const XmlNode *stylesPart = package.tree(package.related(main, stylesRelationship).value(0));
    const DocxStyles styles = stylesPart ? DocxStyles::find(*stylesPart) : DocxStyles();
    const DocxFieldReader reader = DocxFieldReader::readPackage(package, styles);

    // What it held when exported, and whose statement it is.
    const XmlNode *record = nullptr;
    for (const QString &part : package.related(main, customXmlRelationship)) {
        const XmlNode *root = package.tree(part);
        if (root && root->is(DocxExporter::recordNamespace(), u"export")) {
            record = root;
            break;
        }
    }
    QHash<QString, QString> exported;
    QStringList exportedTags;
    if (record) {
        review.exportRecordFound = true;
        for (const XmlNode &field : record->children) {
            if (!field.is(DocxExporter::recordNamespace(), u"field"))
                continue;
            const QString tag = field.attribute({}, u"tag");
            exported.insert(tag, field.textContent());
            exportedTags.append(tag);
        }
        const QString board = record->attribute({}, u"board").trimmed();
        const QString reference = record->attribute({}, u"auditReference").trimmed();
        if (board.compare(statement.board.trimmed(), Qt::CaseInsensitive) != 0
            || reference.compare(statement.audit.reference.trimmed(), Qt::CaseInsensitive) != 0) {
            return R::failure(tr("it is the statement of %1 on %2, not of %3 on %4: choose the Word document exported from this statement")
                                  .arg(board.isEmpty() ? tr("no board") : board, reference.isEmpty() ? tr("no audit") : reference,
                                       statement.board.trimmed().isEmpty() ? tr("no board") : statement.board.trimmed(),
                                       statement.audit.reference.trimmed().isEmpty() ? tr("no audit") : statement.audit.reference.trimmed()));
        }
    }

    QSet<QString> found;
    bool anyOurs = false;
    for (const DocxFieldText &field : reader.fields()) {
        found.insert(field.tag);
        anyOurs = anyOurs || DocxFields::isOurs(field.tag);
    }
    for (const QString &tag : std::as_const(exportedTags)) {
        if (DocxFields::isOurs(tag) && !found.contains(tag)) {
            const QString pointer = DocxFields::pointer(statement, tag);
            review.missingFields.append(pointer.isEmpty() ? tag : labels.fieldName(statement, pointer));
        }
    }
    if (!anyOurs) {
        if (record)
            return R::failure(tr("the fields of the statement have been deleted from it (%1): Yttra cannot tell which text belongs where")
                                  .arg(review.missingFields.join(u", "_s)));
        return R::failure(tr("it is not a Word document exported by Yttra: it has none of the statement's fields "
                             "(content controls tagged \"yttra:\")"));
    }

    // The fields: changed since the export, into what the file keeps.
    const QHash<QString, QString> current = DocxExporter::fieldValues(statement);
    // Who changed text without tracking it: the last to save the document, unless nobody
    // saved it since the export (then the properties still name the one who exported it).
    const QString lastAuthor = [&package, record] {
        const XmlNode *core = package.tree(package.related(QString(), corePropertiesRelationship).value(0));
        const XmlNode *by = core ? core->child(coreProperties, u"lastModifiedBy") : nullptr;
        const XmlNode *modified = core ? core->child(dcterms, u"modified") : nullptr;
        const QString name = by ? by->textContent().trimmed() : QString();
        if (record && modified && modified->textContent().trimmed() == record->attribute({}, u"exported")
            && name == record->attribute({}, u"author"))
            return QString();
        return name;
    }();
    const QString exportAuthor = record ? record->attribute({}, u"author") : QString();
    for (const DocxFieldText &field : reader.fields()) {
        QString pointer;
        QString now = current.value(field.tag); // what the field would show if exported now
        if (DocxFields::isOurs(field.tag)) {
            pointer = DocxFields::pointer(statement, field.tag);
        } else if (const DocxFields::TemplateField *templateField = DocxFields::templateField(field.tag)) {
            if (!exported.contains(field.tag))
                continue; // a template's own control that the export did not fill
            pointer = templateField->pointer;
            now = DocxFields::templateValue(*templateField, statement, exportAuthor);
        }
        const QString was = exported.contains(field.tag) ? exported.value(field.tag) : now;
        if (field.value == was)
            continue;
        if (pointer.isEmpty()) {
            if (DocxFields::isOurs(field.tag))
                review.notPlaced.append(tr("%1 was changed to “%2”, but its part is no longer in the statement").arg(field.tag, field.value));
            else // the title or the author: made from the statement, not a field of it
                review.notPlaced.append(tr("the template's field %1 was changed to “%2”; it is made from the statement's details "
                                           "and cannot be taken in: change the details in Yttra").arg(field.tag, field.value));
            continue;
        }
        const QString name = labels.fieldName(statement, pointer);
        QString after = field.value;
        if (pointer.endsWith(u"/deadline")) {
            auto deadline = DeadlineText::parse(after);
            if (!deadline) {
                review.notPlaced.append(tr("%1 was changed to “%2”: %3").arg(name, after, deadline.error()));
                continue;
            }
            after = deadline.value().toString();
        } else if (const auto item = ListPointer::parse(pointer, u"items"); item && item->member == u"label") {
            // The default heading written back is no label of its own.
            if (after == labels.defaultItemHeading(item->index))
                after.clear();
        }
        const auto before = StatementFields::value(statement, pointer);
        if (!before)
            continue;
        const QString beforeText = before->toString();
        if (after == beforeText)
            continue; // the secretary made the same change since
        if (auto checked = StatementFields::check(statement, pointer, after); !checked) {
            review.notPlaced.append(tr("%1 was changed to “%2”, which it cannot hold: %3").arg(name, after, checked.error()));
            continue;
        }
        ProposedChange change{pointer, name, beforeText, after, field.changedBy, false};
        if (change.by.isEmpty() && !lastAuthor.isEmpty())
            change.by = {lastAuthor};
        change.changedSince = record && now != exported.value(field.tag);
        // A field shown twice (a measure's title under several items) changed the same way is one change.
        auto same = std::find_if(review.changes.begin(), review.changes.end(), [&](const ProposedChange &c) { return c.pointer == pointer; });
        if (same == review.changes.end()) {
            review.changes.append(change);
        } else if (same->after != change.after) {
            review.notPlaced.append(tr("%1 was changed in two places in two ways: “%2” and “%3”; the first is proposed").arg(name, same->after, change.after));
        }
    }

    // The comments, with their replies and done state.
    const QString commentsPart = package.related(main, commentsRelationship).value(0);
    const XmlNode *comments = commentsPart.isEmpty() ? nullptr : package.tree(commentsPart);
    if (!comments)
        return review;
    QHash<QString, QString> parentOf; // paraId -> the paraId of the comment it answers
    QSet<QString> done;
    if (const XmlNode *extended = package.tree(package.related(main, commentsExtendedRelationship).value(0))) {
        for (const XmlNode &entry : extended->children) {
            if (!entry.is(w15, u"commentEx"))
                continue;
            const QString id = entry.attribute(w15, u"paraId");
            if (entry.hasAttribute(w15, u"paraIdParent"))
                parentOf.insert(id, entry.attribute(w15, u"paraIdParent"));
            if (entry.attribute(w15, u"done") == u"1")
                done.insert(id);
        }
    }
    QHash<QString, qsizetype> commentOfParagraph; // paraId -> index in review.comments
    QList<const XmlNode *> replies;
    for (const XmlNode &comment : comments->children) {
        if (!comment.is(w, u"comment"))
            continue;
        const QString paraId = lastParagraphId(comment);
        if (parentOf.contains(paraId)) {
            replies.append(&comment);
            continue;
        }
        const QString id = comment.attribute(w, u"id");
        const QString author = comment.attribute(w, u"author").trimmed();
        const QString date = comment.attribute(w, u"date");
        const QString text = commentText(comment);
        const DocxCommentAnchor anchor = reader.anchors().value(id);
        QString tag = anchor.tag;
        QString pointer = DocxFields::isOurs(tag) ? DocxFields::pointer(statement, tag) : QString();
        if (!DocxFields::isOurs(tag) && DocxFields::templateField(tag))
            pointer = DocxFields::templateField(tag)->pointer;
        const QString shownAuthor = author.isEmpty() ? tr("someone") : author;
        if (pointer.isEmpty() && tag.isEmpty() && DocxFields::isOurs(anchor.nextTag)) {
            tag = anchor.nextTag;
            pointer = DocxFields::pointer(statement, tag);
            if (!pointer.isEmpty()) {
                review.notes.append(tr("The comment by %1 (“%2”) was made outside the fields; it is placed on the field after it, %3.")
                                        .arg(shownAuthor, text, labels.fieldName(statement, pointer)));
            }
        }
        if (pointer.isEmpty()) {
            const QString quote = anchor.quote.simplified();
            review.notPlaced.append(quote.isEmpty() ? tr("The comment by %1 is on no field of the statement: “%2”").arg(shownAuthor, text)
                                                    : tr("The comment by %1 on “%2” is on no field of the statement: “%3”").arg(shownAuthor, quote, text));
            continue;
        }
        Comment c;
        c.id = stableCommentId(author, date, text, tag);
        c.target = pointer;
        c.quote = tag == anchor.tag ? anchor.quote.trimmed() : QString();
        c.author = author.isEmpty() ? tr("Word reviewer") : author;
        c.created = timestampOf(date);
        c.text = text;
        c.resolved = done.contains(paraId);
        commentOfParagraph.insert(paraId, review.comments.size());
        review.comments.append(c);
    }
    for (const XmlNode *reply : std::as_const(replies)) {
        // A reply to a reply still belongs to the comment that started the thread.
        QString parent = parentOf.value(lastParagraphId(*reply));
        for (int hops = 0; parentOf.contains(parent) && hops < 64; ++hops)
            parent = parentOf.value(parent);
        const QString author = reply->attribute(w, u"author").trimmed();
        if (!commentOfParagraph.contains(parent)) {
            review.notPlaced.append(tr("The reply by %1 answers a comment that is not placed: “%2”").arg(author.isEmpty() ? tr("someone") : author, commentText(*reply)));
            continue;
        }
        review.comments[commentOfParagraph.value(parent)].replies.append(
            {author.isEmpty() ? tr("Word reviewer") : author, timestampOf(reply->attribute(w, u"date")), commentText(*reply), {}});
    }
    return review;
}

Result<void> WordReviewImport::accept(StatementDocument &document, const ProposedChange &change)
{
    // A field that already holds the change (the secretary made it too) counts as accepted.
    if (auto r = document.setField(change.pointer, change.after, StatementDocument::Merge::Separate); !r)
        return Result<void>::failure(r.error());
    return {};
}

} // namespace yttra
