// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

struct Hunhandle;

namespace yttra {

/// A word the spell checker does not know, as a range of the text it was found in
/// (UTF-16 positions, as QTextLayout and QSyntaxHighlighter count).
struct MisspelledWord
{
    qsizetype start = 0;
    qsizetype length = 0;

    bool operator==(const MisspelledWord &) const = default;
};

/// Spell checking of a statement's text with Hunspell and the system's dictionaries
/// (Debian's hunspell-sv and hunspell-en-us), chosen by the document's language, plus the
/// user's personal word list. Finds the misspelled words of a text for the editor's red
/// underline, leaving alone what is not prose: numbers, dates, case numbers
/// (STK-2021-158), web and e-mail addresses, and abbreviations in capitals.
/// Not thread-safe: Hunspell's handle is not.
class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpellChecker)

public:
    /// Where Debian installs Hunspell dictionaries.
    static QString systemDictionaryFolder();
    /// The dictionary for a document language: "sv" → "sv_SE", "en" → "en_US"; a tag with
    /// a region ("en-GB") names that region's dictionary.
    static QString dictionaryFor(QStringView language);

    /// The checker for a document language, or why there is none (no dictionary installed,
    /// an encoding this build cannot convert).
    static Result<std::unique_ptr<SpellChecker>> forLanguage(QStringView language,
                                                             const QString &folder = systemDictionaryFolder());
    /// The checker of one dictionary's .aff and .dic files.
    static Result<std::unique_ptr<SpellChecker>> open(const QString &affPath, const QString &dicPath);

    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    /// "sv_SE": the dictionary's file name without its extension.
    QString dictionaryName() const { return m_name; }

    /// Whether the dictionary or the personal word list knows the word.
    bool isCorrect(QStringView word) const;
    /// Hunspell's suggestions for a word, best first.
    QStringList suggestions(QStringView word) const;
    /// The words of a text that are misspelled, in order.
    QList<MisspelledWord> misspelledWords(QStringView text) const;

    /// Reads the personal word list (one word a line, UTF-8) and remembers its file, so
    /// addWord() keeps it. A file that does not exist yet is an empty list.
    Result<void, FileError> loadPersonalWordList(const QString &path);
    /// Writes the personal word list to its file (atomically).
    Result<void, FileError> savePersonalWordList() const;
    /// "Add to dictionary": the word is correct from now on and, when a personal word list
    /// file was loaded, kept in it.
    Result<void, FileError> addWord(const QString &word);
    /// The personal words, sorted.
    QStringList personalWords() const;
    QString personalWordListPath() const { return m_personalPath; }

private:
    struct HandleDeleter
    {
        void operator()(Hunhandle *handle) const;
    };
    using Handle = std::unique_ptr<Hunhandle, HandleDeleter>;

    SpellChecker(Handle handle, QStringConverter::Encoding encoding, QString name);

    /// The word in the dictionary's encoding, or nothing if it cannot be written in it (a
    /// word with a character a Latin-1 dictionary cannot hold is not in that dictionary).
    std::optional<QByteArray> encode(QStringView word) const;
    QString decode(const char *text) const;
    bool isCorrectWord(QStringView word, QStringView followedBy) const;
    void addToDictionary(const QString &word);

    Handle m_handle;
    QStringConverter::Encoding m_encoding;
    QString m_name;
    QSet<QString> m_personalWords;
    /// What the dictionary said of each word asked, as Hunspell is slow for compounds.
    mutable QHash<QString, bool> m_known;
    QString m_personalPath;
};

} // namespace yttra
