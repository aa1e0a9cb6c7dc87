// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/calendarwriter.h"

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

QString dateValue(QDate date)
{
    return date.toString(u"yyyyMMdd"_s);
}

} // namespace

QString CalendarWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            // CRLF and a lone CR are one line break, like LF.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c.category() == QChar::Other_Control) {
            // Controls are not allowed in text values (a tab is, but reads as a space anyway).
            out += u' ';
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray CalendarWriter::folded(const QString &line)
{
    // 75 octets on the first physical line, 74 after the leading space on the others; a
    // cut never falls inside a UTF-8 sequence (continuation bytes are 10xxxxxx).
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype start = 0;
    bool first = true;
    while (utf8.size() - start > (first ? 75 : 74)) {
        qsizetype end = start + (first ? 75 : 74);
        while (end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += ' ';
        out += utf8.mid(start, end - start);
        out += "\r\n";
        start = end;
        first = false;
    }
    if (!first)
        out += ' ';
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

QByteArray CalendarWriter::write(const QList<CalendarEntry> &entries, const QString &name, const QDateTime &stamp)
{
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QByteArray out;
    const auto line = [&out](const QString &text) { out += folded(text); };
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//Yttra//Yttra//SV"_s);
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    if (!name.isEmpty())
        line(u"X-WR-CALNAME:"_s + escaped(name));
    for (const CalendarEntry &e : entries) {
        if (!e.date.isValid() || e.uid.isEmpty())
            continue;
        const bool todo = e.kind == CalendarEntry::Kind::Todo;
        line(todo ? u"BEGIN:VTODO"_s : u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + escaped(e.uid));
        line(u"DTSTAMP:"_s + dtstamp);
        if (todo) {
            line(u"DUE;VALUE=DATE:"_s + dateValue(e.date));
            line(e.done ? u"STATUS:COMPLETED"_s : u"STATUS:NEEDS-ACTION"_s);
        } else {
            // An all-day event ends (exclusively) on the next day.
            line(u"DTSTART;VALUE=DATE:"_s + dateValue(e.date));
            line(u"DTEND;VALUE=DATE:"_s + dateValue(e.date.addDays(1)));
            line(u"TRANSP:TRANSPARENT"_s);
        }
        line(u"SUMMARY:"_s + escaped(e.summary));
        if (!e.description.isEmpty())
            line(u"DESCRIPTION:"_s + escaped(e.description));
        if (!e.categories.isEmpty()) {
            QStringList categories;
            for (const QString &c : e.categories)
                categories.append(escaped(c));
            line(u"CATEGORIES:"_s + categories.join(u','));
        }
        line(todo ? u"END:VTODO"_s : u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}

} // namespace yttra
