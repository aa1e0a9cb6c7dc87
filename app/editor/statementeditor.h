// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/navigatormodel.h"
#include "document/statementdocument.h"
#include "validation/validator.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class StatementEditor;
}

class QAction;
class QListView;
class QScrollArea;
class QTimer;

namespace yttra {

class AuditPage;
class CompletenessPanel;
class DetailsPage;
class EditorPage;
class ItemPage;
class MeasuresPage;
class SignaturesPage;
class SummaryPage;

/// The editing area of the window: the navigator of the statement's parts on the left and
/// the form of the selected part beside it, plus the completeness panel (which the window
/// places) and the actions on items and measures (which the window puts in its menus).
class StatementEditor : public QWidget
{
    Q_OBJECT

public:
    using Page = NavigatorModel::Page;

    explicit StatementEditor(QWidget *parent = nullptr);
    ~StatementEditor() override;

    void setDocument(StatementDocument *document);
    /// Shows the document without letting its texts be changed (in review, for commenting).
    /// A read-only document is shown so anyway, and the forms follow it when that changes.
    void setReadOnly(bool readOnly);
    bool isEditable() const;
    StatementDocument *document() const { return m_document; }

    QListView *navigator() const;
    NavigatorModel *navigatorModel() const { return m_navigator; }
    CompletenessPanel *completenessPanel() const { return m_completeness; }

    DetailsPage *detailsPage() const { return m_details; }
    AuditPage *auditPage() const { return m_audit; }
    SummaryPage *summaryPage() const { return m_summary; }
    ItemPage *itemPage() const { return m_item; }
    MeasuresPage *measuresPage() const { return m_measures; }
    SignaturesPage *signaturesPage() const { return m_signatures; }

    /// Shows a page (for Page::Item, the item at `item`).
    void showPage(Page page, qsizetype item = -1);
    Page currentPage() const;
    qsizetype currentItem() const;
    /// Goes to the field at a JSON pointer and puts the cursor in it.
    bool revealPointer(const QString &pointer);
    /// Shows the place of the last change (after Undo or Redo, so the user sees what changed).
    void revealLastChange();
    /// Goes to the previous or next entry of the navigator.
    void stepPage(int delta);

    /// Shows what the navigator's model found at the last change in the completeness panel
    /// now, instead of on the next turn of the event loop.
    void revalidate();
    const QList<Finding> &findings() const { return m_findings; }
    /// What the navigator calls the place of a pointer ("Åtgärdsområde 2", "Measure 3").
    QString placeOf(const QString &pointer) const;
    /// The place and the field, for a comment: "Åtgärdsområde 2, expected effect", or that the
    /// part it was about has been removed.
    QString fieldPlaceOf(const QString &pointer) const;
    /// Where a comment on a removed item or measure points (see CommentTargets).
    static bool isRemovedPart(QStringView pointer) { return pointer == u"/items" || pointer == u"/measures"; }

    /// The field the user was last in on the page shown (the one a new comment is about),
    /// or empty; with the text selected in it.
    QString currentField() const;
    QString selectedText(const QString &pointer) const;

    QAction *addItemAction() const { return m_addItem; }
    QAction *duplicateItemAction() const { return m_duplicateItem; }
    QAction *removeItemAction() const { return m_removeItem; }
    QAction *moveItemUpAction() const { return m_moveItemUp; }
    QAction *moveItemDownAction() const { return m_moveItemDown; }
    QAction *linkMeasuresAction() const { return m_linkMeasures; }
    QAction *addMeasureAction() const { return m_addMeasure; }
    QAction *removeMeasureAction() const { return m_removeMeasure; }
    QAction *linkItemsAction() const { return m_linkItems; }

    void addItem();
    void duplicateItem();
    void removeItem();
    void moveItem(int delta);

Q_SIGNALS:
    /// A short note for the status bar.
    void message(const QString &text);
    /// The user went into another field of the forms, or to another page.
    void currentFieldChanged(const QString &pointer);

private:
    QScrollArea *wrap(EditorPage *page);
    void rowChanged(int row);
    void scheduleValidation();
    void updateActions();
    void remember(const QString &pointer);
    void focusChanged(QWidget *now);
    void updateCommentMarks();
    QList<EditorPage *> editorPages() const;
    EditorPage *pageFor(Page page) const;
    QAction *makeAction(const QString &text, const QKeySequence &key, void (StatementEditor::*slot)());

    std::unique_ptr<Ui::StatementEditor> m_ui;
    QPointer<StatementDocument> m_document;
    NavigatorModel *m_navigator;
    CompletenessPanel *m_completeness;
    DetailsPage *m_details;
    AuditPage *m_audit;
    SummaryPage *m_summary;
    ItemPage *m_item;
    MeasuresPage *m_measures;
    SignaturesPage *m_signatures;
    QList<QWidget *> m_pageWidgets; // by Page, what the stack shows
    QTimer *m_validation;
    QList<Finding> m_findings;
    QString m_lastChange;
    QString m_currentField;
    bool m_readOnly = false;

    QAction *m_addItem;
    QAction *m_duplicateItem;
    QAction *m_removeItem;
    QAction *m_moveItemUp;
    QAction *m_moveItemDown;
    QAction *m_linkMeasures;
    QAction *m_addMeasure;
    QAction *m_removeMeasure;
    QAction *m_linkItems;
};

} // namespace yttra
