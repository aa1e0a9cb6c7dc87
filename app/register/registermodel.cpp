// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registermodel.h"

#include "language/documentlabels.h"
#include "register/registerdates.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The words of the documents (item kinds, deadlines) in the user's language where the
// document labels have it, as the editor shows them.
QString labelLanguage()
{
    return QLocale().language() == QLocale::Swedish ? u"sv"_s : u"en"_s;
}

// A text for one line of the table: the first lines of the auditors' words, without the
// marks of Markdown that would only be noise there.
QString oneLine(const QString &markdown, qsizetype length)
{
    QString text = markdown;
    text.remove(u'*');
    text.remove(u'_');
    text.replace(u'#', u' ');
    text = text.simplified();
    if (text.size() > length)
        text = text.left(length - 1).trimmed() + u'…';
    return text;
}

QStringList owners(const RegisterEntry &entry)
{
    QStringList names;
    for (const RegisterEntry::PromisedMeasure &m : entry.measures) {
        const QString owner = m.owner.trimmed();
        if (!owner.isEmpty() && !names.contains(owner))
            names.append(owner);
    }
    return names;
}

QString deadlines(const RegisterEntry &entry, const QString &language)
{
    QStringList texts;
    for (const RegisterEntry::PromisedMeasure &m : entry.measures) {
        const QString text = m.deadline.displayText(language);
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    if (texts.isEmpty())
        return entry.itemDeadline.displayText(language);
    return texts.join(u", "_s);
}

// The latest of the measures' deadlines, for sorting the column.
QDate lastDeadline(const RegisterEntry &entry)
{
    QDate last;
    for (const RegisterEntry::PromisedMeasure &m : entry.measures) {
        if (const auto day = m.deadline.lastDay(); day && (!last.isValid() || *day > last))
            last = *day;
    }
    if (!last.isValid())
        last = entry.itemDeadline.lastDay().value_or(QDate());
    return last;
}

int yearOf(const RegisterEntry &entry)
{
    const QDate date = QDate::fromString(entry.statementDate.left(10), Qt::ISODate);
    return date.isValid() ? date.year() : 0;
}

} // namespace

RegisterModel::RegisterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RegisterModel::setRegister(const Register &reg)
{
    beginResetModel();
    m_register = reg;
    endResetModel();
}

QString RegisterModel::statementFile(const RegisterEntry &entry)
{
    return entry.followUpFile.isEmpty() ? entry.firstFile : entry.followUpFile;
}

QIcon RegisterModel::stateIcon(RegisterState state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case RegisterState::Open: return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case RegisterState::OnTrack: return style->standardIcon(QStyle::SP_ArrowRight);
    case RegisterState::DueSoon: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case RegisterState::Overdue: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case RegisterState::Done: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case RegisterState::NotFollowedUp: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString RegisterModel::auditText(const RegisterEntry &entry)
{
    if (entry.auditReference.isEmpty())
        return entry.auditTitle;
    if (entry.auditTitle.isEmpty())
        return entry.auditReference;
    return entry.auditReference + u" – "_s + entry.auditTitle;
}

QString RegisterModel::itemText(const RegisterEntry &entry) const
{
    const DocumentLabels labels(labelLanguage());
    return labels.itemKind(entry.itemKind) + (entry.itemNumber.isEmpty() ? QString() : u' ' + entry.itemNumber);
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_register.entries.size());
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterEntry &e = m_register.entries.at(index.row());
    const QString language = labelLanguage();
    switch (role) {
    case StateRole: return int(e.state);
    case BoardRole: return e.board;
    case AuditRole: return e.auditReference.isEmpty() ? e.auditTitle : e.auditReference;
    case YearRole: return yearOf(e);
    case ResponsibleRole: return owners(e);
    case FileRole: return statementFile(e);
    case ItemIdRole: return e.itemId;
    case SearchRole: {
        QStringList texts { RegisterStateRules::displayName(e.state), e.board, e.auditReference, e.auditTitle,
            itemText(e), e.itemText, e.notOurs, e.actionsTaken, e.effectAchieved,
            RegisterDates::next(e).toString(Qt::ISODate), e.statementDate, deadlines(e, language), e.firstFile,
            e.followUpFile };
        for (const RegisterEntry::PromisedMeasure &m : e.measures)
            texts << m.title << m.owner << m.caseReference << m.comment;
        return texts.join(u'\n');
    }
    default: break;
    }

    switch (index.column()) {
    case StateColumn:
        switch (role) {
        case Qt::DisplayRole: return RegisterStateRules::displayName(e.state);
        case Qt::DecorationRole: return stateIcon(e.state);
        case SortRole: return int(e.state);
        case Qt::ToolTipRole:
            if (e.state == RegisterState::NotFollowedUp && e.followUpDue.isValid())
                return tr("The follow-up statement was due on %1.").arg(e.followUpDue.toString(Qt::ISODate));
            return RegisterStateRules::displayName(e.state);
        default: break;
        }
        break;
    case NextDateColumn: {
        const QDate next = RegisterDates::next(e);
        if (role == Qt::DisplayRole)
            return next.isValid() ? next.toString(Qt::ISODate) : QString();
        if (role == SortRole)
            return next;
        break;
    }
    case BoardColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return e.board;
        break;
    case AuditColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return auditText(e);
        if (role == Qt::ToolTipRole)
            return auditText(e);
        break;
    case ItemColumn:
        if (role == Qt::DisplayRole)
            return itemText(e);
        if (role == SortRole)
            // By kind, then by number as a number: 2 before 10.
            return QString(
                DocumentLabels(language).itemKind(e.itemKind) + u'\t' + e.itemNumber.rightJustified(6, u'0'));
        if (role == Qt::ToolTipRole)
            return QDir::toNativeSeparators(statementFile(e));
        break;
    case TextColumn:
        if (role == Qt::DisplayRole)
            return oneLine(e.itemText, 160);
        if (role == SortRole)
            return e.itemText;
        if (role == Qt::ToolTipRole)
            return e.notOurs.isEmpty() ? e.itemText : e.itemText + u"\n\n"_s + e.notOurs;
        break;
    case ResponsibleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return owners(e).join(u", "_s);
        break;
    case DeadlinesColumn:
        if (role == Qt::DisplayRole)
            return deadlines(e, language);
        if (role == SortRole)
            return lastDeadline(e);
        break;
    default: break;
    }

    // What a narrow column cuts off.
    if (role == Qt::ToolTipRole)
        return data(index, Qt::DisplayRole);

    // Overdue stands out in colour and weight on the whole row; its icon and its name say it
    // without either.
    if (e.state == RegisterState::Overdue) {
        if (role == Qt::ForegroundRole)
            return QColor(0xb0, 0x00, 0x20);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn: return tr("State");
    case NextDateColumn: return tr("Next date");
    case BoardColumn: return tr("Board");
    case AuditColumn: return tr("Audit");
    case ItemColumn: return tr("Item");
    case TextColumn: return tr("Text");
    case ResponsibleColumn: return tr("Responsible");
    case DeadlinesColumn: return tr("Deadlines");
    default: return {};
    }
}

} // namespace yttra
