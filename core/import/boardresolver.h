// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace yttra {

/// Recognises the boards (nämnder, styrelser) a report names and gives each one spelling:
/// "kommunstyrelsens" and "Kommunstyrelsen" are one board, a typo such as "serviceenämnden"
/// is the known "Servicenämnden", and a bare "nämnden" is the report's only board when
/// there is exactly one.
class BoardResolver
{
public:
    struct Mention
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString board;        // the board's spelling; empty for an unresolved "nämnden"
        bool generic = false; // "nämnden", "styrelsen": no name of its own
    };

    BoardResolver() = default;
    explicit BoardResolver(const QStringList &known);

    /// Adds a board the report names for certain (a "Till:" line, a recommendation's
    /// addressee); later mentions resolve to this spelling.
    void add(const QString &board);
    const QStringList &known() const { return m_known; }

    /// Whether the whole text is one board's name, as a "Till:" list or a heading gives it:
    /// "Kommunstyrelsen", "Kultur- och fritidsnämnden", "Nämnden för funktionsstöd",
    /// "Tekniska nämnden", "Kommunfullmäktige".
    static bool isBoardName(QStringView text);

    /// The boards the text mentions, in order, each found once per mention.
    QList<Mention> mentions(QStringView text) const;

    /// The distinct boards the text mentions (generic mentions resolved, unresolved ones
    /// left out), in order of first mention.
    QStringList boardsIn(QStringView text) const;

    /// The known board the name stands for, allowing case, a genitive s and one typo.
    std::optional<QString> match(QStringView name) const;

    /// match(), or the name in its basic form with a capital letter.
    QString canonical(QStringView name) const;

    /// The boards a phrase such as "kommunstyrelsen och servicenämnden" names. A generic
    /// "nämnden" gives the only known board, or nothing when there are several.
    QStringList split(QStringView phrase) const;

    /// "nämnden", "styrelsen", "nämnderna" and their genitives: a board by role, not name.
    static bool isGeneric(QStringView word);

private:
    QStringList m_known;
    QList<QRegularExpression> m_knownPatterns; // each known name, any case, with a genitive s
};

} // namespace yttra
