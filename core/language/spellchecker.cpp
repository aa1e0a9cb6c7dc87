// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/spellchecker.h"

#include "base/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTextBoundaryFinder>

#include <hunspell.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The encoding a dictionary's SET line names, as Qt knows it. Hunspell spells ISO 8859-1
// "ISO8859-1"; Qt's own names have a dash, so compare without punctuation.
std::optional<QStringConverter::Encoding> encodingNamed(const QString &name)
{
    QString bare;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            bare.append(c.toUpper());
    }
    if (bare.isEmpty() || bare == u"UTF8")
        return QStringConverter::Utf8; // Hunspell's default is ISO8859-1, but it always says so
    if (bare == u"ISO88591" || bare == u"LATIN1")
        return QStringConverter::Latin1;
    return QStringConverter::encodingForName(name.toLatin1().constData());
}

bool hasLowercase(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLower(); });
}

struct Span
{
    qsizetype start;
    qsizetype end;
};

// What is not prose and must not be underlined: web and e-mail addresses, and anything
// with a digit in it (numbers, dates, case numbers such as STK-2021-158 or KS 2021/158).
QList<Span> spansToSkip(QStringView text)
{
    static const QRegularExpression pattern(
        u"(?:[a-z][a-z0-9+.-]*://|www\\.|mailto:)[^\\s<>\"]*"
        u"|[^\\s@<>()\\[\\]\"]+@[^\\s@<>()\\[\\]\"]+"
        u"|\\S*\\d\\S*"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<Span> spans;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    return spans;
}

// The words of a text by Unicode's rules (UAX #29): "don't" and "t.ex" are one word each.
QList<Span> words(QStringView text)
{
    QList<Span> found;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), text.size());
    qsizetype start = -1;
    for (qsizetype position = 0; position >= 0; position = finder.toNextBoundary()) {
        const auto reasons = finder.boundaryReasons();
        if ((reasons & QTextBoundaryFinder::EndOfItem) && start >= 0) {
            const QStringView word = text.sliced(start, position - start);
            if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }))
                found.append({start, position});
            start = -1;
        }
        if (reasons & QTextBoundaryFinder::StartOfItem)
            start = position;
    }
    return found;
}

} // namespace

void SpellChecker::HandleDeleter::operator()(Hunhandle *handle) const
{
    Hunspell_destroy(handle);
}

QString SpellChecker::systemDictionaryFolder()
{
    return u"/usr/share/hunspell"_s;
}

QString SpellChecker::dictionaryFor(QStringView language)
{
    const QList<QStringView> parts = language.split(QRegularExpression(u"[-_]"_s));
    const QString primary = parts.value(0).toString().toLower();
    const QString region = parts.size() > 1 ? parts.at(1).toString().toUpper() : QString();
    if (primary.isEmpty())
        return {};
    if (!region.isEmpty())
        return primary + u'_' + region;
    if (primary == u"sv")
        return u"sv_SE"_s;
    if (primary == u"en")
        return u"en_US"_s;
    return primary + u'_' + primary.toUpper(); // de_DE, fi_FI: the usual main dictionary
}

Result<std::unique_ptr<SpellChecker>> SpellChecker::forLanguage(QStringView language, const QString &folder)
{
    QStringList candidates{dictionaryFor(language)};
    // A region without a dictionary of its own (en-GB without hunspell-en-gb) falls back
    // to the language's main one.
    const QString main = dictionaryFor(language.left(language.indexOf(QRegularExpression(u"[-_]"_s))));
    if (!main.isEmpty() && !candidates.contains(main))
        candidates.append(main);
    candidates.removeAll(QString());
    const QDir dir(folder);
    for (const QString &name : std::as_const(candidates)) {
        const QString aff = dir.filePath(name + u".aff"_s);
        const QString dic = dir.filePath(name + u".dic"_s);
        if (QFileInfo::exists(aff) && QFileInfo::exists(dic))
            return open(aff, dic);
    }
    if (candidates.isEmpty())
        return Result<std::unique_ptr<SpellChecker>>::failure(tr("the document has no language to check the spelling in"));
    return Result<std::unique_ptr<SpellChecker>>::failure(
        tr("no spelling dictionary for the language \"%1\" (%2) in %3; for Swedish, install the package hunspell-sv")
            .arg(language.toString(), candidates.constFirst(), folder));
}

Result<std::unique_ptr<SpellChecker>> SpellChecker::open(const QString &affPath, const QString &dicPath)
{
    using R = Result<std::unique_ptr<SpellChecker>>;
    // Hunspell says nothing useful about a missing file: it prints to stderr and accepts nothing.
    for (const QString &path : {affPath, dicPath}) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return R::failure(tr("the spelling dictionary file %1 does not exist or cannot be read").arg(path));
    }
    Handle handle(Hunspell_create(QFile::encodeName(affPath).constData(), QFile::encodeName(dicPath).constData()));
    if (!handle)
        return R::failure(tr("the spelling dictionary %1 cannot be loaded").arg(dicPath));
    const QString encodingName = QString::fromLatin1(Hunspell_get_dic_encoding(handle.get()));
    const auto encoding = encodingNamed(encodingName);
    if (!encoding)
        return R::failure(tr("the spelling dictionary %1 is in the encoding %2, which Yttra cannot convert").arg(dicPath, encodingName));
    return std::unique_ptr<SpellChecker>(new SpellChecker(std::move(handle), *encoding, QFileInfo(dicPath).completeBaseName()));
}

SpellChecker::SpellChecker(Handle handle, QStringConverter::Encoding encoding, QString name)
    : m_handle(std::move(handle)), m_encoding(encoding), m_name(std::move(name))
{
}

SpellChecker::~SpellChecker() = default;

std::optional<QByteArray> SpellChecker::encode(QStringView word) const
{
    if (m_encoding == QStringConverter::Latin1) {
        // The Latin-1 encoder would write '?' for what it cannot hold, and '?' may be a word.
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.unicode() > 0xff; }))
            return std::nullopt;
        return word.toLatin1();
    }
    QStringEncoder encoder(m_encoding);
    QByteArray bytes = encoder.encode(word);
    if (encoder.hasError())
        return std::nullopt;
    return bytes;
}

QString SpellChecker::decode(const char *text) const
{
    QStringDecoder decoder(m_encoding);
    return decoder.decode(QByteArrayView(text));
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (word.trimmed().isEmpty())
        return true;
    // Typographic apostrophes are as good as the plain one the dictionaries use.
    const QString plain = word.toString().replace(u'\u2019', u'\'');
    if (m_personalWords.contains(plain))
        return true;
    // The highlighter checks a paragraph again at every keystroke: Hunspell is asked once a
    // word. The bound keeps a session of many texts from growing the cache without end.
    if (const auto known = m_known.constFind(plain); known != m_known.cend())
        return *known;
    if (m_known.size() >= 50000)
        m_known.clear();
    const auto bytes = encode(plain);
    const bool correct = bytes && Hunspell_spell(m_handle.get(), bytes->constData()) != 0;
    m_known.insert(plain, correct);
    return correct;
}

bool SpellChecker::isCorrectWord(QStringView word, QStringView followedBy) const
{
    if (!hasLowercase(word))
        return true; // in capitals: an abbreviation (IT, KS, GDPR), not checked
    if (isCorrect(word))
        return true;
    // Abbreviations are in the dictionary with their full stop ("bl.a.", "t.ex.").
    return followedBy.startsWith(u'.') && isCorrect(QString(word.toString() + u'.'));
}

QStringList SpellChecker::suggestions(QStringView word) const
{
    const auto bytes = encode(word);
    if (!bytes)
        return {};
    char **list = nullptr;
    const int count = Hunspell_suggest(m_handle.get(), &list, bytes->constData());
    QStringList result;
    for (int i = 0; i < count; ++i)
        result.append(decode(list[i]));
    if (list)
        Hunspell_free_list(m_handle.get(), &list, count);
    return result;
}

QList<MisspelledWord> SpellChecker::misspelledWords(QStringView text) const
{
    QList<Span> skip = spansToSkip(text);
    const QList<Span> found = words(text);
    auto slice = [text](qsizetype start, qsizetype end) { return text.sliced(start, end - start); };
    auto after = [text](qsizetype end) { return text.sliced(end); };

    // Abbreviations of several parts ("bl.a.", "t.ex.", "fr.o.m.") are dictionary words
    // with their full stops; the word finder may cut them at a stop.
    static const QRegularExpression dotted(u"\\p{L}+(?:\\.\\p{L}+)+\\.?"_s, QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = dotted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (isCorrectWord(m.capturedView(), after(m.capturedEnd())))
            skip.append({m.capturedStart(), m.capturedEnd()});
    }

    // Words and skipped spans both come in text order: one walk through each, so a long
    // paragraph full of numbers costs no more than one of words.
    std::sort(skip.begin(), skip.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    qsizetype nextSkip = 0;
    qsizetype skippedUpTo = 0; // the furthest end of the spans passed so far
    auto skipped = [&](const Span &word) {
        while (nextSkip < skip.size() && skip.at(nextSkip).start < word.end)
            skippedUpTo = std::max(skippedUpTo, skip.at(nextSkip++).end);
        return skippedUpTo > word.start;
    };

    QList<MisspelledWord> misspelled;
    for (qsizetype i = 0; i < found.size();) {
        // Words joined by hyphens ("e-post", "IT-säkerhet") are checked as one first:
        // Hunspell knows many such compounds and splits the others itself.
        qsizetype last = i;
        while (last + 1 < found.size() && found.at(last).end + 1 == found.at(last + 1).start
               && text.at(found.at(last).end) == u'-')
            ++last;
        const Span whole{found.at(i).start, found.at(last).end};
        if (!skipped(whole) && (last == i || !isCorrectWord(slice(whole.start, whole.end), after(whole.end)))) {
            for (qsizetype k = i; k <= last; ++k) {
                const Span &part = found.at(k);
                if (!isCorrectWord(slice(part.start, part.end), after(part.end)))
                    misspelled.append({part.start, part.end - part.start});
            }
        }
        i = last + 1;
    }
    return misspelled;
}

Result<void, FileError> SpellChecker::loadPersonalWordList(const QString &path)
{
    m_personalPath = path;
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Result<void, FileError>::failure(
            {FileError::Kind::CannotRead, path, QString(), tr("the personal word list cannot be read: %1").arg(file.errorString())});
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            addToDictionary(word);
    }
    return {};
}

Result<void, FileError> SpellChecker::savePersonalWordList() const
{
    if (m_personalPath.isEmpty())
        return Result<void, FileError>::failure(
            {FileError::Kind::CannotWrite, QString(), QString(), tr("no file is set for the personal word list")});
    if (!QDir().mkpath(QFileInfo(m_personalPath).absolutePath()))
        return Result<void, FileError>::failure(
            {FileError::Kind::CannotWrite, m_personalPath, QString(), tr("the folder of the personal word list cannot be created")});
    const QString text = personalWords().join(u'\n') + u'\n';
    // A direct write's warning is not passed on: a word list is rewritten with every word
    // added, and the word is saved either way.
    if (auto saved = SaveFile::write(m_personalPath, text.toUtf8()); !saved)
        return Result<void, FileError>::failure(saved.error());
    return {};
}

Result<void, FileError> SpellChecker::addWord(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); }))
        return Result<void, FileError>::failure(
            {FileError::Kind::Invalid, m_personalPath, QString(), tr("only a single word can be added to the dictionary, not \"%1\"").arg(word)});
    if (m_personalWords.contains(trimmed))
        return {};
    addToDictionary(trimmed);
    if (m_personalPath.isEmpty())
        return {};
    return savePersonalWordList();
}

void SpellChecker::addToDictionary(const QString &word)
{
    m_personalWords.insert(word);
    m_known.clear(); // its capitalised form is now correct too
    // Hunspell also accepts the word capitalised at a sentence's start; a word the
    // dictionary's encoding cannot hold is known from the list alone.
    if (const auto bytes = encode(word))
        Hunspell_add(m_handle.get(), bytes->constData());
}

QStringList SpellChecker::personalWords() const
{
    QStringList list(m_personalWords.begin(), m_personalWords.end());
    list.sort();
    return list;
}

} // namespace yttra
