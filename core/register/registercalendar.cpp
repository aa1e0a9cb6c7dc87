// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registercalendar.h"

#include "language/documentlabels.h"
#include "model/measure.h"

#include <QCryptographicHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

/// What names the audit and board in a UID: the reference and the board in plain letters,
/// or, for a statement without a reference, a hash of its file's path.
QString auditKey(const RegisterEntry &entry)
{
    QString key;
    if (!entry.auditReference.isEmpty()) {
        // Letters without their accents ("servicenamnden"): UIDs travel best in ASCII.
        const QString plain = (entry.auditReference + u'-' + entry.board).toLower().normalized(QString::NormalizationForm_D);
        for (const QChar c : plain) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            if (c.isLetterOrNumber() && c.unicode() < 128)
                key += c;
            else if (!key.endsWith(u'-'))
                key += u'-';
        }
        return key;
    }
    const QString file = entry.firstFile.isEmpty() ? entry.followUpFile : entry.firstFile;
    return QString::fromLatin1(QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}


} // namespace

QList<CalendarEntry> RegisterCalendar::entries(const Register &reg)
{
    // The calendar's words in the language the user reads them in.
    const DocumentLabels labels(RegisterStateRules::language());
    QList<CalendarEntry> out;
    QSet<QString> statementDays;
    for (const RegisterEntry &entry : reg.entries) {
        const QString key = auditKey(entry);
        const QString audit = entry.auditTitle.isEmpty() ? entry.auditReference : entry.auditTitle;
        for (const RegisterEntry::PromisedMeasure &m : entry.measures) {
            const auto day = m.deadline.lastDay();
            if (!day)
                continue;
            CalendarEntry e;
            e.uid = u"%1.%2.%3@yttra"_s.arg(m.id, entry.itemId, key);
            e.date = *day;
            e.summary = tr("%1: %2 (%3)").arg(entry.board, m.title, labels.measureStatus(m.status));
            QStringList lines{audit + (entry.auditReference.isEmpty() || audit == entry.auditReference
                                           ? QString()
                                           : u", "_s + entry.auditReference)};
            if (!m.owner.isEmpty())
                lines.append(tr("Responsible: %1").arg(m.owner));
            lines.append(entry.itemText.simplified());
            e.description = lines.join(u'\n');
            e.categories = {u"Yttra"_s, entry.board};
            out.append(e);
        }
        // When the statements are due to the auditors, once per audit and board: the first
        // statement's day, and the follow-up's (its own, or, not written yet, when it is
        // expected); the follow-up keeps its UID when it is written, so the day moves.
        if (statementDays.contains(key))
            continue;
        statementDays.insert(key);
        const auto statementDay = [&](const QString &uid, QDate date, const QString &summary) {
            if (!date.isValid())
                return;
            CalendarEntry e;
            e.uid = uid;
            e.date = date;
            e.summary = summary;
            e.description = entry.auditReference;
            e.categories = {u"Yttra"_s, entry.board};
            out.append(e);
        };
        statementDay(u"first.%1@yttra"_s.arg(key), entry.firstStatementDue,
                     tr("%1: statement to the auditors, %2").arg(entry.board, audit));
        statementDay(u"followup.%1@yttra"_s.arg(key),
                     entry.followUpFile.isEmpty() ? entry.followUpDue : entry.followUpStatementDue,
                     tr("%1: follow-up statement to the auditors, %2").arg(entry.board, audit));
    }
    return out;
}

} // namespace yttra
