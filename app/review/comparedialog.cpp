// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/comparedialog.h"
#include "ui_comparedialog.h"

#include "common/filedialog.h"
#include "common/messagebox.h"
#include "format/statementfile.h"
#include "pdf/comparisonpdf.h"
#include "review/wordchangehtml_p.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace yttra {

CompareDialog::CompareDialog(const Statement &current, const QString &currentName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CompareDialog>()), m_current(current), m_currentName(currentName)
{
    m_ui->setupUi(this);
    m_export = m_ui->buttonBox->addButton(tr("&Export as PDF…"), QDialogButtonBox::ActionRole);
    m_export->setEnabled(false);
    m_ui->compareButton->setDefault(true);
    connect(m_ui->olderBrowse, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(m_ui->newerBrowse, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_ui->compareButton, &QPushButton::clicked, this, &CompareDialog::compare);
    connect(m_export, &QPushButton::clicked, this, [this] {
        QString suggested = m_ui->olderEdit->text();
        suggested = QFileInfo(suggested).dir().filePath(tr("comparison") + u".pdf"_s);
        const QString path = FileDialog::saveFileName(this, tr("Export Comparison as PDF"), suggested, FileDialog::pdfFilter(), u"pdf"_s);
        if (!path.isEmpty())
            exportPdf(path);
    });
    // A new choice of files makes the differences shown out of date.
    for (QLineEdit *edit : {m_ui->olderEdit, m_ui->newerEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_compared = false;
            m_export->setEnabled(false);
        });
    }
    m_ui->summaryLabel->setText(tr("Choose the older version, then Compare."));
}

CompareDialog::~CompareDialog() = default;

QTextBrowser *CompareDialog::view() const
{
    return m_ui->resultView;
}

void CompareDialog::setOlderFile(const QString &path)
{
    m_ui->olderEdit->setText(QDir::toNativeSeparators(path));
    m_compared = false;
}

void CompareDialog::setNewerFile(const QString &path)
{
    m_ui->newerEdit->setText(QDir::toNativeSeparators(path));
    m_compared = false;
}

void CompareDialog::chooseFile(bool older)
{
    QLineEdit *edit = older ? m_ui->olderEdit : m_ui->newerEdit;
    const QString path = FileDialog::openFileName(this, older ? tr("Older Version") : tr("Newer Version"),
                                                  QFileInfo(edit->text()).absolutePath(),
                                                  FileDialog::statementFilter());
    if (path.isEmpty())
        return;
    edit->setText(QDir::toNativeSeparators(path));
    m_compared = false;
    if (!m_ui->olderEdit->text().isEmpty())
        compare();
}

QString CompareDialog::nameOf(const QString &path) const
{
    return path.isEmpty() ? m_currentName : QFileInfo(path).fileName();
}

bool CompareDialog::compare()
{
    const QString olderPath = QDir::fromNativeSeparators(m_ui->olderEdit->text().trimmed());
    const QString newerPath = QDir::fromNativeSeparators(m_ui->newerEdit->text().trimmed());
    m_compared = false;
    m_export->setEnabled(false);
    if (olderPath.isEmpty()) {
        m_ui->summaryLabel->setText(tr("Choose the older version first."));
        m_ui->olderEdit->setFocus();
        return false;
    }
    const auto older = StatementFile::load(olderPath);
    if (!older) {
        m_ui->summaryLabel->setText(tr("Cannot read the older version: %1").arg(older.error().text()));
        m_ui->resultView->clear();
        return false;
    }
    Statement newer = m_current;
    if (!newerPath.isEmpty()) {
        const auto read = StatementFile::load(newerPath);
        if (!read) {
            m_ui->summaryLabel->setText(tr("Cannot read the newer version: %1").arg(read.error().text()));
            m_ui->resultView->clear();
            return false;
        }
        newer = read.value().statement;
    }
    m_differences = Comparison::compare(older.value().statement, newer);
    m_language = newer.language;
    m_olderName = nameOf(olderPath);
    m_newerName = nameOf(newerPath);
    m_compared = true;
    showDifferences();
    m_export->setEnabled(true);
    return true;
}

void CompareDialog::showDifferences()
{
    int statusChanges = 0;
    for (const Difference &d : std::as_const(m_differences))
        statusChanges += d.statusChange ? 1 : 0;
    if (m_differences.isEmpty()) {
        m_ui->summaryLabel->setText(tr("%1 and %2 are the same.").arg(m_olderName, m_newerName));
        m_ui->resultView->setHtml(u"<p>%1</p>"_s.arg(tr("No differences.").toHtmlEscaped()));
        return;
    }
    m_ui->summaryLabel->setText(tr("From %1 to %2: %n difference(s)", nullptr, static_cast<int>(m_differences.size()))
                                    .arg(m_olderName, m_newerName)
                                + (statusChanges > 0 ? u", "_s + tr("%n status change(s)", nullptr, statusChanges) : QString())
                                + u'.');

    // Part by part, in the order of the statement; within a part, status changes first.
    QStringList parts;
    for (const Difference &d : std::as_const(m_differences)) {
        if (!parts.contains(d.part))
            parts.append(d.part);
    }
    QString html;
    for (const QString &part : std::as_const(parts)) {
        html += u"<h3>%1</h3><ul>"_s.arg(part.toHtmlEscaped());
        for (const bool status : {true, false}) {
            for (const Difference &d : std::as_const(m_differences)) {
                if (d.part != part || d.statusChange != status)
                    continue;
                const QString field = d.field.isEmpty() ? QString() : u"<b>%1</b>: "_s.arg(d.field.toHtmlEscaped());
                switch (d.kind) {
                case Difference::Kind::Added:
                    html += u"<li>%1<i>%2</i><br>%3</li>"_s.arg(field, tr("added").toHtmlEscaped(), WordChangeHtml::text(d.after));
                    break;
                case Difference::Kind::Removed:
                    html += u"<li>%1<i>%2</i><br>%3</li>"_s.arg(field, tr("removed").toHtmlEscaped(), WordChangeHtml::deleted(d.before));
                    break;
                case Difference::Kind::Moved:
                    html += u"<li>%1<i>%2</i></li>"_s.arg(field, tr("moved from place %1 to %2").arg(d.before, d.after).toHtmlEscaped());
                    break;
                case Difference::Kind::Changed:
                    if (d.statusChange) {
                        html += u"<li style=\"background:#fff3c4;\"><b>%1</b></li>"_s.arg(
                            tr("Status changed from %1 to %2").arg(d.before, d.after).toHtmlEscaped());
                    } else {
                        html += u"<li>%1%2</li>"_s.arg(field, d.words.isEmpty() ? WordChangeHtml::text(d.after) : WordChangeHtml::words(d.words));
                    }
                    break;
                }
            }
        }
        html += u"</ul>"_s;
    }
    m_ui->resultView->setHtml(html);
}

bool CompareDialog::exportPdf(const QString &path)
{
    if (!m_compared && !compare())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = ComparisonPdf::write(m_differences, {m_olderName, m_newerName, m_language}, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, tr("Cannot export the comparison"), written.error().text());
        return false;
    }
    m_ui->summaryLabel->setText(tr("Wrote the comparison to %1.").arg(QDir::toNativeSeparators(path)));
    if (!written.value().isEmpty())
        MessageBox::warning(this, tr("Exported the comparison, with warnings"), written.value().join(u"\n\n"_s));
    return true;
}

} // namespace yttra
