// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filedialog.h"

#include "common/messagebox.h"
#include "docx/docxexporter.h"
#include "model/statement.h"
#include "pdf/logoimage.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QList>

namespace yttra {

namespace {
bool testMode = false;
QList<QString> answers;

QString answer()
{
    return answers.isEmpty() ? QString() : answers.takeFirst();
}
} // namespace

QString FileDialog::statementFilter()
{
    return tr("Yttra statements (*.yttrande);;All files (*)");
}

QString FileDialog::pdfFilter()
{
    return tr("PDF documents (*.pdf)");
}

QString FileDialog::wordFilter()
{
    return tr("Word documents (*.docx)");
}

QString FileDialog::wordTemplateFilter()
{
    return tr("Word templates and documents (*.dotx *.docx);;All files (*)");
}

QString FileDialog::logoFilter()
{
    return tr("Images (*.png *.svg);;All files (*)");
}

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    if (testMode)
        return answer();
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                                 const QString &suffix)
{
    if (testMode)
        return answer();
    QFileDialog dialog(parent, title, QString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // The dialog adds the extension itself, so it also asks before replacing that file.
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString FileDialog::existingFolder(QWidget *parent, const QString &title, const QString &folder)
{
    if (testMode)
        return answer();
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

void FileDialog::setNextFileName(const QString &path)
{
    answers.append(path);
}

void FileDialog::setTestMode(bool on)
{
    testMode = on;
    answers.clear();
}

QString FileDialog::wordTemplate(QWidget *parent, const QString &board, const QString &current)
{
    const QString path = openFileName(parent, tr("Word Template for %1").arg(board),
                                      current.isEmpty() ? QString() : QFileInfo(current).absolutePath(), wordTemplateFilter());
    if (path.isEmpty())
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto trial = DocxExporter::render(Statement(), {path, QString()});
    QApplication::restoreOverrideCursor();
    if (!trial) {
        MessageBox::critical(parent, tr("Cannot use the Word template"), trial.error().text());
        return {};
    }
    return QFileInfo(path).absoluteFilePath();
}

std::optional<Logo> FileDialog::logo(QWidget *parent, const QString &title, QString *path)
{
    const QString file = openFileName(parent, title, QString(), logoFilter());
    if (path)
        *path = file;
    if (file.isEmpty())
        return std::nullopt;
    auto loaded = LogoImage::load(file);
    if (!loaded) {
        MessageBox::critical(parent, tr("Cannot use the logo"), loaded.error());
        return std::nullopt;
    }
    return std::move(loaded).value();
}

} // namespace yttra
