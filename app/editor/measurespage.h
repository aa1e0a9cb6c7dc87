// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/editorpage.h"

#include <QModelIndex>

#include <memory>

namespace Ui {
class MeasuresPage;
}

class QTableView;

namespace yttra {

class MeasureFilterModel;
class MeasureTableModel;

/// The register of measures: a table that can be sorted and filtered, and below it the
/// selected measure's fields and the items it answers.
class MeasuresPage : public EditorPage
{
    Q_OBJECT

public:
    explicit MeasuresPage(QWidget *parent = nullptr);
    ~MeasuresPage() override;

    void setDocument(StatementDocument *document) override;
    bool focusPointer(const QString &pointer) override;
    void setReadOnly(bool readOnly) override;

    /// Selects the measure at this register index (clearing a filter that hides it).
    void selectMeasure(qsizetype measure);
    /// The register index of the selected measure, or -1.
    qsizetype currentMeasure() const;

    /// Adds a measure after the selected one (answering `itemId` if given) and puts the
    /// cursor in its title.
    void addMeasure(const QString &itemId = {});
    void removeMeasure();
    void moveMeasure(int delta);
    void chooseItems();

    QTableView *table() const;
    MeasureFilterModel *proxy() const { return m_proxy; }

private:
    void currentChanged(const QModelIndex &current);
    void bindTo(qsizetype measure);
    void restoreSelection();
    void updateDetails();
    void updateCount();
    void updateButtons();
    void fillStatusCombos();

    std::unique_ptr<Ui::MeasuresPage> m_ui;
    MeasureTableModel *m_model;
    MeasureFilterModel *m_proxy;
    QString m_currentId;
};

} // namespace yttra
