// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/logo.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace yttra {

/// The file choosers (Open, Save As, Export), through one door so GUI tests can give the
/// answer in advance instead of facing a dialog that would wait for a click.
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(FileDialog)

public:
    /// A file to open, or empty when the user cancels.
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    /// A file to write; the dialog adds `suffix` when the user types none, and asks before
    /// replacing an existing file.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                                const QString &suffix);

    /// A folder that exists, or empty when the user cancels.
    static QString existingFolder(QWidget *parent, const QString &title, const QString &folder);

    /// The filters of the choosers, in the user's language.
    static QString statementFilter();
    static QString pdfFilter();
    /// Word documents to write or to read a review from.
    static QString wordFilter();
    /// What a municipality's Word template can be: a template or a document.
    static QString wordTemplateFilter();
    /// A board's Word template, chosen starting in the folder of the `current` one and tried
    /// (on an empty statement: only the template can make the trial fail), so that one that
    /// cannot make a document is refused now, with the reason, and not at the next export.
    /// Its absolute path, or empty when the user cancels or the template is refused.
    static QString wordTemplate(QWidget *parent, const QString &board, const QString &current);

    /// What a board's logo can be: a PNG or SVG image.
    static QString logoFilter();
    /// A board's logo, chosen (titled `title`) and checked the way the exports read it, so
    /// that a file no export could draw is refused now, in a message naming it and saying
    /// why. Nothing when the user cancels or the file is refused; the logo has no
    /// description yet. `path`, when given, is set to the file chosen.
    static std::optional<Logo> logo(QWidget *parent, const QString &title, QString *path = nullptr);

    /// Test mode: the next dialog answers this (empty: Cancel) without showing anything.
    static void setNextFileName(const QString &path);
    static void setTestMode(bool on);
};

} // namespace yttra
