// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace yttra {

/// Recognises the boards (nämnder, styrelser) a report names and gives each one spelling:
/// "kommunstyrelsens" and "Kommunstyrelsen" are one board, a typo such as "serviceenämnden"
/// is the known "Servicenämnden", and a bare "nämnden" is the report's only board when
/// there is exactly one. It also tells which known board a name the user gives stands for
/// ("KS", "Kommunstyrelsens arbetsutskott", "stadsbyggnadsnämnden i Malmö stad").
class BoardResolver
{
public:
    /// How a name the user gives compares to the known board it stands for.
    enum class Likeness {
        Same,      // spelt as the report spells it
        Case,      // only the capitals differ
        Spelling,  // a genitive s or one letter differs
        Qualifier, // one of them adds the municipality or region: "i Malmö stad", "Region Skåne"
    };

    /// What a name the user gives was taken to mean.
    struct Resolution
    {
        QString board;        // the known board's spelling; the name as read when none is known
        QString named;        // the name compared, once an abbreviation or a committee was read
        QString abbreviation; // the abbreviation given ("KS"), or empty
        QString committee;    // the committee given ("Kommunstyrelsens arbetsutskott"), or empty
        Likeness likeness = Likeness::Same;
    };

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

    /// The known board a generic word stands for ("nämnden": the one nämnd known, "styrelsen":
    /// the one styrelse or company), or empty when the word could mean several.
    QString theOneMeant(QStringView generic) const;

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

    /// The abbreviations the text defines for boards, as "barn- och utbildningsnämnden (BUN)"
    /// does: the abbreviation in capitals → the board's spelling.
    QMap<QString, QString> abbreviationsIn(QStringView text) const;

    /// Teaches the abbreviations a report defines (abbreviationsIn()): from then on they are
    /// mentions of their boards ("HSN bör ..."); the first definition of each stands.
    void define(const QMap<QString, QString> &abbreviations);

    /// A name read as the board it stands for: an abbreviation the report defines, or KS
    /// and KF, becomes the board's name, and a committee ("Kommunstyrelsens arbetsutskott")
    /// its board. Nothing is compared with the known boards; `board` is left empty.
    static Resolution understand(QStringView name, const QMap<QString, QString> &abbreviations);

    /// The known board a name the user gives stands for: understand(), then the known board
    /// it names exactly, in other capitals, with a genitive s or one typo (match()), or with a
    /// municipality or region added or left out. Never a different board: "Socialnämnden"
    /// is not "Social- och omsorgsnämnden".
    std::optional<Resolution> resolve(QStringView name, const QMap<QString, QString> &abbreviations) const;

    /// The known board most like a name that resolves to none, to suggest when refusing it:
    /// one whose name holds the name's own part ("social" in "Social- och
    /// omsorgsnämnden"), or else one a few letters away; nothing when none is close.
    std::optional<QString> closest(QStringView name) const;

private:
    QStringList m_known;
    QList<QRegularExpression> m_knownPatterns; // each known name, any case, with a genitive s
    QMap<QString, QString> m_abbreviations;    // defined by the report: "HSN" → the board
};

} // namespace yttra
