// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace yttra {

class ItemListModel;
class MeasureTableModel;
class StatementDocument;

/// Yttra's main window: the open statement's items, the selected item's text and response,
/// and the measure register (read-only for now; the editor replaces the middle).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a statement file; a file that cannot be read is reported in a dialog and the
    /// window keeps what it showed. Returns whether the file was opened.
    bool openFile(const QString &path);
    void openExample();
    /// Writes the statement as the Excel action plan; an error is reported in a dialog, and
    /// so are warnings (text cut to fit a cell) after the workbook was written. The statement's
    /// own file is refused. Returns whether the workbook was written.
    bool exportToExcel(const QString &path);
    /// Where the export dialog starts: beside the statement's file with its name, or else
    /// named after the audit's reference in the documents folder.
    QString suggestedExcelPath() const;

    StatementDocument *document() const { return m_document.get(); }

private:
    void setDocument(std::unique_ptr<StatementDocument> document);
    void showItem(int row);
    void updateTitle();
    void chooseFile();
    void chooseExcelFile();
    void about();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<StatementDocument> m_document;
    ItemListModel *m_items;
    MeasureTableModel *m_measures;
};

} // namespace yttra
